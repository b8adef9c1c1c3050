// Number words, scale words and vague plurals, as data.
import { table } from "./table.js";

export const UNITS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});

export const TENS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words after a number: "2.7 million", "$1.13bn", "£600m", "5k", "5.93 mln". */
export const SCALES: Readonly<Record<string, number>> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, bn: 1e9, b: 1e9, bln: 1e9, billions: 1e9, tn: 1e12, trn: 1e12,
  crore: 1e7, lakh: 1e5, tln: 1e12, mil: 1e6, dozen: 12, dozens: 12,
});

/** Scale words that may stand glued to the digits ("600m", "1.13bn", "5k"); written apart they need a full word. */
export const GLUED_SCALES: ReadonlySet<string> = new Set(["k", "m", "mn", "bn", "b", "tn", "trn", "mln", "bln"]);

/** Vague plurals: "hundreds of" → at least 100. "several" and "few" count only before a scale word ("several
 *  hundred", "a few thousand" → at least 100, 1,000, as "hundreds" is at least 100). */
export const VAGUE: Readonly<Record<string, number>> = table({
  dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  tens: 10, several: 1, few: 1,
});

/** "a dozen", "a hundred", "a million": the article counts as one. */
export const WORD_SCALES: Readonly<Record<string, number>> = table({
  dozen: 12, hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** Multipliers: "twice" → 2, "three times" (handled with a number word + "times"). */
export const MULTIPLIERS: Readonly<Record<string, number>> = table({ twice: 2, thrice: 3, double: 2, treble: 3, triple: 3 });

/** Fractions said in words before "percentage point": "half a percentage point". */
export const FRACTIONS: Readonly<Record<string, number>> = table({ half: 0.5, quarter: 0.25, third: 1 / 3 });
