// Numbers written in words: one small state machine (`step`) that knows which word may follow which
// ("twenty-one", "three hundred and two thousand", "a dozen"), shared by the integer reader here and the fraction
// reader (read-fraction.ts), which uses it to check numerators and denominators.
import type { Token } from "../text/tokens.js";
import { TENS, UNITS, WORD_SCALES } from "../lexicon/numbers.js";
import { ZERO_WORDS } from "../lexicon/fractions.js";
import type { NumberRead } from "./read-number.js";

export type ItemKind = "unit" | "teen" | "tens" | "composite" | "hundred" | "big" | "dozen";

export interface WordItem {
  kind: ItemKind | "and" | "a";
  value: number;
  /** token index range [begin, end) */
  begin: number;
  end: number;
  /** an ordinal ("fifth", "thirds"): only fractions end on one */
  ordinal?: boolean;
  plural?: boolean;
  /** the ordinal as written, lower case */
  word?: string;
}

export interface WordState {
  total: number;
  current: number;
  /** the last big scale applied ("million" after "two million"): a later one must be smaller */
  lastBig: number;
  last: ItemKind | null;
}

export const START: WordState = { total: 0, current: 0, lastBig: Infinity, last: null };

/** The kind of a number word's value ("seven" unit, "twelve" teen, "forty" tens, "hundred", "million" big). */
export function kindOf(value: number): ItemKind {
  if (value < 10) return "unit";
  if (value < 20) return "teen";
  if (value < 100) return value % 10 === 0 ? "tens" : "composite";
  if (value === 100) return "hundred";
  return value === 12 ? "dozen" : "big";
}

/** The cardinal number word at token k, or null ("zero", "seven", "forty", "hundred", "million", "dozen"). */
export function cardinalAt(tokens: readonly Token[], k: number): (WordItem & { kind: ItemKind }) | null {
  const t = tokens[k];
  if (t === undefined || t.kind !== "word") return null;
  const w = t.lower;
  const v = UNITS[w] ?? TENS[w] ?? ZERO_WORDS[w];
  if (v !== undefined) return { kind: kindOf(v), value: v, begin: k, end: k + 1 };
  const scale = WORD_SCALES[w] ?? (w === "dozens" ? 12 : undefined);
  if (scale !== undefined) return { kind: scale === 12 ? "dozen" : scale === 100 ? "hundred" : "big", value: scale, begin: k, end: k + 1 };
  return null;
}

/** One more word of a number, or null when it cannot follow ("two three", "twenty thirty", "million million"). */
export function step(s: WordState, kind: ItemKind, value: number): WordState | null {
  switch (kind) {
    case "unit":
    case "teen":
      if (s.last === "unit" || s.last === "teen" || s.last === "composite" || s.last === "dozen") return null;
      if (s.last === "tens" && (kind === "teen" || value === 0)) return null;
      if (value === 0 && s.last !== null) return null;
      return { ...s, current: s.current + value, last: kind };
    case "tens":
    case "composite":
      if (s.current % 100 !== 0 || s.last === "dozen") return null;
      return { ...s, current: s.current + value, last: kind };
    case "hundred":
      if (s.current === 0 || s.current >= 100 || s.last === "dozen") return null;
      return { ...s, current: s.current * 100, last: "hundred" };
    case "dozen": {
      // "three hundred and two dozen" is 300 + 24: a dozen takes only what follows the hundreds
      if (s.current === 0 || s.last === "dozen") return null;
      const tail = s.current % 100;
      if (tail === 0) return null;
      return { ...s, current: s.current - tail + tail * 12, last: "dozen" };
    }
    case "big":
      // "a thousand million": a bigger scale right after a scale multiplies the whole
      if (s.current === 0) return s.last === "big" && value > s.lastBig ? { ...s, total: s.total * value, lastBig: value } : null;
      if (value >= s.lastBig) return null;
      return { total: s.total + s.current * value, current: 0, lastBig: value, last: "big" };
  }
}

export const valueOf = (s: WordState): number => s.total + s.current;

const isArticle = (t: Token | undefined): boolean => t?.lower === "a" || t?.lower === "an";

/** "twenty-five", "three hundred and forty", "a dozen", "a million", "one-billion", "fifty - two",
 * "two hundred point zero three". */
export function readWords(tokens: readonly Token[], i: number): NumberRead | null {
  let s = START;
  let k = i;
  const first = cardinalAt(tokens, i);
  const second = cardinalAt(tokens, i + 1);
  // "a dozen", "a hundred", "an eighth" is a fraction (read-fraction.ts); "hundred thousand" without its "one"
  if ((isArticle(tokens[i]) && (second?.kind === "hundred" || second?.kind === "big" || second?.kind === "dozen")) || (first?.kind === "hundred" && second?.kind === "big")) {
    s = { ...START, current: 1, last: "unit" };
    if (isArticle(tokens[i])) k++;
  }
  let end = -1;
  let scaleEnd = -1;
  let scaleState = s;
  let joined = false; // "and" or "-" read, waiting for its number
  while (k < tokens.length && k - i < 30) {
    const t = tokens[k]!;
    if ((t.lower === "and" || t.text === "-") && end > 0 && !joined) {
      // a glued "-" joins "twenty-one"; a spaced one only tens and units ("fifty - two"), never a range ("ten - twenty")
      const next = cardinalAt(tokens, k + 1);
      if (next === null || (t.text === "-" && !(s.last === "tens" && next.kind === "unit") && (t.spaced || tokens[k + 1]!.spaced))) break;
      joined = true;
      k++;
      continue;
    }
    const item = cardinalAt(tokens, k);
    if (item === null) break;
    const next = step(s, item.kind, item.value);
    if (next === null) {
      // "one million and two million", "three hundred two hundred": the second number starts after the last scale
      if ((item.kind === "big" || item.kind === "hundred") && scaleEnd > 0) {
        end = scaleEnd;
        s = scaleState;
      }
      break;
    }
    s = next;
    k++;
    end = k;
    joined = false;
    if (item.kind === "big" || item.kind === "hundred") {
      scaleEnd = k;
      scaleState = s;
    }
  }
  if (end < 0) return null;
  // "at one point three men were held": the idiom, not 1.3
  const idiom = end === i + 1 && tokens[i]!.lower === "one" && tokens[i - 1]?.lower === "at";
  const decimals = idiom ? null : readSpokenDecimals(tokens, end);
  if (decimals !== null) {
    return { value: Number(`${valueOf(s)}.${decimals.digits}`), kind: "words", begin: i, end: decimals.end, rule: "num-words-point" };
  }
  return { value: valueOf(s), kind: "words", begin: i, end, rule: "num-words" };
}

/** "point zero three", "point seventy-one", "point nought four": the digits after a spoken decimal point. */
function readSpokenDecimals(tokens: readonly Token[], k: number): { digits: string; end: number } | null {
  if (tokens[k]?.lower !== "point") return null;
  let digits = "";
  let j = k + 1;
  const first = cardinalAt(tokens, j);
  if (first === null || first.value >= 100) return null;
  if (first.kind === "unit") {
    // digit by digit: "zero three", "nought four"
    for (let d = cardinalAt(tokens, j); d !== null && d.kind === "unit"; d = cardinalAt(tokens, j)) {
      digits += String(d.value);
      j++;
    }
  } else {
    // one number said whole: "seventy-one", "eleven"
    let v = first.value;
    j++;
    const unit = cardinalAt(tokens, j + 1);
    if (first.kind === "tens" && tokens[j]?.text === "-" && unit?.kind === "unit" && unit.value > 0) {
      v += unit.value;
      j += 2;
    }
    digits = String(v);
  }
  return { digits, end: j };
}
