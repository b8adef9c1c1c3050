// Attribution cues in one sentence's tokens and the phrase each one attributes to: "X said", "X, role, said",
// "…,” said X", "according to X". Each hit carries the id of the rule that found it.
import type { Token } from "../text/tokens.js";
import { CLOSED_CLASS, CUE_VERBS, DETERMINERS, ING_CUES, KNOWING, MANNER_NOUNS, NAMING_CUES, OBJECT_PRONOUNS, NOT_BEFORE_CUE, PASSIVE_CUES, QUANTIFIER_SUBJECTS, RELATIVES, SUBJECT_PRONOUNS, type CueSpec } from "../lexicon/attribution.js";
import { DOCUMENT_NOUNS, ISSUER_VERBS, ROLE_WORDS, UNNAMED_NOUNS } from "../lexicon/source-nouns.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";
import { leftPhrase, rightPhrase } from "./noun-phrase.js";
import { skipFillersLeft, skipFillersRight } from "./fillers.js";
import { appositiveBefore, appositiveAfter } from "./appositive.js";
import type { PhraseParts } from "./classify.js";
import { isCap, isHeadNoun, isPluralRole, isPossessive, isQuoteMark } from "./words.js";
import { fitsSpec, isVerbLike, SUBORDINATORS, withAppositiveBefore } from "./cue-checks.js";
import { passiveBy, tickerName } from "./cue-forms.js";
import { participleCue, sentenceSubject } from "./participles.js";

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
  /** A name written in lower case (wire copy: "finance minister manuel azpurua told"): its tokens. */
  lowerName?: { from: number; to: number };
}

/** Whether a lower-case word is written capitalised elsewhere in the text (so is a name there). */
export type CapitalisedElsewhere = (lower: string) => boolean;

/** Every word that can be a cue (one lookup per word instead of four: most words are none). */
const ANY_CUE: ReadonlySet<string> = new Set([...CUE_VERBS.keys(), ...PASSIVE_CUES, ...ING_CUES.keys(), ...NAMING_CUES.keys(), "according"]);

/** Cues among toks; `quoted(offset)` tells whether an offset lies inside a direct quotation. */
export function findCues(toks: readonly Token[], quoted: (offset: number) => boolean, capitalised: CapitalisedElsewhere = () => false): CueHit[] {
  const out: CueHit[] = [];
  const last = toks.length - 1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "word" || !ANY_CUE.has(t.lower)) continue;
    if (quoted(t.start)) continue;
    if (ING_CUES.has(t.lower)) {
      const hit = participleCue(toks, i);
      if (hit !== null) out.push(hit);
      continue;
    }
    if (t.lower === "according" && toks[i + 1]?.lower === "to") {
      // ("according to him": a pronoun)
      const end = OBJECT_PRONOUNS.has(toks[i + 2]?.lower ?? "") && toks[i + 3]?.kind !== "word" ? i + 2 : rightPhrase(toks, i + 2, last);
      if (end >= 0) out.push({ cueFrom: i, cueTo: i + 1, spec: ACCORDING, form: "according", phrase: withRoleOrName(toks, { from: i + 2, to: end }), rule: "source/according-to" });
      continue;
    }
    const naming = NAMING_CUES.get(t.lower);
    if (naming !== undefined) {
      const hit = whatSubject(toks, i, naming);
      if (hit !== null) out.push(hit);
      continue;
    }
    const passive = passiveBy(toks, i);
    if (passive !== null) {
      out.push(passive);
      continue;
    }
    const spec = CUE_VERBS.get(t.lower);
    // "(Whatever the Heart Says)": a title-case cue inside a sentence is part of a title
    if (i > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && toks[i - 1]!.kind === "word") continue;
    if (spec === undefined || (spec.particle !== undefined && toks[i + 1]?.lower !== spec.particle)) continue;
    const cueTo = spec.particle !== undefined ? i + 1 : i;
    const hit = subjectFirst(toks, i, cueTo, spec) ?? inverted(toks, i, cueTo, spec) ?? lowerCaseSubject(toks, i, cueTo, spec, capitalised);
    if (hit !== null) out.push(hit);
  }
  return out;
}

const ACCORDING: CueSpec = { lemma: "according to" };

/** What follows a verb of speech is what it says, not a preposition ("insisted on finishing"; "warned of" is). */
function clauseNext(t: Token | undefined, lemma: string): boolean {
  if (t === undefined || t.kind !== "word") return false;
  return !/^(?:on|in|about|against|over|for|with|to|by|at|from|up|out)$/.test(t.lower) && (t.lower !== "of" || lemma === "warn");
}

/** Cues that only report speech: never an adjective or a noun's verb ("after it warned profits would drop",
 *  "Moody's said"), unlike "reported", "estimated", "shows". */
const SPEECH_ONLY: ReadonlySet<string> = new Set(["say", "tell", "warn", "argue", "insist"]);


function subjectFirst(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec): CueHit | null {
  const prev = toks[i - 1];
  if (prev === undefined || (NOT_BEFORE_CUE.has(prev.lower) && !documentThat(toks, i - 1))) return null;
  let k = skipFillersLeft(toks, i - 1);
  let rule = "source/subject";
  if (toks[k]?.lower === "and" && isVerbLike(toks[k - 1])) {
    k = skipFillersLeft(toks, k - 2); // "Mr Wallace agreed and said"
    rule = "source/subject-coordinated";
  } else if (toks[k]?.lower === "and") {
    // "Motorola has conducted five trials of its technology and says …": the sentence's subject
    const phrase = sentenceSubject(toks, k);
    if (phrase === null || !fitsSpec(toks, i, cueTo, spec, phrase, prev)) return null;
    if (spec.noun && toks[cueTo + 1]?.lower !== "that") return null; // "… and have notes attached"
    return withKinds({ cueFrom: i, cueTo, spec, form: "subject", phrase, rule: "source/subject-coordinated-far" }, toks);
  }
  if (k >= 1 && RELATIVES.has(toks[k]!.lower) && (toks[k]!.lower !== "that" || documentThat(toks, k))) {
    // ("a statement that said …", "a report that found …": "that" after a document is a relative pronoun)
    k--;
    if (toks[k]?.text === ",") k--;
    rule = "source/subject-relative";
  }
  // "government figures released on Friday showed": a document and its reduced relative clause
  if (k >= 1 && ISSUER_VERBS.has(toks[k]!.lower) && toks[k]!.lower.endsWith("ed") && DOCUMENT_NOUNS.has(toks[k - 1]!.lower)) k--;
  // "people familiar with the matter said", "a source close to the talks told": a group and what it knows
  const known = knowingGroup(toks, k);
  if (known !== null) return withKinds({ cueFrom: i, cueTo, spec, form: "subject", phrase: known, rule: "source/subject-informed" }, toks);
  const t = toks[k];
  if (t === undefined) return null;
  let phrase: PhraseParts | null;
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    // "when it reported the results", "because it shows": a pronoun in a subordinate clause reports nothing
    // ("after it warned profits would drop": a verb of speech with a clause after it reports one; "the way that she
    // insisted on finishing" does not)
    if (SUBORDINATORS.has(toks[k - 1]?.lower ?? "") && !(SPEECH_ONLY.has(spec.lemma) && (spec.lemma === "say" || spec.lemma === "tell" || clauseNext(toks[cueTo + 1], spec.lemma)))) return null;
    phrase = { from: k, to: k };
  } else if (QUANTIFIER_SUBJECTS.has(t.lower) && (k === 0 || /^(?:,|but|and|while|yet)$/.test(toks[k - 1]!.lower))) {
    phrase = { from: k, to: k }; // "Many believe …", "…, some argue, …"
    rule = "source/subject-quantifier";
  } else if (t.text === ",") {
    phrase = appositiveBefore(toks, k);
    rule = "source/subject-appositive";
  } else {
    // "BA's estimated revenues": a possessive before a cue that can be an adjective or a noun; "Moody's said",
    // "Sainsbury's warned": a name ending in 's before a verb of speech
    if (isPossessive(t) && !(SPEECH_ONLY.has(spec.lemma) && !spec.noun && isCap(t))) return null;
    if (t.text === ">") return tickerName(toks, k, i, cueTo, spec);
    const from = leftPhrase(toks, k, 0);
    phrase = from < 0 ? null : withAppositiveBefore(toks, { from, to: k });
  }
  if (phrase === null) return null;
  phrase = documentBefore(toks, phrase) ?? phrase;
  // "She said the Conservatives would announce …": a subject inside another cue's reported clause;
  // "most of what he says.": the words, not a statement ("what the government says are changing needs" is one)
  const before = toks[phrase.from - 1];
  const after = toks[cueTo + 1];
  if (before?.lower === "what" && (after === undefined || after.kind === "punct" || /^(?:and|but|or)$/.test(after.lower))) return null;
  if (before !== undefined && (CUE_VERBS.has(before.lower) || (before.lower === "that" && CUE_VERBS.has(toks[phrase.from - 2]?.lower ?? "")))) return null;
  if (spec.lemma === "warn" && toks[cueTo + 1]?.lower === "over") return null; // headline "Parties warned over …"
  if (spec.afterQuoteOnly && !isQuoteMark(toks[phrase.from - 1]) && toks[phrase.from - 1]?.text !== ",") return null;
  if (!fitsSpec(toks, i, cueTo, spec, phrase, toks[i - 1]!)) return null;
  return withKinds({ cueFrom: i, cueTo, spec, form: "subject", phrase, rule }, toks);
}

/** "in what Dimension Data calls an 'alarming development'", "what analysts call a dead cat bounce": the subject
 *  between "what" and the naming verb. */
function whatSubject(toks: readonly Token[], i: number, spec: CueSpec): CueHit | null {
  const k = skipFillersLeft(toks, i - 1);
  const t = toks[k];
  if (t === undefined || k < 1) return null;
  const from = SUBJECT_PRONOUNS.has(t.lower) ? k : leftPhrase(toks, k, 1);
  if (from < 0 || toks[from - 1]!.lower !== "what") return null;
  const phrase = { from, to: k };
  if (!fitsSpec(toks, i, i, spec, phrase, toks[i - 1]!)) return null;
  // "what it calls the Interactive Media Player", "what they call “Office in a Pocket”": a name given, no claim
  let n = i + 1;
  while (n < toks.length && (isQuoteMark(toks[n]) || /^(?:the|its|their|his|her)$/.test(toks[n]!.lower))) n++;
  if (isCap(toks[n])) return null;
  return { cueFrom: i, cueTo: i, spec, form: "subject", phrase, rule: "source/subject-what" };
}

/** "according to the BBC's economics editor, Evan Davis, growth …" / "according to Evan Davis, the BBC's economics
 *  editor, growth …": a name and a role set off by commas on both sides, one of them a role phrase. */
function withRoleOrName(toks: readonly Token[], phrase: PhraseParts): PhraseParts {
  if (toks[phrase.to + 1]?.text !== ",") return phrase;
  const a = phrase.to + 2;
  const e = rightPhrase(toks, a, toks.length - 1);
  if (e < 0 || toks[e + 1]?.text !== ",") return phrase;
  const name = (from: number, to: number) => isCap(toks[from]) && isCap(toks[to]) && !hasRole(toks, from, to);
  const ok = (hasRole(toks, phrase.from, phrase.to) && name(a, e)) || (name(phrase.from, phrase.to) && hasRole(toks, a, e));
  return ok ? { ...phrase, appositive: { from: a, to: e } } : phrase;
}

function hasRole(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ROLE_WORDS.has(toks[k]!.lower)) return true;
  return false;
}

/** After an unnamed head ending at toks[end], "familiar with the matter" or "close to the company" up to the clause's
 *  end: the index of its last word (end itself when there is none). */
function knowingTail(toks: readonly Token[], end: number): number {
  const h = toks[end]!;
  if (!(UNNAMED_NOUNS.has(h.lower) || isPluralRole(h.lower)) || !KNOWING.has(`${toks[end + 1]?.lower} ${toks[end + 2]?.lower}`)) return end;
  let k = end + 3;
  while (k < toks.length && k <= end + 7 && toks[k]!.kind === "word" && !/^(?:on|in|at|who|when|after|while)$/.test(toks[k]!.lower)) k++;
  return k > end + 3 ? k - 1 : end;
}

/** "people familiar with the matter", "a source close to the talks", "officials briefed on the plans": an unnamed
 *  group, a phrase of knowing and up to four words of what it knows, ending at toks[k]. */
function knowingGroup(toks: readonly Token[], k: number): PhraseParts | null {
  for (let j = k - 1; j >= 1 && k - j <= 5; j--) {
    const w = toks[j]!.lower;
    if (toks[j]!.kind !== "word") return null;
    if (!KNOWING.has(`${toks[j - 1]!.lower} ${w}`)) continue;
    const head = j - 2;
    const h = toks[head];
    if (h === undefined || !(UNNAMED_NOUNS.has(h.lower) || isPluralRole(h.lower))) return null;
    const from = leftPhrase(toks, head, 0);
    return from < 0 ? null : { from, to: k };
  }
  return null;
}

/** "A poll of 1,000 adults for the BBC found", "Data published by the ONS showed", "Research published on Monday by
 *  the University of Manchester suggests": the phrase found before the cue is the maker of a document named just
 *  before it — the document, with its maker, is the source. */
function documentBefore(toks: readonly Token[], phrase: PhraseParts): PhraseParts | null {
  let j = phrase.from - 1;
  const joiner = toks[j]?.lower ?? "";
  let d = -1;
  if (joiner === "by") {
    // back over "published", "drawn up", "on Monday"
    j--;
    for (let n = 0; n < 4 && j >= 0; n++) {
      j = skipFillersLeft(toks, j);
      if (j < 0 || !ISSUER_VERBS.has(toks[j]!.lower)) break;
      j--;
    }
    if (j >= 0 && j < phrase.from - 2 && DOCUMENT_NOUNS.has(toks[j]!.lower)) d = j;
  } else if (joiner === "for" || joiner === "from") {
    // ("a poll of 1,000 adults for the BBC": a short description of the sample between them)
    for (let k = j - 1; k >= 0 && j - k <= 5; k--) {
      const t = toks[k]!;
      if (DOCUMENT_NOUNS.has(t.lower) && t.kind === "word") {
        d = k;
        break;
      }
      if ((t.kind !== "word" && t.kind !== "num") || CLOSED_CLASS.has(t.lower) && t.lower !== "of") break;
    }
  }
  if (d < 0 || /^\p{Lu}/u.test(toks[d]!.text) && d > 0) return null;
  const start = d > 0 ? leftPhrase(toks, d, 0) : d;
  const from = start < 0 ? d : start;
  // ("The figures echo similar research from X": another noun phrase and its verb before the document)
  for (let k = from; k < d; k++) if (isHeadNoun(toks[k]) && !isCap(toks[k])) return null;
  const before = toks[from - 1];
  if (before !== undefined && before.kind === "word" && !CLOSED_CLASS.has(before.lower)) return null; // an object: "cited a report by X"
  return { from, to: phrase.to };
}

/** toks[k] is "that" right after a document noun: a relative pronoun ("a statement that said …"). */
function documentThat(toks: readonly Token[], k: number): boolean {
  const d = toks[k - 1];
  return toks[k]!.lower === "that" && d !== undefined && (DOCUMENT_NOUNS.has(d.lower) || MANNER_NOUNS.has(d.lower));
}

/** A cue that only some kinds of subject make ("the survey found"), unless "that" follows it. */
function withKinds(hit: CueHit, toks: readonly Token[]): CueHit {
  if (hit.spec.onlyKinds !== undefined && toks[hit.cueTo + 1]?.lower !== "that") hit.onlyKinds = hit.spec.onlyKinds;
  return hit;
}

function inverted(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec): CueHit | null {
  if (spec.invert !== true && spec.afterQuoteOnly !== true) return null;
  const prev = toks[i - 1];
  if (prev !== undefined && prev.text !== "," && !isQuoteMark(prev)) return null;
  if (prev === undefined && (spec.afterQuoteOnly === true || /^\p{Ll}/u.test(toks[i]!.text))) return null; // a cut sentence
  const start = skipFillersRight(toks, cueTo + 1);
  const t = toks[start];
  if (t === undefined) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { cueFrom: i, cueTo, spec, form: "inverted", phrase: { from: start, to: start }, rule: "source/inverted-pronoun" };
  let end = rightPhrase(toks, start, toks.length - 1);
  if (end < 0) return null;
  end = knowingTail(toks, end); // "…, said people familiar with the matter."
  // the phrase must close the clause: "…, said Mr X." / "…, said X on Friday" — not "said the company would …"
  const next = toks[end + 1];
  if (next !== undefined && next.kind !== "punct" && (next.kind === "num" || !next.spaced)) return null; // "said IE7"
  if (next !== undefined && next.kind === "word" && !/^(?:on|in|at|last|yesterday|today|who|when|after|before|while|as)$/.test(next.lower)) return null;
  const appositive = appositiveAfter(toks, end);
  const phrase: PhraseParts = appositive === undefined ? { from: start, to: end } : { from: start, to: end, appositive };
  return { cueFrom: i, cueTo, spec, form: "inverted", phrase, rule: "source/inverted" };
}

const MAX_LOWER_NAME = 3;
const MAX_LOWER_ROLE = 3;

/** Wire copy in lower case: "azpurua said", "finance minister manuel azpurua told" — the word before the cue is
 *  no noun the phrase rules know but is written capitalised elsewhere in the text; lower-case words before it up to
 *  a role word are the rest of the name, and the role word with up to two modifiers before it the role. */
function lowerCaseSubject(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec, capitalised: CapitalisedElsewhere): CueHit | null {
  const k = skipFillersLeft(toks, i - 1);
  const last = toks[k];
  if (last === undefined || last.kind !== "word" || !/^\p{Ll}+$/u.test(last.text) || !capitalised(last.lower)) return null;
  if (CLOSED_CLASS.has(last.lower) || SUBJECT_PRONOUNS.has(last.lower) || UNIT_STOPWORDS.has(last.lower)) return null;
  let from = k;
  let role = -1;
  for (let j = k - 1; j >= 0 && k - j <= MAX_LOWER_NAME; j--) {
    const t = toks[j]!;
    if (t.kind !== "word" || !/^\p{Ll}+$/u.test(t.text)) break;
    if (ROLE_WORDS.has(t.lower)) {
      role = j;
      break;
    }
    if (CLOSED_CLASS.has(t.lower) || UNIT_STOPWORDS.has(t.lower)) break;
    from = j;
  }
  // without a role word before it, only the single capitalised-elsewhere word is the name
  if (role < 0) from = k;
  // "the guild said": a common noun the text also capitalises in a name ("the Writers Guild")
  if (role < 0 && (DETERMINERS.has(toks[k - 1]?.lower ?? "") || isPossessive(toks[k - 1]))) return null;
  let start = role >= 0 ? role : from;
  for (let j = start - 1; role >= 0 && j >= 0 && role - j < MAX_LOWER_ROLE; j--) {
    const t = toks[j]!;
    if (t.kind !== "word" || !/^\p{Ll}+$/u.test(t.text) || CLOSED_CLASS.has(t.lower) || DETERMINERS.has(t.lower) || UNIT_STOPWORDS.has(t.lower)) break;
    start = j;
  }
  const phrase: PhraseParts = { from: start, to: k };
  if (!fitsSpec(toks, i, cueTo, spec, phrase, toks[i - 1]!)) return null;
  return withKinds({ cueFrom: i, cueTo, spec, form: "subject", phrase, rule: "source/subject-lower-case-name", lowerName: { from, to: k } }, toks);
}
