// Names that open a sentence as its subject ("UK advertising giant WPP has posted …", "Arthur Hailey, the author
// of Airport, has died"): antecedents for "it", "the company" or "he" when no earlier source fits. Computed only
// when a reference needs them, over the first tokens of each sentence.
import type { Sentence } from "../types.js";
import { offsetsIn } from "../text/find.js";
import { sentenceTokens, type Token } from "../text/tokens.js";
import { CLOSED_CLASS, DETERMINERS, NP_JOINERS, SUBJECT_PRONOUNS } from "../lexicon/attribution.js";
import { SUBJECT_PREFIX_NOUNS } from "../lexicon/source-nouns.js";
import { classify } from "./classify.js";
import { rightPhrase } from "./noun-phrase.js";
import { isProperRun, phraseOver } from "./phrase-text.js";
import { REACH, type Resolved } from "./resolve.js";
import { fullName, genderOfName, mentionEndingIn } from "./name-lookup.js";
import type { NameIndex } from "./name-index.js";

const HEAD_CHARS = 100;
const OPENERS = new Set(["at", "in", "on", "after", "before", "during", "for", "since", "by", "with", "under", "last", "this", "earlier"]);
const FIRST_WORDS = /^[^\p{L}]{0,3}(\p{L}[\p{L}'’&.-]*)(?:\s+(\p{L}[\p{L}'’&.-]*))?/u;

/** Sentence subjects, each sentence read at most once and only when a reference looks back over it. */
export class SubjectMentions {
  private readonly cache: Array<Resolved | null | undefined> = [];

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly names: () => NameIndex,
  ) {}

  /** The latest subject before offset `at` and from offset `floor` on, in sentences from..to (indexes, inclusive),
   *  that passes `ok`. */
  lastBefore(at: number, floor: number, from: number, to: number, ok: (m: Resolved) => boolean): Resolved | undefined {
    for (let i = Math.min(to, this.sentences.length - 1); i >= Math.max(0, from) && this.sentences[i]!.end >= floor; i--) {
      if (this.cache[i] === undefined) this.cache[i] = this.read(this.sentences[i]!);
      const m = this.cache[i];
      if (m !== null && m !== undefined && m.at < at && ok(m)) return m;
    }
    return undefined;
  }

  private read(s: Sentence): Resolved | null {
    const { text } = this;
    if (!worthReading(text, s)) return null;
    // the sentence's shared tokens (other extractors made them already), cut to its first words
    let toks = headTokens(sentenceTokens(text, s), s.start + HEAD_CHARS);
    const dash = toks.findIndex((t, k) => k < 8 && (t.text === "-" || t.text === "\u2013") && t.spaced);
    if (dash > 0 && toks[0]!.text === toks[0]!.text.toUpperCase()) toks = toks.slice(dash + 1); // "CHICAGO, Feb 26 - …"
    // "At 3GSM, Siemens showed off …": a short opening phrase before the subject
    const comma = toks.findIndex((t, k) => k < 8 && t.text === ",");
    if (comma > 0 && comma < 6 && OPENERS.has(toks[0]!.lower)) toks = toks.slice(comma + 1);
    // "Shares in UK Coal fell …": the company after the market noun
    if (SUBJECT_PREFIX_NOUNS.has(toks[0]?.lower ?? "") && /^(?:in|at|of)$/.test(toks[1]?.lower ?? "") && toks[2]?.kind === "word") toks = toks.slice(2);
    const end = rightPhrase(toks, 0, toks.length - 1);
    const next = toks[end + 1];
    if (end < 0 || next === undefined) return null;
    const verbNext = next.kind === "word" && /^\p{Ll}/u.test(next.text) && !NP_JOINERS.has(next.lower);
    if (!verbNext && next.text !== ",") return null;
    const c = classify(phraseOver(text, toks), { from: 0, to: end });
    if (c === null || (c.kind !== "organization" && c.kind !== "person")) return null;
    const m: Resolved = { ...c, at: toks[0]!.start, sentence: s.index, named: true, lemma: "", docNoun: null };
    // a name, not a capitalised sentence opener run into common nouns ("Strong sales outside western Europe")
    if (c.refer === undefined || (c.refer.type === "name" && isProperRun(phraseOver(text, toks), 0, end))) return m;
    if (c.refer.type === "name") return null;
    if (c.refer.type !== "surname") return null;
    // "Mrs Maguire was the relative …": a person the text names, the antecedent of a later "she said"
    if (c.refer.honorific) {
      const named = mentionEndingIn(this.names(), lastWordOf(c.name), m.at);
      return { ...m, name: named ?? c.name, kind: "person", gender: c.gender ?? (named === null ? null : genderOfName(named)) };
    }
    // one capitalised word opening a sentence: "Gardener clocked …" after "Britain's Jason Gardener", or a name the
    // text also capitalises mid-sentence ("Siemens"), not a common noun ("Revenues were …")
    const full = fullName(this.names(), c.name, m.at);
    if (full !== null) return { ...m, name: full, kind: "person", gender: genderOfName(full) };
    return isNameInside(text, c.name, m.at) ? m : null;
  }
}

function headTokens(toks: Token[], end: number): Token[] {
  let n = 0;
  while (n < toks.length && toks[n]!.end <= end) n++;
  return n === toks.length ? toks : toks.slice(0, n);
}

/** Whether `word` appears capitalised after a lower-case word or a comma near `at` (within REACH either way). */
function isNameInside(text: string, word: string, at: number): boolean {
  const end = Math.min(text.length, at + REACH);
  return offsetsIn(text, word, at - REACH, end).some((i) => i >= 2 && text[i - 1] === " " && /[\p{Ll},;:]/u.test(text[i - 2]!));
}

/** A cheap look at the first words: "He said", "But the …", "The company …" open with no name. */
function worthReading(text: string, s: Sentence): boolean {
  const m = FIRST_WORDS.exec(text.slice(s.start, s.start + 48));
  const w1 = m?.[1];
  if (w1 === undefined || !/^\p{Lu}/u.test(w1)) return false;
  const l1 = w1.toLowerCase();
  if (OPENERS.has(l1) || w1 === w1.toUpperCase()) return true;
  if (l1 === "the" || l1 === "a" || l1 === "an") return m?.[2] !== undefined && /^\p{Lu}/u.test(m[2]);
  return !CLOSED_CLASS.has(l1) && !SUBJECT_PRONOUNS.has(l1) && !DETERMINERS.has(l1);
}

const lastWordOf = (s: string) => s.slice(s.lastIndexOf(" ") + 1);
