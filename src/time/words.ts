// Reading single time words off the token stream: month and weekday names, day numbers, years, ordinals,
// counts of units. Each reader returns null to decline; `end` is the index after the last token used.
import type { Token } from "../text/tokens.js";
import { MONTHS, WEEKDAYS } from "../lexicon/time-words.js";
import { ORDINALS, ORDINAL_SUFFIXES } from "../lexicon/time-phrases.js";
import { TENS, UNITS } from "../lexicon/numbers.js";

export type Tokens = readonly Token[];

/** Lower-case word with a possessive "'s" dropped ("Thursday's" → "thursday"). */
export function word(tokens: Tokens, k: number): string {
  const t = tokens[k];
  if (t === undefined || t.kind !== "word") return t?.text ?? "";
  return t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
}

/** The token after an optional "the" at k: "the 20th century" and "20th century" read on from the same place. */
export function afterThe(tokens: Tokens, k: number): number {
  return word(tokens, k) === "the" ? k + 1 : k;
}

/** True when tokens[k] touches the token before it. */
export function glued(tokens: Tokens, k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.spaced && k > 0;
}

export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.text[0] !== t.lower[0];
}

export interface Read<T> {
  value: T;
  end: number;
}

const FULL_MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december"]);

/** "Oct", "October", "Oct." → month number. Lower-case "may" and "march" are verbs far more often than months. */
export function readMonth(tokens: Tokens, k: number): Read<number> & { strong: boolean } | null {
  const t = tokens[k];
  if (t?.kind !== "word") return null;
  const w = word(tokens, k);
  const m = MONTHS[w];
  if (m === undefined) return null;
  const dot = tokens[k + 1]?.text === "." && glued(tokens, k + 1) && !FULL_MONTHS.has(w) ? 1 : 0; // "Sept."
  // full names written with a capital are months; abbreviations and "May"/"March" need a day, year or cue
  const strong = isCapitalised(t) && FULL_MONTHS.has(w) && w !== "may" && w !== "march";
  return { value: m, end: k + 1 + dot, strong };
}

export function readWeekday(tokens: Tokens, k: number): Read<number> | null {
  const t = tokens[k];
  if (t?.kind !== "word") return null;
  const w = word(tokens, k);
  const d = WEEKDAYS[w];
  // abbreviations ("Sun", "Sat", "Wed") are names and verbs too; only full names stand alone
  if (d === undefined || w.length < 6) return null;
  return { value: d, end: k + 1 };
}

/** A day of the month: "12", "12th", "1st" (not "12,000" nor "12.5"). */
export function readDay(tokens: Tokens, k: number): Read<number> | null {
  const t = tokens[k];
  if (t?.kind !== "num" || !/^\d{1,2}$/.test(t.text)) return null;
  const d = Number(t.text);
  if (d < 1 || d > 31) return null;
  const suffix = tokens[k + 1];
  if (suffix !== undefined && glued(tokens, k + 1) && ORDINAL_SUFFIXES.has(suffix.lower)) return { value: d, end: k + 2 };
  if (suffix !== undefined && glued(tokens, k + 1) && suffix.kind === "word") return null; // "12m", "3G"
  return { value: d, end: k + 1 };
}

/** A four-digit year 1000–2999 standing alone ("2014", not "2014-15" parts, "12,014" or "2014th"). */
export function readYear(tokens: Tokens, k: number): Read<number> | null {
  const t = tokens[k];
  if (t?.kind !== "num" || !/^[12]\d{3}$/.test(t.text)) return null;
  const next = tokens[k + 1];
  if (next !== undefined && glued(tokens, k + 1) && (next.kind === "word" && next.lower !== "'s" && next.lower !== "s")) return null;
  return { value: Number(t.text), end: k + 1 };
}

/** "fourth", "4th", "4TH", "Q4"-style digits: an ordinal number. */
export function readOrdinal(tokens: Tokens, k: number): Read<number> | null {
  const t = tokens[k];
  if (t === undefined) return null;
  if (t.kind === "word") {
    // "twenty-first" is three tokens
    if (TENS[t.lower] !== undefined && tokens[k + 1]?.text === "-" && glued(tokens, k + 1) && glued(tokens, k + 2)) {
      const unit = ORDINALS[tokens[k + 2]?.lower ?? ""];
      if (unit !== undefined && unit < 10) return { value: TENS[t.lower]! + unit, end: k + 3 };
    }
    const v = ORDINALS[t.lower];
    return v === undefined ? null : { value: v, end: k + 1 };
  }
  if (t.kind !== "num" || !/^\d{1,2}$/.test(t.text)) return null;
  const suffix = tokens[k + 1];
  if (suffix === undefined || !glued(tokens, k + 1) || !ORDINAL_SUFFIXES.has(suffix.lower)) return null;
  return { value: Number(t.text), end: k + 2 };
}

/** How many units: "12", "twelve", "a", "an", "one", "a couple of", "12-1/2". */
export function readCount(tokens: Tokens, k: number): Read<number> | null {
  const t = tokens[k];
  if (t === undefined) return null;
  if (t.kind === "num") {
    if (!/^\d+(?:\.\d+)?$/.test(t.text)) return null;
    const v = Number(t.text);
    // wire fractions: "12-1/2 year"
    const [a, b, c, d] = [tokens[k + 1], tokens[k + 2], tokens[k + 3], tokens[k + 4]];
    if (a?.text === "-" && glued(tokens, k + 1) && b?.kind === "num" && glued(tokens, k + 2) && c?.text === "/" && glued(tokens, k + 3) && d?.kind === "num" && glued(tokens, k + 4)) {
      const f = Number(b.text) / Number(d.text);
      if (f > 0 && f < 1) return { value: v + f, end: k + 5 };
    }
    return { value: v, end: k + 1 };
  }
  const w = t.lower;
  if (w === "a" || w === "an" || w === "one") {
    if (tokens[k + 1]?.lower === "couple" && tokens[k + 2]?.lower === "of") return { value: 2, end: k + 3 };
    return { value: 1, end: k + 1 };
  }
  if (w === "half" && (tokens[k + 1]?.lower === "a" || tokens[k + 1]?.lower === "an")) return { value: 0.5, end: k + 2 };
  const unit = UNITS[w] ?? TENS[w];
  if (unit === undefined) return null;
  // "twenty-five"
  if (TENS[w] !== undefined && tokens[k + 1]?.text === "-" && glued(tokens, k + 1) && UNITS[tokens[k + 2]?.lower ?? ""] !== undefined && glued(tokens, k + 2)) {
    return { value: unit + UNITS[tokens[k + 2]!.lower]!, end: k + 3 };
  }
  return unit > 0 ? { value: unit, end: k + 1 } : null;
}
