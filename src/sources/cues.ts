// Attribution cues in one sentence's tokens and the phrase each one attributes to: "X said", "X, role, said",
// "…,” said X", "according to X". Each hit carries the id of the rule that found it.
import type { Token } from "../text/tokens.js";
import { CLOSED_CLASS, CUE_VERBS, NOT_BEFORE_CUE, PASSIVE_CUES, RELATIVES, SUBJECT_PRONOUNS, type CueSpec } from "../lexicon/attribution.js";
import { leftPhrase, rightPhrase } from "./noun-phrase.js";
import { skipFillersLeft, skipFillersRight } from "./fillers.js";
import { appositiveBefore, appositiveAfter } from "./appositive.js";
import type { PhraseParts } from "./classify.js";
import { isCap, isPossessive, isQuoteMark } from "./words.js";
import { DOCUMENT_NOUNS, INFO_NOUNS, ROLE_WORDS } from "../lexicon/source-nouns.js";

export type CueForm = "subject" | "inverted" | "according";

export interface CueHit {
  /** Token indexes of the cue words (inclusive). */
  cueFrom: number;
  cueTo: number;
  spec: CueSpec;
  form: CueForm;
  phrase: PhraseParts;
  /** The subject kinds that make this a cue ("the survey found", not "police found"); undefined: any. */
  onlyKinds?: CueSpec["onlyKinds"];
  rule: string;
}

/** Cues among toks; `quoted(offset)` tells whether an offset lies inside a direct quotation. */
export function findCues(toks: readonly Token[], quoted: (offset: number) => boolean): CueHit[] {
  const out: CueHit[] = [];
  const last = toks.length - 1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "word" || !(CUE_VERBS.has(t.lower) || PASSIVE_CUES.has(t.lower) || t.lower === "according")) continue;
    if (quoted(t.start)) continue;
    if (t.lower === "according" && toks[i + 1]?.lower === "to") {
      const end = rightPhrase(toks, i + 2, last);
      if (end >= 0) out.push({ cueFrom: i, cueTo: i + 1, spec: ACCORDING, form: "according", phrase: { from: i + 2, to: end }, rule: "source/according-to" });
      continue;
    }
    const passive = passiveBy(toks, i);
    if (passive !== null) {
      out.push(passive);
      continue;
    }
    const spec = CUE_VERBS.get(t.lower);
    if (spec === undefined || (spec.particle !== undefined && toks[i + 1]?.lower !== spec.particle)) continue;
    const cueTo = spec.particle !== undefined ? i + 1 : i;
    const hit = subjectFirst(toks, i, cueTo, spec) ?? inverted(toks, i, cueTo, spec);
    if (hit !== null) out.push(hit);
  }
  return out;
}

const ACCORDING: CueSpec = { lemma: "according to" };

/** "proposals announced by the Trade and Industry Secretary Patricia Hewitt", "made public on Thursday by Ucas". */
function passiveBy(toks: readonly Token[], i: number): CueHit | null {
  const t = toks[i]!;
  if (!PASSIVE_CUES.has(t.lower)) return null;
  // only information is announced or prepared by a source: "figures were prepared by", "proposals announced by"
  let n = i - 1;
  while (n >= 0 && /^(?:was|were|is|are|been|being|be|has|have|had|would|will|to|also|first|now|just)$/.test(toks[n]!.lower)) n--;
  if (n < 0 || !(DOCUMENT_NOUNS.has(toks[n]!.lower) || INFO_NOUNS.has(toks[n]!.lower))) return null;
  const cueTo = t.lower === "made" ? (toks[i + 1]?.lower === "public" ? i + 1 : -1) : i;
  if (cueTo < 0) return null;
  const by = skipFillersRight(toks, cueTo + 1);
  if (toks[by]?.lower !== "by") return null;
  const end = rightPhrase(toks, by + 1, toks.length - 1);
  if (end < 0) return null;
  const spec = CUE_VERBS.get(t.lower) ?? { lemma: t.lower };
  return { cueFrom: i, cueTo, spec, form: "according", phrase: { from: by + 1, to: end }, rule: "source/passive-by" };
}

function subjectFirst(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec): CueHit | null {
  const prev = toks[i - 1];
  if (prev === undefined || NOT_BEFORE_CUE.has(prev.lower)) return null;
  let k = skipFillersLeft(toks, i - 1);
  let rule = "source/subject";
  if (toks[k]?.lower === "and" && isVerbLike(toks[k - 1])) {
    k = skipFillersLeft(toks, k - 2); // "Mr Wallace agreed and said"
    rule = "source/subject-coordinated";
  }
  if (k >= 1 && RELATIVES.has(toks[k]!.lower) && toks[k]!.lower !== "that") {
    k--;
    if (toks[k]?.text === ",") k--;
    rule = "source/subject-relative";
  }
  const t = toks[k];
  if (t === undefined) return null;
  let phrase: PhraseParts | null;
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    // "when it reported the results", "because it shows": a pronoun in a subordinate clause reports nothing
    if (spec.lemma !== "say" && spec.lemma !== "tell" && SUBORDINATORS.has(toks[k - 1]?.lower ?? "")) return null;
    phrase = { from: k, to: k };
  } else if (t.text === ",") {
    phrase = appositiveBefore(toks, k);
    rule = "source/subject-appositive";
  } else {
    if (isPossessive(t)) return null; // "BA's estimated revenues"
    if (t.text === ">") return tickerName(toks, k, i, cueTo, spec);
    const from = leftPhrase(toks, k, 0);
    phrase = from < 0 ? null : withAppositiveBefore(toks, { from, to: k });
  }
  if (phrase === null) return null;
  // "She said the Conservatives would announce …": a subject inside another cue's reported clause
  const before = toks[phrase.from - 1];
  if (before !== undefined && (CUE_VERBS.has(before.lower) || (before.lower === "that" && CUE_VERBS.has(toks[phrase.from - 2]?.lower ?? "")))) return null;
  if (spec.lemma === "warn" && toks[cueTo + 1]?.lower === "over") return null; // headline "Parties warned over …"
  if (spec.afterQuoteOnly && !isQuoteMark(toks[phrase.from - 1]) && toks[phrase.from - 1]?.text !== ",") return null;
  if (!fitsSpec(toks, i, cueTo, spec, phrase, toks[i - 1]!)) return null;
  const hit: CueHit = { cueFrom: i, cueTo, spec, form: "subject", phrase, rule };
  if (spec.onlyKinds !== undefined && toks[cueTo + 1]?.lower !== "that") hit.onlyKinds = spec.onlyKinds;
  return hit;
}

/** Wire copy names companies in angle brackets: "<High Point Financial Corp> said". */
function tickerName(toks: readonly Token[], close: number, i: number, cueTo: number, spec: CueSpec): CueHit | null {
  let open = close - 1;
  while (open > 0 && close - open < 12 && toks[open]!.text !== "<") open--;
  if (toks[open]?.text !== "<" || open + 1 > close - 1) return null;
  const phrase = { from: open + 1, to: close - 1 };
  if (!fitsSpec(toks, i, cueTo, spec, phrase, toks[i - 1]!)) return null;
  return { cueFrom: i, cueTo, spec, form: "subject", phrase, rule: "source/subject-bracketed" };
}

const SUBORDINATORS = new Set(["when", "because", "after", "before", "if", "since", "as", "which", "that", "once",
  "until", "while", "whether", "where", "although", "though", "unless"]);

/** A lower-case word that can be a verb between a subject and "and said" (not a name or lexicon noun). */
function isVerbLike(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Ll}/u.test(t.text) && (CUE_VERBS.has(t.lower) || /(?:ed|es)$/.test(t.lower));
}

/** "Christoph Caselitz, president of the firm says": a role phrase after a comma, with the name before it. */
function withAppositiveBefore(toks: readonly Token[], role: PhraseParts): PhraseParts {
  if (toks[role.from - 1]?.text !== "," || !startsWithRole(toks, role.from)) return role;
  const end = role.from - 2;
  const from = leftPhrase(toks, end, 0);
  if (from < 0 || !isCap(toks[end]) || (from > 0 && toks[from - 1]!.kind === "word" && !CLOSED_CLASS.has(toks[from - 1]!.lower))) return role;
  return { from, to: end, appositive: { from: role.from, to: role.to } };
}

function startsWithRole(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  return ROLE_WORDS.has(t.lower) || (/^(?:a|an|the)$/.test(t.lower) && next !== undefined && ROLE_WORDS.has(next.lower));
}

function inverted(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec): CueHit | null {
  if (spec.invert !== true && spec.afterQuoteOnly !== true) return null;
  const prev = toks[i - 1];
  if (prev !== undefined && prev.text !== "," && !isQuoteMark(prev)) return null;
  if (prev === undefined && spec.afterQuoteOnly === true) return null;
  const start = skipFillersRight(toks, cueTo + 1);
  const t = toks[start];
  if (t === undefined) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { cueFrom: i, cueTo, spec, form: "inverted", phrase: { from: start, to: start }, rule: "source/inverted-pronoun" };
  const end = rightPhrase(toks, start, toks.length - 1);
  if (end < 0) return null;
  // the phrase must close the clause: "…, said Mr X." / "…, said X on Friday" — not "said the company would …"
  const next = toks[end + 1];
  if (next !== undefined && next.kind !== "punct" && (next.kind === "num" || !next.spaced)) return null; // "said IE7"
  if (next !== undefined && next.kind === "word" && !/^(?:on|in|at|last|yesterday|today|who|when|after|before|while|as)$/.test(next.lower)) return null;
  const appositive = appositiveAfter(toks, end);
  const phrase: PhraseParts = appositive === undefined ? { from: start, to: end } : { from: start, to: end, appositive };
  return { cueFrom: i, cueTo, spec, form: "inverted", phrase, rule: "source/inverted" };
}

/** The cue's own conditions: noun-like forms, document-only verbs, "posted" needing "on/that". */
function fitsSpec(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec, phrase: PhraseParts, prev: Token): boolean {
  const next = toks[cueTo + 1];
  const end = toks[phrase.to]!;
  if (spec.needsComplement && !(next !== undefined && /^(?:on|that|:)$/.test(next.lower))) return false;
  if (spec.needsClause && !(next !== undefined && /^(?:that|he|she|it|they|there|we|i|:|,)$/.test(next.lower))) return false;
  const form = toks[i]!.lower;
  const baseForm = (form === spec.lemma || form === "tell") && spec.pastAsBase !== true;
  if (baseForm || spec.noun) {
    // "Analysts say", "they claim", "would say" — a base form needs a plural subject or an auxiliary
    // a capitalised "…s" is no plural for a cue that is also a noun ("the Analysys report")
    const plural = /^(?:they|people|police|staff|data)$/.test(end.lower) || /[^s'’]s$/.test(end.lower);
    const aux = /^(?:will|would|may|might|could|should|do|did|does|also|now|still)$/.test(prev.lower);
    if (baseForm && !plural && !aux) return false;
    if (next !== undefined && /^(?:of|for|on|by|from|in|to|and|or|was|were|is|are|has|have|had|will|would|show|shows|suggest|suggests|say|says|said)$/.test(next.lower)) return false;
    if (spec.noun && (next === undefined || next.kind === "punct")) return false; // "The Demos report, entitled …"
  }
  return true;
}
