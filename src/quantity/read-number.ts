// Reading the number itself at a token: digits, number words, "a dozen", vague plurals, multipliers.
// Each reader returns null to decline; `end` is the index after the last token used.
import type { Token } from "../text/tokens.js";
import { MULTIPLIERS, TENS, UNITS, VAGUE, WORD_SCALES } from "../lexicon/numbers.js";
import { SIGN_MARKS, SIGN_WORD_AFTER, SIGN_WORDS, VULGAR_FRACTIONS } from "../lexicon/fractions.js";
import { VERB_LEMMAS } from "../lexicon/verb-lemmas.js";
import { cardinalAt } from "./word-number.js";
export { readWords } from "./word-number.js";

/** "fraction": a part of something ("two thirds", "3/4" outside wire prices, "one in three"), not a count. */
export type NumberKind = "digits" | "words" | "vague" | "multiplier" | "fraction";

export interface ReadOptions {
  /** Read every number form, as a number reader (readNumbers) does: any fraction "4/5", a leading decimal point
   * ".08". Claims keep wire-style fractions only (halves to sixty-fourths): "3/4" there is more often a date. */
  general?: boolean;
}

export interface NumberRead {
  value: number;
  kind: NumberKind;
  /** token index range [begin, end) */
  begin: number;
  end: number;
  rule: string;
}

export function readDigits(tokens: readonly Token[], i: number, opts: ReadOptions = {}): NumberRead | null {
  const t = tokens[i];
  if (t?.kind !== "num") return null;
  const fraction = readFraction(tokens, i, opts.general === true);
  if (fraction !== null) return fraction;
  const s = t.text;
  // "1,000,000.5": groups of three after commas; else a comma is a list separator ("1,2") — decline.
  // (Indian grouping "12,34,567.89" too)
  if (s.includes(",") && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) && !/^\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$/.test(s)) return null;
  if (s.split(".").length > 2) return null; // "1.2.3": a version or a date
  if (s.length > 40) return null; // a digit string, not an amount
  const value = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  const grouped = readSpaceGroups(tokens, i);
  if (grouped !== null) return grouped;
  // "2½": a fraction sign glued to the whole number
  const sign = tokens[i + 1];
  if (sign !== undefined && !sign.spaced && VULGAR_FRACTIONS[sign.text] !== undefined && /^\d+$/.test(s)) {
    return { value: value + VULGAR_FRACTIONS[sign.text]!, kind: "digits", begin: i, end: i + 2, rule: "num-mixed-sign" };
  }
  return { value, kind: "digits", begin: i, end: i + 1, rule: "num-digits" };
}

/** "1 234 567", "40 000", "1 234 567.89": thousands grouped by single spaces (or thin or no-break spaces) — groups
 * of exactly three digits after a first group of one to three; "423 0000" stays two numbers. */
function readSpaceGroups(tokens: readonly Token[], i: number): NumberRead | null {
  const first = tokens[i]!;
  if (!/^[1-9]\d{0,2}$/.test(first.text)) return null;
  let k = i + 1;
  let digits = first.text;
  let decimals = "";
  // at most six groups (quintillions): a longer run of digit groups is a table or a code, and the bound keeps a
  // scan over one linear (each start looks ahead a fixed number of tokens)
  while (k < tokens.length && k - i <= 6) {
    const t = tokens[k]!;
    const m = /^(\d{3})(\.\d+)?$/.exec(t.text);
    if (t.kind !== "num" || m === null || t.start - tokens[k - 1]!.end !== 1) break;
    digits += m[1];
    k++;
    if (m[2] !== undefined) {
      decimals = m[2];
      break;
    }
  }
  if (k === i + 1) return null;
  // a following digit group of another length ("1 234 5678") makes it a code, not a number
  const after = tokens[k];
  if (decimals === "" && after?.kind === "num" && after.start - tokens[k - 1]!.end === 1) return null;
  return { value: Number(digits + decimals), kind: "digits", begin: i, end: k, rule: "num-space-groups" };
}

/** ".08", ".25": a decimal without its leading zero (the point spaced from what comes before). */
export function readLeadingPoint(tokens: readonly Token[], i: number): NumberRead | null {
  const dot = tokens[i];
  const num = tokens[i + 1];
  if (dot?.text !== "." || num?.kind !== "num" || num.spaced || !/^\d+$/.test(num.text)) return null;
  if (i > 0 && !dot.spaced) return null;
  return { value: Number(`0.${num.text}`), kind: "digits", begin: i, end: i + 2, rule: "num-leading-point" };
}

const DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);

/** Fractions in digits: "7/8", "1-1/8" (= 1.125), "2 1/4". A numerator above the denominator ("24/7") or a
 * third part ("03/04/2005", "5/17/2018") declines. Claims read only wire-style denominators (share prices); the
 * general reader any ("4/5"), as a fraction. */
function readFraction(tokens: readonly Token[], i: number, general: boolean): NumberRead | null {
  const glue = (k: number, text?: string) => tokens[k] !== undefined && !tokens[k]!.spaced && (text === undefined || tokens[k]!.text === text);
  if (i > 0 && glue(i) && tokens[i - 1]!.text === "/") return null;
  let whole = 0;
  let k = i;
  if (glue(k + 1, "-") && tokens[k + 2]?.kind === "num" && glue(k + 2) && glue(k + 3, "/")) {
    whole = Number(tokens[k]!.text);
    k += 2;
  } else if (/^\d{1,3}$/.test(tokens[k]!.text) && tokens[k + 1]?.kind === "num" && tokens[k + 1]!.spaced && glue(k + 2, "/")) {
    // "2 1/4", "11 1/2": a whole number of at most three digits (never a year: "in 2019 3/4 of …")
    whole = Number(tokens[k]!.text);
    k += 1;
  }
  if (!glue(k + 1, "/") || tokens[k + 2]?.kind !== "num" || !glue(k + 2)) return null;
  if (glue(k + 3, "/")) return null;
  const numText = tokens[k]!.text;
  const denText = tokens[k + 2]!.text;
  if (!/^\d+$/.test(numText) || !/^\d+$/.test(denText)) return null;
  const num = Number(numText);
  const den = Number(denText);
  const wire = DENOMINATORS.has(den);
  if (!(general || wire) || !(num < den) || num === 0) return null;
  const kind = whole > 0 ? "digits" : wire && !general ? "digits" : "fraction";
  return { value: whole + num / den, kind, begin: i, end: k + 3, rule: "num-fraction" };
}

const HALF_SCALES = new Set(["million", "billion", "trillion", "thousand", "dozen"]);

/** "half a million", "half million", "half a percentage point", "a quarter of a percentage point",
 * "a quarter million", "half a dozen". */
export function readHalf(tokens: readonly Token[], i: number): NumberRead | null {
  let k = i;
  const lower = (n: number) => tokens[n]?.lower ?? "";
  if (lower(k) === "a" && lower(k + 1) === "quarter") k++;
  const value = lower(k) === "half" ? 0.5 : lower(k) === "quarter" ? 0.25 : undefined;
  if (value === undefined) return null;
  k++;
  if (value === 0.25 && lower(k) === "of") k++;
  const article = lower(k) === "a" || lower(k) === "an" ? 1 : 0;
  const after = lower(k + article);
  if (!(HALF_SCALES.has(after) || (article === 1 && after === "percentage"))) return null;
  return { value, kind: "words", begin: i, end: k + article, rule: "num-fraction-words" };
}

/** "hundreds of", "tens of thousands", "hundreds of millions": value of the scale, read as a lower bound. */
export function readVague(tokens: readonly Token[], i: number): NumberRead | null {
  const w = tokens[i]?.lower ?? "";
  const base = VAGUE[w];
  if (base === undefined) return null;
  // "several hundred protesters", "a few thousand fans": the scale word after it is the least it says
  if (w === "several" || w === "few") {
    const scale = WORD_SCALES[tokens[i + 1]?.lower ?? ""];
    if (scale === undefined || tokens[i + 2]?.kind === "num") return null;
    const begin = w === "few" && tokens[i - 1]?.lower === "a" ? i - 1 : i;
    return { value: scale, kind: "vague", begin, end: i + 2, rule: "num-vague-scale" };
  }
  // "tens of thousands", "hundreds of millions"
  const second = tokens[i + 2]?.lower ?? "";
  if (tokens[i + 1]?.lower === "of" && VAGUE[second] !== undefined && VAGUE[second]! > base) {
    return { value: base * VAGUE[second]!, kind: "vague", begin: i, end: i + 3, rule: "num-vague-compound" };
  }
  if (w === "tens" || w === "scores") {
    if (tokens[i + 1]?.lower !== "of") return null;
  }
  // a vague plural counts something: "hundreds of X", "thousands more", "millions have …"
  const next = tokens[i + 1];
  if (next === undefined || next.kind === "num") return null;
  return { value: base, kind: "vague", begin: i, end: i + 1, rule: "num-vague" };
}

/** "twice", "three times", "2.5 times" → a multiplier count. */
export function readMultiplier(tokens: readonly Token[], i: number): NumberRead | null {
  const w = tokens[i]?.lower ?? "";
  if (w === "twice" || w === "thrice") {
    return { value: MULTIPLIERS[w]!, kind: "multiplier", begin: i, end: i + 1, rule: "num-multiplier-word" };
  }
  // "tenfold", "threefold"
  if (w.endsWith("fold")) {
    const stem = w.slice(0, -4);
    const v = UNITS[stem] ?? TENS[stem] ?? (stem === "hundred" ? 100 : undefined);
    if (v !== undefined && v > 1) return { value: v, kind: "multiplier", begin: i, end: i + 1, rule: "num-multiplier-fold" };
  }
  return null;
}

/** The index of a sign right before token i, or -1: "minus"/"negative", or a "-" at the start or after a space and
 * glued to the number (spaced too at the start of a text, with `spacedAtStart`) ("-0.3%", not the score "3-1", the range "5 - 6" or a dash "fell - 4 points"). */
export function signBefore(tokens: readonly Token[], i: number, spacedAtStart = false): number {
  const s = tokens[i - 1];
  if (s === undefined) return -1;
  if (SIGN_WORDS.has(s.lower)) return signWordLeads(tokens[i - 2]) ? i - 1 : -1;
  if (!SIGN_MARKS.has(s.text)) return -1;
  const before = tokens[i - 2];
  // a spaced "- 10" only opening a text read as a number ("- 8 pct bonds" in a list is a bullet)
  if (tokens[i]!.spaced) return before === undefined && spacedAtStart ? i - 1 : -1;
  if (before === undefined) return i - 1;
  if (!s.spaced) return -1;
  return before.kind === "num" || cardinalAt(tokens, i - 2) !== null ? -1 : i - 1;
}

/** "was minus 0.5%", "of minus 2", "need minus five": after a verb or a preposition "minus" is a sign; after a noun it
 * subtracts ("allocations minus 15 pct", "LIBOR minus 6-1/2 pct", "rates, minus 0.1 percentage points"). */
function signWordLeads(p: Token | undefined): boolean {
  if (p === undefined) return true;
  if (p.kind !== "word") return false;
  return SIGN_WORD_AFTER.has(p.lower) || (VERB_LEMMAS.has(p.lower) && !/^[A-Z]/.test(p.text));
}

/** Scientific notation after digits: "1.3e6", "12.32e+14", "1.1^23", "2.5^-1", "6.23x10^-4". Only the general
 * reader asks (readNumbers): claims drop formulas ("not-formula", "not-ordinal-or-code"). */
export function readExponent(tokens: readonly Token[], n: NumberRead): NumberRead | null {
  if (n.kind !== "digits" || n.end !== n.begin + 1) return null;
  const glued = (k: number): Token | undefined => (tokens[k] !== undefined && !tokens[k]!.spaced ? tokens[k] : undefined);
  let k = n.end;
  let base: number;
  const e = glued(k);
  if (e?.lower === "e") base = 10;
  else if (e?.text === "^") base = n.value;
  else if ((e?.lower === "x" || e?.text === "×") && glued(k + 1)?.text === "10" && glued(k + 2)?.text === "^") {
    base = 10;
    k += 2;
  } else return null;
  k++;
  let negative = false;
  for (let t = glued(k); t !== undefined && (t.text === "+" || t.text === "-"); t = glued(k)) {
    if (t.text === "-") negative = !negative;
    k++;
  }
  const exp = glued(k);
  if (exp === undefined || !/^\d{1,3}$/.test(exp.text)) return null;
  const power = Math.pow(base, negative ? -Number(exp.text) : Number(exp.text));
  const value = e?.text === "^" ? power : n.value * power;
  if (!Number.isFinite(value)) return null;
  return { value: Number(value.toPrecision(15)), kind: "digits", begin: n.begin, end: k + 1, rule: "num-exponent" };
}
