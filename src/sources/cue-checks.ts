// The conditions a cue word must meet to be a cue here: its form and what follows it, whether it gives an order,
// and a role phrase whose name stands before a comma.
import type { Token } from "../text/tokens.js";
import { CLOSED_CLASS, CUE_VERBS, type CueSpec } from "../lexicon/attribution.js";
import { COLLECTIVE_BODIES, ROLE_WORDS, UNNAMED_NOUNS } from "../lexicon/source-nouns.js";
import type { PhraseParts } from "./classify.js";
import { leftPhrase } from "./noun-phrase.js";
import { isCap, isPluralNoun, isPluralRole } from "./words.js";

/** The cue's own conditions: noun-like forms, document-only verbs, "posted" needing "on/that". */
export function fitsSpec(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec, phrase: PhraseParts, prev: Token): boolean {
  const next = toks[cueTo + 1];
  const end = toks[phrase.to]!;
  if (spec.needsComplement && !(next !== undefined && /^(?:on|that|:)$/.test(next.lower))) return false;
  if (spec.needsClause && !(next !== undefined && (/^(?:that|he|she|it|they|there|we|i|:|,)$/.test(next.lower) || clauseFollows(toks, cueTo)))) return false;
  if (spec.lemma === "tell" && isInstruction(toks, cueTo)) return false;
  if (spec.needsAt === true && !figureAt(toks, cueTo)) return false;
  // "sweeteners reported to have been discussed", "a deal said to be worth": a reduced passive, not a statement
  if (next?.lower === "to" && /^(?:be|have|been)$/.test(toks[cueTo + 2]?.lower ?? "")) return false;
  const form = toks[i]!.lower;
  const baseForm = (form === spec.lemma || form === "tell") && spec.pastAsBase !== true;
  if (baseForm || spec.noun) {
    // "Analysts say", "they claim", "would say" — a base form needs a plural subject or an auxiliary; British English
    // gives a body of people a plural verb too ("the government say", "the FAO recommend", "Unison claim")
    // ("Analysts at Merrill Lynch estimate", "Critics of the plan say": the head before the joiner is the subject)
    const head = headBeforeJoiner(toks, phrase.from, phrase.to) ?? end;
    const plural = PLURAL_WORDS.test(end.lower) || /[^s'’]s$/.test(end.lower) || (head !== end && (PLURAL_WORDS.test(head.lower) || /[^s'’]s$/.test(head.lower))) ||
      (bodyVerb(toks, i, next) && isBody(toks, phrase.from, phrase.to));
    const aux = /^(?:will|would|may|might|could|should|do|did|does|also|now|still)$/.test(prev.lower);
    if (baseForm && !plural && !aux) return false;
    // "which US manufacturers claim has undervalued the yuan": in a relative clause the cue's object has moved
    // before its subject, and the clause it reports goes straight on with its verb
    const relative = /^(?:which|that|what)$/.test(toks[phrase.from - 1]?.lower ?? "") && next !== undefined && /^(?:is|are|was|were|has|have|had|will|would)$/.test(next.lower);
    if (!relative && next !== undefined && /^(?:of|for|on|by|from|in|to|and|or|was|were|is|are|has|have|had|will|would|show|shows|suggest|suggests|say|says|said|back)$/.test(next.lower)) return false;
    if (spec.noun && (next === undefined || next.kind === "punct")) return false; // "The Demos report, entitled …"
    // "media reports linking him to …", "the media reports were": after a plural noun an "-s" form is the noun
    if (spec.noun && !baseForm && form.endsWith("s") && pluralCommonNoun(end)) return false;
  }
  return true;
}

/** A common noun in the plural: a lower-case plural, or a plural head the lexicon knows ("Media", "Analysts"), not a
 *  name ending in s ("Yukos claims", "Nimocks estimates"). */
function pluralCommonNoun(t: Token): boolean {
  if (!isPluralNoun(t.lower) || /^(?:they|many|some|most)$/.test(t.lower)) return false;
  return /^\p{Ll}/u.test(t.text) || UNNAMED_NOUNS.has(t.lower) || isPluralRole(t.lower);
}

const PLURAL_WORDS = /^(?:they|people|police|staff|data|many|some|most)$/;

/** The word before the first of/at/for/from/with in a phrase ("Analysts" in "Analysts at Merrill Lynch"), when it
 *  is a lower-case plural head or the phrase's first word; undefined when no joiner follows the first word. */
function headBeforeJoiner(toks: readonly Token[], from: number, to: number): Token | undefined {
  for (let k = from + 1; k < to; k++) {
    const t = toks[k]!;
    if (/^(?:of|at|for|from|with)$/.test(t.lower)) {
      const h = toks[k - 1]!;
      return h.kind === "word" && (k - 1 === from || /^\p{Ll}/u.test(h.text)) ? h : undefined;
    }
  }
  return undefined;
}

/** "denied his forecasts were too optimistic": a determiner-led subject and its finite verb within a few words
 *  ("denied his involvement" has none). */
function clauseFollows(toks: readonly Token[], cueTo: number): boolean {
  if (!/^(?:his|her|its|their|the|our)$/.test(toks[cueTo + 1]?.lower ?? "")) return false;
  for (let k = cueTo + 2; k < toks.length && k <= cueTo + 6; k++) {
    const t = toks[k]!;
    if (t.kind === "punct") return false;
    if (FINITE.has(t.lower)) return k > cueTo + 2;
  }
  return false;
}

/** "puts the cost at £2bn", "put growth at 3%": "at" and a figure within a few words of the cue, in one clause. */
function figureAt(toks: readonly Token[], cueTo: number): boolean {
  for (let k = cueTo + 2; k < toks.length && k <= cueTo + 7; k++) {
    const t = toks[k]!;
    if (t.kind === "punct" && t.text !== "-") return false;
    if (t.lower !== "at") continue;
    let n = k + 1;
    while (n < k + 3 && /^(?:about|around|almost|nearly|some|more|less|least|up|than|to|between|just|over|under|roughly)$/.test(toks[n]?.lower ?? "")) n++;
    const f = toks[n];
    // (not a time: "put his team through their paces at 1030 GMT")
    if (/^(?:gmt|bst|am|pm|a\.m|p\.m|local|hours|o'clock|:)$/.test(toks[n + 1]?.lower ?? "")) return false;
    return f !== undefined && (f.kind === "num" || /^[£$€¥]/.test(f.text) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half)$/.test(f.lower));
  }
  return false;
}

const FINITE = new Set(["was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "might"]);

/** "told the company to disguise …": an order, not a statement. */
function isInstruction(toks: readonly Token[], cueTo: number): boolean {
  for (let k = cueTo + 1; k < toks.length && k <= cueTo + 6; k++) {
    const t = toks[k]!;
    if (t.kind === "punct" || t.lower === "that") return false;
    if (t.lower === "to") return toks[k + 1]?.kind === "word" && /^\p{Ll}/u.test(toks[k + 1]!.text);
  }
  return false;
}

export const SUBORDINATORS = new Set(["when", "because", "after", "before", "if", "since", "as", "which", "that", "once",
  "until", "while", "whether", "where", "although", "though", "unless", "than"]);

/** A lower-case word that can be a verb between a subject and "and said" (not a name or lexicon noun). */
export function isVerbLike(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Ll}/u.test(t.text) && (CUE_VERBS.has(t.lower) || /(?:ed|es)$/.test(t.lower));
}

/** "Christoph Caselitz, president of the firm says": a role phrase after a comma, with the name before it. */
export function withAppositiveBefore(toks: readonly Token[], role: PhraseParts): PhraseParts {
  if (toks[role.from - 1]?.text !== "," || !startsWithRole(toks, role.from)) return role;
  const end = role.from - 2;
  const from = leftPhrase(toks, end, 0);
  if (from < 0 || !isCap(toks[end]) || (from > 0 && toks[from - 1]!.kind === "word" && !CLOSED_CLASS.has(toks[from - 1]!.lower))) return role;
  // "In a speech in Edinburgh, the prime minister said": a name after a preposition is a place or an object
  if (from > 0 && PREPOSITIONS.has(toks[from - 1]!.lower)) return role;
  return { from, to: end, appositive: { from: role.from, to: role.to } };
}

/** "president of …", "a fund manager at …", "the firm's chief economist": a role within its first words. */
function startsWithRole(toks: readonly Token[], k: number): boolean {
  let j = k;
  if (/^(?:a|an|the)$/.test(toks[j]?.lower ?? "")) j++;
  for (const end = j + 3; j < end && j < toks.length; j++) {
    const t = toks[j]!;
    if (ROLE_WORDS.has(t.lower)) return true;
    if (t.kind !== "word" || NP_JOINERS_BREAK.has(t.lower)) return false;
  }
  return false;
}

const PREPOSITIONS = new Set(["in", "at", "on", "from", "to", "with", "by", "for", "during", "after", "before", "of",
  "near", "outside", "inside", "across", "into", "via", "since", "under", "over", "through", "around", "throughout"]);

const NP_JOINERS_BREAK = new Set(["of", "at", "for", "with", "from", "in", "and"]);

/** A base form that reads as a verb after a body: not in a capitals headline ("TOWER REPORT DIMINISHES") and not a
 *  noun before a participle ("a US government claim accusing …", "the labor department report showing …"). */
function bodyVerb(toks: readonly Token[], i: number, next: Token | undefined): boolean {
  const cue = toks[i]!;
  if (NOUN_TOO.has(cue.lower) || cue.text === cue.text.toUpperCase()) return false; // "a Law Commission report which …"
  return !(next !== undefined && next.kind === "word" && next.lower.endsWith("ing"));
}

/** Cue words that are as often nouns after a body's name ("the IPPR report points to …"). */
const NOUN_TOO: ReadonlySet<string> = new Set(["report", "claim", "estimate", "forecast", "show", "point", "find", "state", "note", "comment", "reply", "answer", "concede", "release", "publish", "project", "predict", "warn"]);
/** A phrase after one of these is the object of a preposition inside a longer subject ("sources close to the
 *  administration say", "officials from member states of the ATPC say"). */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "of", "from", "in", "by", "with", "for", "at", "on", "within", "among", "across"]);

/** The subject ends in a body's name: one of COLLECTIVE_BODIES, or an acronym ("the FAO", "(IMF)", "Unison" is not one). */
function isBody(toks: readonly Token[], first: number, last: number): boolean {
  if (SUBJECT_PREPOSITIONS.has(toks[first - 1]?.lower ?? "")) return false;
  let t = toks[last]!;
  if (t.text === ")" && last >= 2 && toks[last - 2]!.text === "(") t = toks[last - 1]!;
  return COLLECTIVE_BODIES.has(t.lower) || (t.kind === "word" && /^[A-Z]{2,6}$/.test(t.text));
}
