// Attribution cues in one sentence's tokens and the phrase each one attributes to: "X said", "X, role, said",
// "…,” said X", "according to X". Each hit carries the id of the rule that found it.
import type { Token } from "../text/tokens.js";
import { CUE_PHRASES, CUE_VERBS, NOT_BEFORE_CUE, RELATIVES, SUBJECT_PRONOUNS, type CueSpec } from "../lexicon/attribution.js";
import { leftPhrase, rightPhrase } from "./noun-phrase.js";
import { skipFillersLeft, skipFillersRight } from "./fillers.js";
import { appositiveBefore, appositiveAfter } from "./appositive.js";
import type { PhraseParts } from "./classify.js";
import { isQuoteMark } from "./words.js";

export type CueForm = "subject" | "inverted" | "according";

export interface CueHit {
  /** Token indexes of the cue words (inclusive). */
  cueFrom: number;
  cueTo: number;
  spec: CueSpec;
  form: CueForm;
  phrase: PhraseParts;
  /** Only a document subject makes this a cue ("the survey found", not "police found"). */
  needsDocument: boolean;
  rule: string;
}

/** Cues among toks; `quoted(offset)` tells whether an offset lies inside a direct quotation. */
export function findCues(toks: readonly Token[], quoted: (offset: number) => boolean): CueHit[] {
  const out: CueHit[] = [];
  const last = toks.length - 1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "word" || quoted(t.start)) continue;
    if (t.lower === "according" && toks[i + 1]?.lower === "to") {
      const end = rightPhrase(toks, i + 2, last);
      if (end >= 0) out.push({ cueFrom: i, cueTo: i + 1, spec: ACCORDING, form: "according", phrase: { from: i + 2, to: end }, needsDocument: false, rule: "source/according-to" });
      continue;
    }
    const spec = CUE_VERBS.get(t.lower);
    if (spec === undefined) continue;
    const cueTo = CUE_PHRASES.get(t.lower) === toks[i + 1]?.lower ? i + 1 : i;
    const hit = subjectFirst(toks, i, cueTo, spec) ?? inverted(toks, i, cueTo, spec);
    if (hit !== null) out.push(hit);
  }
  return out;
}

const ACCORDING: CueSpec = { lemma: "according to" };

function subjectFirst(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec): CueHit | null {
  const prev = toks[i - 1];
  if (prev === undefined || NOT_BEFORE_CUE.has(prev.lower)) return null;
  let k = skipFillersLeft(toks, i - 1);
  if (k < 0) return null;
  let rule = "source/subject";
  if (RELATIVES.has(toks[k]!.lower) && toks[k]!.lower !== "that") {
    k--;
    if (toks[k]?.text === ",") k--;
    rule = "source/subject-relative";
  }
  const t = toks[k];
  if (t === undefined) return null;
  let phrase: PhraseParts | null;
  if (SUBJECT_PRONOUNS.has(t.lower)) phrase = { from: k, to: k };
  else if (t.text === ",") {
    phrase = appositiveBefore(toks, k);
    rule = "source/subject-appositive";
  } else {
    const from = leftPhrase(toks, k, 0);
    phrase = from < 0 ? null : { from, to: k };
  }
  if (phrase === null) return null;
  if (spec.afterQuoteOnly && !isQuoteMark(toks[phrase.from - 1]) && toks[phrase.from - 1]?.text !== ",") return null;
  if (!fitsSpec(toks, i, cueTo, spec, phrase, toks[i - 1]!)) return null;
  const needsDocument = spec.documentOnly === true && toks[cueTo + 1]?.lower !== "that";
  return { cueFrom: i, cueTo, spec, form: "subject", phrase, needsDocument, rule };
}

function inverted(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec): CueHit | null {
  if (spec.invert !== true && spec.afterQuoteOnly !== true) return null;
  const prev = toks[i - 1];
  if (prev !== undefined && prev.text !== "," && !isQuoteMark(prev)) return null;
  if (prev === undefined && spec.afterQuoteOnly === true) return null;
  const start = skipFillersRight(toks, cueTo + 1);
  const t = toks[start];
  if (t === undefined) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { cueFrom: i, cueTo, spec, form: "inverted", phrase: { from: start, to: start }, needsDocument: false, rule: "source/inverted-pronoun" };
  const end = rightPhrase(toks, start, toks.length - 1);
  if (end < 0) return null;
  // the phrase must close the clause: "…, said Mr X." / "…, said X on Friday" — not "said the company would …"
  const next = toks[end + 1];
  if (next !== undefined && next.kind === "word" && !/^(?:on|in|at|last|yesterday|today|who|when|after|before|while|as)$/.test(next.lower)) return null;
  const appositive = appositiveAfter(toks, end);
  const phrase: PhraseParts = appositive === undefined ? { from: start, to: end } : { from: start, to: end, appositive };
  return { cueFrom: i, cueTo, spec, form: "inverted", phrase, needsDocument: false, rule: "source/inverted" };
}

/** The cue's own conditions: noun-like forms, document-only verbs, "posted" needing "on/that". */
function fitsSpec(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec, phrase: PhraseParts, prev: Token): boolean {
  const next = toks[cueTo + 1];
  const end = toks[phrase.to]!;
  if (spec.needsComplement && !(next !== undefined && /^(?:on|that|:)$/.test(next.lower))) return false;
  const form = toks[i]!.lower;
  const baseForm = (form === spec.lemma || form === "tell" || form === "point") && spec.afterQuoteOnly !== true;
  if (baseForm || spec.noun) {
    // "Analysts say", "they claim", "would say" — a base form needs a plural subject or an auxiliary
    const plural = /^(?:they|people|police|staff|data)$/.test(end.lower) || /[^s'’]s$/.test(end.lower);
    const aux = /^(?:will|would|may|might|could|should|do|did|does|also|now|still)$/.test(prev.lower);
    if (baseForm && !plural && !aux) return false;
    if (next !== undefined && /^(?:of|for|on|by|from|in|to|and|or|was|were|is|are|has|have|had|will|would|show|shows|suggest|suggests|say|says|said)$/.test(next.lower)) return false;
  }
  return true;
}
