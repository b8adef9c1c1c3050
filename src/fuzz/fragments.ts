// The raw material of hostile input, as data: characters and words that have broken text tools before.
// Shared by the fast-check generators (property tests, fuzz campaign) and the scaling benchmark.

/** Emoji (surrogate pairs, ZWJ sequences, flags, skin tones), combining marks, RTL text and direction controls. */
export const UNICODE_BITS: readonly string[] = [
  "😀", "👩‍👩‍👧", "🇬🇧", "👍🏽", "🏳️‍🌈", "𝟏𝟐𝟑", "𝐀", "💰", "€", "£", "¥", "₹", "₩",
  "e\u0301", "\u0301", "\u0308\u0308", "Z\u0335\u0321\u0334", "\u20dd",
  "مليون", "٣٤٥", "שלום", "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069",
  "\u00a0", "\u2009", "\u202f", "\u3000", "\u2002", "\u1680", "\u2028", "\u2029", "\u0085",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
  "\t", "\r\n", "\r", "\n", "\n\n", "\u000b", "\u000c", "\u0001", "\u007f",
  "\ud83d", "\ude00", "\udbff\udfff", "\uffff", "\ufffd",
  "１２３", "½", "²", "Ⅻ", "İ", "ß", "ﬁ", "Σ", "ǅ",
];

export const QUOTE_MARKS: readonly string[] = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」", "``", "''", "‟", "‚"];

/** Words a lexicon lookup must never find on Object.prototype. */
export const PROTOTYPE_WORDS: readonly string[] = [
  "constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "isPrototypeOf",
  "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupGetter__", "Constructor", "PROTO",
];

/** Words the engine reacts to: numbers, scales, currencies, qualifiers, time words, attribution cues. */
export const ENGINE_WORDS: readonly string[] = [
  "1", "2.7", "1,000", "2014", "31", "0", "-5", "10-20", "5k", "$", "US$", "£", "€", "¥", "%", "per cent",
  "percentage points", "million", "bn", "mln", "m", "billion", "trillion", "dozen", "hundreds of", "thousands",
  "three", "twenty-five", "half", "twice", "around", "about", "at least", "more than", "up to", "between", "and",
  "to", "from", "since", "in", "on", "last", "year", "years", "months", "quarter", "Q3", "January", "May",
  "Thursday", "ago", "said", "told", "according to", "reported", "he", "she", "they", "officials", "Mr", "Dr",
  "Ministry", "Reuters", "dollars", "euros", "rupiah", "pence", "cents", "people", "tonnes", "shares", "FY2019",
  "1980s", "mid-2000s", "24/7", "COVID-19", "3-1", "No.", "U.S.", "(", ")", "[", "]", ",", ".", ";", ":", "-",
  "—", "–", "/", "…", "!", "?",
];

export const PUNCTUATION: readonly string[] = [".", "!", "?", ",", ";", ":", "-", "—", "…", "(", ")", "[", "]", "'", '"', "“", "”", "/", "*", "%", "$"];

/** "1" then `digits` more digits: one number token of unbounded length. */
export function longDigits(digits: number): string {
  return "1" + "0123456789".repeat(Math.ceil(digits / 10)).slice(0, digits);
}

/** "1,000,000,…" with `groups` thousands groups. */
export function longGroups(groups: number): string {
  return "1" + ",000".repeat(groups);
}
