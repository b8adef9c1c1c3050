// Every number written in a text, with its value: the engine's number reader (readScaled) run in its general mode
// over all tokens, plus what only a reader of bare numbers needs — a sign ("-4", "minus five"), a ratio read as one
// value ("one in three"), the parts of a dotted or comma-listed code ("192.168.1.2", "22,24,26"). No claim rules:
// years, labels and fractions are numbers here.
import { tokenize, type Token } from "../text/tokens.js";
import { VULGAR_FRACTIONS } from "../lexicon/fractions.js";
import { readScaled, round } from "./read-amount.js";
import { readRatio } from "./read-fraction.js";
import { readExponent, signBefore, type NumberRead } from "./read-number.js";
import { cardinalAt } from "./word-number.js";

export interface NumberMention {
  /** exactly text.slice(span.start, span.end) */
  text: string;
  /** UTF-16 offsets, end exclusive */
  span: { start: number; end: number };
  value: number;
  /** the engine rule that read it (num-digits, num-words, num-fraction-words, num-ratio, …) */
  rule: string;
}

const GENERAL = { general: true } as const;
/** "the one you mentioned", "which one": after these "one" is a pronoun. */
const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set(["the", "this", "that", "which", "each", "every", "any", "no", "another", "some", "last", "little", "only", "same", "right", "wrong"]);

function startsNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === "num") return true;
  if (t.kind === "punct") return t.text === "." || VULGAR_FRACTIONS[t.text] !== undefined;
  const w = t.lower;
  return w === "a" || w === "an" || w === "half" || w === "quarter" || cardinalAt(tokens, i) !== null;
}

/**
 * Every number mention in `text`, in order: digits ("1,234,567", "1 234 567", ".08", "10k", "2.5 million", "1.3e6"), words
 * ("one hundred and three", "a dozen", "two hundred point zero three"), fractions ("two thirds", "a hundredth",
 * "3/4", "2 1/4", "½", "one and a half", "one in three"), signed numbers ("-4/5", "minus five"). Built on the same
 * quantity engine as the claims (src/quantity), without the claim rules: a year, a label or a fraction is still a
 * number here. A number glued to letters that are no scale ("4th", "180ml", "3G") is part of a word, not a number.
 * A currency sign or a percent mark is not part of the mention ("$20" → "20").
 */
export function readNumbers(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!startsNumber(tokens, i)) {
      i++;
      continue;
    }
    const read = readScaled(tokens, i, GENERAL);
    if (read === null) {
      if (tokens[i]!.kind === "num") out.push(...codeParts(tokens[i]!));
      i++;
      continue;
    }
    let num: NumberRead = { ...read.num, value: read.value, end: read.end };
    num = readExponent(tokens, num) ?? num;
    const ratio = readRatio(tokens, num, (k) => {
      const next = startsNumber(tokens, k) && tokens[k]!.kind !== "punct" ? readScaled(tokens, k, GENERAL) : null;
      return next === null ? null : { ...next.num, value: next.value, end: next.end };
    });
    if (ratio !== null) num = ratio;
    if (!isNumberMention(tokens, num)) {
      i = Math.max(i + 1, num.end);
      continue;
    }
    const sign = signBefore(tokens, num.begin, true);
    const first = tokens[sign >= 0 ? sign : num.begin]!;
    const last = tokens[num.end - 1]!;
    out.push({ text: text.slice(first.start, last.end), span: { start: first.start, end: last.end }, value: sign >= 0 ? round(-num.value) : num.value, rule: num.rule });
    i = num.end;
  }
  return out;
}

function isNumberMention(tokens: readonly Token[], n: NumberRead): boolean {
  const first = tokens[n.begin]!;
  const after = tokens[n.end];
  // "4th", "180ml", "10G", "A380", "4x4": digits glued to letters make a word
  if (tokens[n.end - 1]!.kind === "num" && after !== undefined && !after.spaced && after.kind === "word") return false;
  const before = tokens[n.begin - 1];
  if (first.kind === "num" && !first.spaced && before?.kind === "word") return false;
  // "the one you mentioned", "which one": a pronoun
  if (n.kind === "words" && n.end === n.begin + 1 && first.lower === "one" && PRONOUN_ONE_AFTER.has(tokens[n.begin - 1]?.lower ?? "")) return false;
  // "hundreds of", "twice": vague plurals and multipliers are not numbers written out
  return n.kind !== "vague" && n.kind !== "multiplier";
}

/** "192.168.1.2", "22,24,26,31": digits no reading takes as one number are a list of numbers. */
function codeParts(t: Token): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of t.text.matchAll(/\d+/g)) {
    const start = t.start + m.index;
    out.push({ text: m[0], span: { start, end: start + m[0].length }, value: Number(m[0]), rule: "num-code-part" });
  }
  return out;
}
