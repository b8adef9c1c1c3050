// Fraction words, spoken zeros and fraction characters, as data: "two thirds", "a hundredth", "nought point five", "½".
import { table } from "./table.js";

/** Ordinal words that can name a fraction's denominator ("thirds", "a fifth", "twenty-firsts"), singular and plural.
 * "first"/"second" only close a compound ("twenty-first"): alone they are ranks and "seconds" are time. */
export const ORDINAL_DENOMINATORS: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, quarter: 4, quarters: 4,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
  trillionth: 1e12,
  firsts: 1, thirds: 3, fourths: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9, tenths: 10,
  elevenths: 11, twelfths: 12, thirteenths: 13, fourteenths: 14, fifteenths: 15, sixteenths: 16, seventeenths: 17,
  eighteenths: 18, nineteenths: 19, twentieths: 20, thirtieths: 30, fortieths: 40, fiftieths: 50, sixtieths: 60,
  seventieths: 70, eightieths: 80, ninetieths: 90, hundredths: 100, thousandths: 1e3, millionths: 1e6,
  billionths: 1e9, trillionths: 1e12,
});

/** Ordinals that stand for a fraction only inside a compound ("twenty-first", "one twenty-second"). */
export const COMPOUND_ONLY_ORDINALS: ReadonlySet<string> = new Set(["first", "second", "firsts"]);

/** After a singular fraction ("a third", "one fifth"), a following word makes it a rank unless it is one of these
 * ("a third of", "one and a half times"): "a third term", "one fifth place" are ordinals. */
export const AFTER_SINGULAR_FRACTION: ReadonlySet<string> = new Set([
  "of", "and", "or", "times", "percent", "per", "pct", "million", "billion", "trillion", "thousand", "hundred", "dozen",
  "more", "less", "than", "is", "was", "are", "were", "to", "in", "for",
]);

/** Zero in speech: "nought point five", "naught". */
export const ZERO_WORDS: Readonly<Record<string, number>> = table({ nought: 0, naught: 0 });

/** Unicode vulgar fractions. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = table({
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
  "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅑": 1 / 9, "⅒": 1 / 10,
});

/** Signs in front of a number: "minus five", "negative one", "-4". */
export const SIGN_WORDS: ReadonlySet<string> = new Set(["minus", "negative"]);
export const SIGN_MARKS: ReadonlySet<string> = new Set(["-", "−"]);
/** Words after which "minus" is a sign, not a subtraction (verbs are looked up in the verb lexicon too). */
export const SIGN_WORD_AFTER: ReadonlySet<string> = new Set([
  "is", "was", "were", "are", "be", "been", "being", "of", "at", "to", "by", "from", "between", "and", "or", "than",
  "about", "around", "nearly", "almost", "roughly", "approximately", "fell", "rose", "stood", "hit", "reached",
]);
