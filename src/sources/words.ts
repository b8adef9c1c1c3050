// What a token can be inside a source's noun phrase. Cheap tests over the tokenizer's output; no tagger.
import type { Token } from "../text/tokens.js";
import { CLOSED_CLASS, CUE_VERBS, DETERMINERS, HONORIFICS } from "../lexicon/attribution.js";
import { DOCUMENT_NOUNS, ORG_NOUNS, ROLE_WORDS, UNNAMED_NOUNS } from "../lexicon/source-nouns.js";
import { MONTHS, WEEKDAYS } from "../lexicon/time-words.js";

/** Closed-class words that, written in capitals, are names. */
const ACRONYMS = new Set(["us", "it", "who", "un", "eu", "am", "ok"]);

/** A capitalised word that may be part of a name (not "But", "However" or a month). */
export function isCap(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const c = t.text.charCodeAt(0);
  if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(t.text)) return false;
  if (ACRONYMS.has(t.lower) && t.text === t.text.toUpperCase()) return true; // "US", "IT", "WHO"
  if (CLOSED_CLASS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  // "May" is also a surname ("Theresa May"); time phrases before a cue are skipped as fillers anyway
  return (!(t.lower in MONTHS) || t.lower === "may") && !(t.lower in WEEKDAYS);
}

/** A lexicon noun that can head a source phrase ("spokesman", "company", "report", "analysts"). */
export function isHeadNoun(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const w = t.lower;
  return ROLE_WORDS.has(w) || ORG_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || UNNAMED_NOUNS.has(w) || isPluralRole(w) || isAgentPlural(t.text) || isPluralOrg(t.text);
}

/** "artists", "ministers": people named by a plural role, an unnamed group. */
export function isPluralRole(w: string): boolean {
  if (w.length <= 3 || !w.endsWith("s") || w.endsWith("ss")) return false;
  // ("bosses", "coaches": -es after s, x, ch, sh)
  return ROLE_WORDS.has(w.slice(0, -1)) || (/(?:ss|x|ch|sh)es$/.test(w) && ROLE_WORDS.has(w.slice(0, -2)));
}

/** "Hedge funds", "mobile networks", "opposition parties": the plural of an organisation noun (lower case), a group of
 *  bodies nobody names. */
export function isPluralOrg(w: string): boolean {
  if (w.length < 5 || !/^\p{Ll}[\p{Ll}-]*s$/u.test(w) || ORG_NOUNS.has(w)) return false;
  const one = w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return ORG_NOUNS.has(one) && !NOT_BODIES.has(one);
}

/** Organisation nouns whose plural names things more often than bodies that speak ("peer-to-peer networks", "the 20
 *  biggest projects", "such brands", "mobile services", "similar sites"). */
const NOT_BODIES: ReadonlySet<string> = new Set(["service", "site", "website", "project", "programme", "program",
  "initiative", "unit", "division", "venture", "subsidiary", "store", "brand", "label", "channel", "station", "network",
  "exchange", "sector", "industry", "force", "court", "campaign", "movement", "centre", "center", "office", "assembly",
  "body", "tank", "chain", "paper", "league", "maker", "producer", "provider"]);

/** "commuters", "shipbuilders", "cyclists", "physicians", "investors": a plural of an agent noun the lexicon need not
 *  list ("-ers", "-ors", "-ists", "-ians"), not one of the things spelt the same way ("numbers", "sectors", "lists");
 *  lower case only ("Reuters", "Connors", "Rangers" are names). */
export function isAgentPlural(w: string): boolean {
  return w.length >= 6 && /^\p{Ll}[\p{Ll}-]*(?:ers|ors|ists|ians)$/u.test(w) && !NOT_AGENTS.has(w) && !DOCUMENT_NOUNS.has(w) && !ORG_NOUNS.has(w);
}

const NOT_AGENTS: ReadonlySet<string> = new Set([
  "others", "numbers", "orders", "papers", "letters", "matters", "quarters", "headquarters", "offers", "powers",
  "waters", "centers", "sectors", "factors", "motors", "doors", "floors", "errors", "mirrors", "colors", "indicators",
  "tractors", "computers", "containers", "filters", "layers", "chapters", "borders", "barriers", "corners", "towers",
  "markers", "rivers", "fingers", "flowers", "prayers", "answers", "posters", "trailers", "printers", "servers",
  "browsers", "lists", "twists", "wrists", "fists", "meters", "liters", "litres", "letters", "members", "figures",
  "leftovers", "whispers", "rumours", "rumors", "favours", "favors", "headers", "monitors", "processors", "reactors",
  "vectors", "anchors", "shutters", "shoulders", "newspapers", "supporters", "transfers", "customers", "boosters",
  "cancers", "fibers", "fibres", "timers", "tankers", "lockers", "blockbusters", "chargers", "speakers", "remainders",
  "registers", "corridors", "disasters", "thrillers", "sequels", "characters", "parameters", "encounters",
]);

/** Name particles that stay inside a person's name ("Nick Van den Brul", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van", "von", "de", "den", "der", "da", "di", "du", "la", "le", "del", "della", "dos", "das", "bin", "ibn", "al",
  "ter", "ten", "st",
]);

/** "BA's", "Sotheby's": a possessive that stays inside the phrase. */
export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /['’]s$/.test(t.lower) && t.lower.length > 2;
}

export function isHonorific(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && HONORIFICS.has(t.lower);
}

/** A lower-case word that may qualify a head ("aviation analyst", "tracking company"). */
export function isModifier(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return false; // capitalised words are names, or weekdays and months, never modifiers
  const w = t.lower;
  // ("alleged" is as often an adjective before a noun: "the alleged spammers")
  if (w.length < 2 || CLOSED_CLASS.has(w) || DETERMINERS.has(w) || (CUE_VERBS.has(w) && w !== "alleged")) return false;
  return !w.endsWith("ly");
}

/** An opening or closing quote mark token. */
export function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && /["“”„«»]/.test(t.text);
}

/** A word that is a name part, a lexicon head or a possessive: something a phrase may end on. */
export function isNominal(t: Token | undefined): boolean {
  return isCap(t) || isHeadNoun(t) || isPossessive(t);
}

/** Hyphen glued on both sides ("Paris-based", "Marie-Pierre"). */
export function isGluedHyphen(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const r = toks[k + 1];
  return t !== undefined && r !== undefined && (t.text === "-" || t.text === "–") && !t.spaced && !r.spaced;
}

/** toks[k] is the sentence's first word (only punctuation, such as a quote mark, before it). */
export function opensSentence(toks: readonly Token[], k: number): boolean {
  for (let j = 0; j < k; j++) if (toks[j]!.kind !== "punct") return false;
  return true;
}

/** A plural noun: "-s" (not "-ss"), or one of the plurals without it ("media", "people", "police"). */
export function isPluralNoun(w: string): boolean {
  return /[^s'’]s$/.test(w) || PLURALS_WITHOUT_S.has(w);
}

const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(["people", "police", "staff", "media", "data", "personnel", "clergy", "cattle"]);
