// Cues in the -ing form, whose source is the sentence's subject: "TimeWarner is projecting growth of 5%",
// "Analysts had been forecasting a 0.1% rise", "Officials played down the data, arguing that …", "Reporting its
// results, the airline made a pre-tax profit of £75m".
import type { Token } from "../text/tokens.js";
import { ING_CUES, SUBJECT_PRONOUNS, type CueSpec } from "../lexicon/attribution.js";
import type { CueHit } from "./cues.js";
import { skipFillersLeft } from "./fillers.js";
import { leftPhrase, rightPhrase } from "./noun-phrase.js";
import { isPossessive } from "./words.js";
import { BASE_FORM_PASTS, IRREGULAR_PASTS } from "../lexicon/irregular-pasts.js";

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

/** The phrase opening the sentence, when its verb follows and one clause runs from there to toks[upTo]. */
export function sentenceSubject(toks: readonly Token[], upTo: number): { from: number; to: number } | null {
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
