// Reading the number itself at a token: digits, number words, "a dozen", vague plurals, multipliers.
// Each reader returns null to decline; `end` is the index after the last token used.
import type { Token } from "../text/tokens.js";
import { MULTIPLIERS, TENS, UNITS, VAGUE, WORD_SCALES } from "../lexicon/numbers.js";

export type NumberKind = "digits" | "words" | "vague" | "multiplier";

export interface NumberRead {
  value: number;
  kind: NumberKind;
  /** token index range [begin, end) */
  begin: number;
  end: number;
  rule: string;
}

export function readDigits(tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (t?.kind !== "num") return null;
  const fraction = readFraction(tokens, i);
  if (fraction !== null) return fraction;
  const s = t.text;
  // "1,000,000.5": groups of three after commas; else a comma is a list separator ("1,2") — decline.
  // (Indian grouping "12,34,567.89" too)
  if (s.includes(",") && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) && !/^\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$/.test(s)) return null;
  if (s.split(".").length > 2) return null; // "1.2.3": a version or a date
  if (s.length > 40) return null; // a digit string, not an amount
  const value = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  return { value, kind: "digits", begin: i, end: i + 1, rule: "num-digits" };
}

const DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);

/** Wire-style fractions: "7/8", "1-1/8" (= 1.125). A numerator above the denominator ("24/7") or a third part
 * ("03/04/2005") declines. */
function readFraction(tokens: readonly Token[], i: number): NumberRead | null {
  const glue = (k: number, text?: string) => tokens[k] !== undefined && !tokens[k]!.spaced && (text === undefined || tokens[k]!.text === text);
  let whole = 0;
  let k = i;
  if (glue(k + 1, "-") && tokens[k + 2]?.kind === "num" && glue(k + 2) && glue(k + 3, "/")) {
    whole = Number(tokens[k]!.text);
    k += 2;
  }
  if (!glue(k + 1, "/") || tokens[k + 2]?.kind !== "num" || !glue(k + 2)) return null;
  if (glue(k + 3, "/")) return null;
  const num = Number(tokens[k]!.text);
  const den = Number(tokens[k + 2]!.text);
  if (!DENOMINATORS.has(den) || !(num < den) || num === 0) return null;
  return { value: whole + num / den, kind: "digits", begin: i, end: k + 3, rule: "num-fraction" };
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

/** "twenty-five", "three hundred and forty", "a dozen", "a million", "one-billion". */
export function readWords(tokens: readonly Token[], i: number): NumberRead | null {
  let total = 0;
  let current = 0;
  let used = false;
  let k = i;
  let last = i;
  if ((tokens[k]?.lower === "a" || tokens[k]?.lower === "an") && WORD_SCALES[tokens[k + 1]?.lower ?? ""] !== undefined) {
    current = 1;
    k++;
  }
  for (; k < tokens.length && k - i < 12; k++) {
    const w = tokens[k]!.lower;
    const unit = UNITS[w] ?? TENS[w];
    if (unit !== undefined) {
      if (used && current % 10 !== 0 && current < 100) break; // "two three" is not one number
      if (used && unit >= 20 && current % 100 !== 0) break;
      current += unit;
    } else if (WORD_SCALES[w] !== undefined && (current > 0 || total > 0)) {
      const scale = WORD_SCALES[w]!;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if ((w === "-" || w === "and") && used && isNumberWord(tokens[k + 1]?.lower)) {
      if (w === "-" && (tokens[k]!.spaced || tokens[k + 1]!.spaced)) break;
      continue;
    } else break;
    used = true;
    last = k;
  }
  if (!used) return null;
  return { value: total + current, kind: "words", begin: i, end: last + 1, rule: "num-words" };
}

function isNumberWord(w: string | undefined): boolean {
  return w !== undefined && (UNITS[w] !== undefined || TENS[w] !== undefined || WORD_SCALES[w] !== undefined);
}

/** "hundreds of", "tens of thousands", "hundreds of millions": value of the scale, read as a lower bound. */
export function readVague(tokens: readonly Token[], i: number): NumberRead | null {
  const w = tokens[i]?.lower ?? "";
  const base = VAGUE[w];
  if (base === undefined) return null;
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
