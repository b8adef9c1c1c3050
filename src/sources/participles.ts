// Cues in the -ing form, whose source is the sentence's subject: "TimeWarner is projecting growth of 5%",
// "Analysts had been forecasting a 0.1% rise", "Officials played down the data, arguing that …", "Reporting its
// results, the airline made a pre-tax profit of £75m".
import type { Token } from "../text/tokens.js";
import { ING_CUES, MANNER_NOUNS, SUBJECT_PRONOUNS, type CueSpec } from "../lexicon/attribution.js";
import type { CueHit } from "./cues.js";
import { skipFillersLeft } from "./fillers.js";
import { leftPhrase, rightPhrase } from "./noun-phrase.js";
import { isNominal, isPossessive } from "./words.js";
import { BASE_FORM_PASTS, IRREGULAR_PASTS } from "../lexicon/irregular-pasts.js";
import { DOCUMENT_NOUNS } from "../lexicon/source-nouns.js";

const BE = new Set(["is", "are", "was", "were", "been", "be"]);
/** Participles that open a sentence about information: "Reporting its results, …", not "Adding to its woes, …". */
const OPENING = new Set(["report", "announce", "explain", "estimate", "forecast"]);

export function participleCue(toks: readonly Token[], i: number): CueHit | null {
  const t = toks[i]!;
  const lemma = ING_CUES.get(t.lower);
  if (lemma === undefined) return null;
  const spec: CueSpec = { lemma };
  const prev = toks[i - 1];
  if (prev !== undefined && BE.has(prev.lower)) {
    // "X is projecting", "X had been forecasting"
    let k = skipFillersLeft(toks, i - 2);
    if (toks[k]?.lower === "had" || toks[k]?.lower === "has" || toks[k]?.lower === "have") k = skipFillersLeft(toks, k - 1);
    const phrase = subjectEndingAt(toks, k);
    return phrase === null ? null : { cueFrom: i, cueTo: i, spec, form: "subject", phrase, rule: "source/progressive" };
  }
  const after = toks[i + 1];
  if (prev?.text === "," && after !== undefined && i > 2) {
    // "…, arguing that …": the sentence's subject, when the sentence opens with it; not "rose, adding $1.89"
    if (lemma === "add" ? !/^(?:that|:|"|“)$/.test(after.lower) : /^(?:to|up|on|in|of)$/.test(after.lower)) return null;
    const phrase = sentenceSubject(toks, i - 1);
    return phrase === null ? null : { cueFrom: i, cueTo: i, spec, form: "subject", phrase, rule: "source/participle-after" };
  }
  if (prev !== undefined && prev.kind === "word" && i > 2 && BARE.has(lemma) && prev.lower !== "by" && clauseAfter(toks, i, lemma)) return bareParticiple(toks, i, spec);
  if (prev?.lower === "by" && i > 2) {
    // "Mr Brown surprised some City experts by forecasting UK growth at 3%": the sentence's subject
    const phrase = sentenceSubject(toks, i - 1) ?? subjectAfterOpener(toks, i - 1);
    return phrase === null ? null : { cueFrom: i, cueTo: i, spec, form: "subject", phrase, rule: "source/participle-by" };
  }
  if (i === 0 && /^\p{Lu}/u.test(t.text) && OPENING.has(lemma)) {
    // "Reporting its results for …, the airline made …": the subject after the opening clause
    const comma = toks.findIndex((x, k) => k > 1 && k < 25 && x.text === ",");
    if (comma < 0) return null;
    const end = rightPhrase(toks, comma + 1, toks.length - 1);
    const next = toks[end + 1];
    if (end < 0 || next === undefined || next.kind !== "word" || !/^\p{Ll}/u.test(next.text)) return null;
    return { cueFrom: i, cueTo: i, spec, form: "according", phrase: { from: comma + 1, to: end }, rule: "source/participle-opening" };
  }
  return null;
}

const AUX = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
  "must", "should", "did", "does", "do", "also", "still", "now", "then"]);

/** No comma before the participle: "Airlines have attacked the legislation saying they could …", "He told
 *  reporters adding that …", "X was quoted as saying …" — the sentence's subject; "with Rovers boss Mark Hughes
 *  claiming …" — the phrase after "with". Not after a message noun ("a sign saying"), not a participle whose subject
 *  is an object ("criticised the government for claiming", "quoted an executive as saying"), not after a verb of
 *  receiving ("received a call saying"). */
function bareParticiple(toks: readonly Token[], i: number, spec: CueSpec): CueHit | null {
  const prev = toks[i - 1]!;
  const w = prev.lower;
  if (DOCUMENT_NOUNS.has(w) || MANNER_NOUNS.has(w) || MESSAGE_NOUNS.has(w) || OBJECT_PREPOSITIONS.has(w)) return null;
  const from = leftPhrase(toks, i - 1, 1);
  if (from > 0 && toks[from - 1]!.lower === "with" && isNominal(toks[i - 1])) {
    return { cueFrom: i, cueTo: i, spec, form: "subject", phrase: { from, to: i - 1 }, rule: "source/participle-with" };
  }
  const phrase = sentenceSubject(toks, i) ?? subjectAfterOpener(toks, i);
  if (phrase === null) return null;
  const verb = toks[phrase.to + 1]!;
  if (RECEIVING.has(verb.lower)) return null;
  if (w === "as") {
    // "X was quoted (by …) as saying": the subject; "The paper quoted an executive as saying": the object
    for (let k = phrase.to + 1; k < i; k++) if (toks[k]!.lower === "quoted" && !BE.has(toks[k - 1]!.lower) && toks[k - 1]!.lower !== "also") return null;
  }
  return { cueFrom: i, cueTo: i, spec, form: "subject", phrase, rule: "source/participle-bare" };
}

/** Nouns for a message that a participle describes ("a call saying", "a banner claiming"). */
const MESSAGE_NOUNS = new Set(["call", "calls", "sign", "signs", "banner", "banners", "placard", "placards", "text", "texts",
  "messages", "letters", "emails", "e-mails", "notice", "notices", "advert", "advertisement", "adverts", "poster", "posters",
  "headline", "headlines", "caption", "leaflet", "leaflets", "petition", "motion", "warning", "warnings", "rumours", "rumors"]);

/** Prepositions whose participle belongs to the object before them ("accused the party of claiming"). */
const OBJECT_PREPOSITIONS = new Set(["for", "of", "from", "against", "about", "without", "despite", "in", "on", "at", "to", "into", "over"]);

/** Main verbs whose subject only receives what the participle says ("received a telephone call saying"). */
const RECEIVING = new Set(["received", "receives", "got", "gets", "heard", "hears", "saw", "sees", "found", "finds", "read", "reads", "obtained"]);

/** Speech participles that report a clause with no comma before them (not "suggesting", "citing", "reporting"). */
const BARE = new Set(["say", "add", "argue", "claim", "warn", "insist", "note", "explain"]);

/** What a bare participle reports opens a clause: "that", a quotation, a colon, a subject pronoun, or a subject
 *  with its finite verb within a few words ("saying the rules were unfair"; not "claiming damages"). */
function clauseAfter(toks: readonly Token[], i: number, lemma: string): boolean {
  const next = toks[i + 1];
  if (next === undefined) return false;
  if (/^(?:that|:|"|“)$/.test(next.lower)) return true;
  if (lemma === "add" || lemma === "note") return false; // "adding to its woes", "noting the date"
  if (/^(?:they|he|she|it|we|there|i)$/.test(next.lower)) return true;
  // a subject of its own and then its verb: "saying the rules were unfair", "saying sales rose 4%"
  if (next.kind !== "word" || CLAUSE_VERBS.has(next.lower) || NOT_A_SUBJECT.has(next.lower)) return false; // "claiming to have been"
  for (let k = i + 2; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (t.kind === "punct") return false;
    if (CLAUSE_VERBS.has(t.lower) || (/^\p{Ll}/u.test(t.text) && (IRREGULAR_PASTS.has(t.lower) || (t.lower.endsWith("ed") && t.lower.length > 4)))) return true;
  }
  return false;
}

const NOT_A_SUBJECT = new Set(["to", "of", "for", "in", "on", "at", "with", "by", "from", "about", "as", "up", "out", "off", "so", "not", "no"]);
const CLAUSE_VERBS = new Set(["was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "might", "may", "must", "can"]);

/** The phrase opening the sentence (or a subject pronoun), when its verb follows and one clause runs from there to
 *  toks[upTo]. */
export function sentenceSubject(toks: readonly Token[], upTo: number): { from: number; to: number } | null {
  const first = toks[0];
  if (first !== undefined && SUBJECT_PRONOUNS.has(first.lower) && isVerbLike(toks[1]) && oneClause(toks, 1, upTo)) return { from: 0, to: 0 };
  const end = rightPhrase(toks, 0, upTo - 1);
  if (end < 0 || isPossessive(toks[end]) || !isVerbLike(toks[end + 1]) || !oneClause(toks, end + 1, upTo)) return null;
  return { from: 0, to: end };
}

/** The word after a sentence's subject looks like its verb ("Akamai declined", "Lee took", "Mido was"). */
function isVerbLike(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return false;
  const w = t.lower;
  // irregular pasts by the lexicon; other verbs show themselves by "-ed", "-s" or an auxiliary
  return AUX.has(w) || IRREGULAR_PASTS.has(w) || BASE_FORM_PASTS.has(w) || /(?:ed|s|ly)$/.test(w);
}

/** No second clause between the subject and the participle: no comma, no "but"/"while"/"which". */
function oneClause(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.text === "," || t.text === ";" || /^(?:but|while|whereas|although|though|which|who|when)$/.test(t.lower)) return false;
  }
  return true;
}

function subjectEndingAt(toks: readonly Token[], k: number): { from: number; to: number } | null {
  const t = toks[k];
  if (t === undefined) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { from: k, to: k };
  const from = leftPhrase(toks, k, 0);
  return from < 0 ? null : { from, to: k };
}

const OPENER_WORDS = new Set(["in", "on", "at", "after", "before", "during", "since", "with", "for", "earlier", "later", "last", "this"]);

/** "In his pre-Budget report, Mr Brown surprised …": the subject after a short opening phrase and its comma. */
function subjectAfterOpener(toks: readonly Token[], upTo: number): { from: number; to: number } | null {
  if (!OPENER_WORDS.has(toks[0]?.lower ?? "")) return null;
  const comma = toks.findIndex((t, k) => k > 0 && k < 10 && t.text === ",");
  if (comma < 0 || comma + 1 >= upTo) return null;
  const end = rightPhrase(toks, comma + 1, upTo - 1);
  if (end < 0 || isPossessive(toks[end]) || !isVerbLike(toks[end + 1]) || !oneClause(toks, end + 1, upTo)) return null;
  return { from: comma + 1, to: end };
}
