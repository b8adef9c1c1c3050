// Reading an amount around a number: currency before or after, scale words, percent marks.
// Extraction (which tokens) and resolution (what value) happen together here because each step needs the last.
import type { Token } from "../text/tokens.js";
import { phraseAt } from "../text/tokens.js";
import { GLUED_SCALES, SCALES } from "../lexicon/numbers.js";
import { CURRENCY_NAMES, CURRENCY_PREFIXES, WEAK_CURRENCY_NAMES, type Currency } from "../lexicon/currencies.js";
import { readDigits, readHalf, readLeadingPoint, readMultiplier, readVague, readWords, type NumberRead, type ReadOptions } from "./read-number.js";
import { readVulgar, readWordFraction } from "./read-fraction.js";
import { cardinalAt } from "./word-number.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";

export type AmountType = "count" | "money" | "percent";

export interface Amount {
  type: AmountType;
  value: number;
  /** token index range [begin, end) of the whole amount (currency and scale included, qualifier not) */
  begin: number;
  end: number;
  num: NumberRead;
  /** true when a scale word was read ("million", "bn") */
  scaled: boolean;
  /** product of the scale words read (1 when none) */
  scale: number;
  currency: Currency | null;
  percentUnit: "percent" | "percentage points" | null;
  rule: string;
}

const PERCENT_WORDS: readonly (readonly [string, number, "percent" | "percentage points"])[] = [
  ["percentage points", 2, "percentage points"],
  ["percentage point", 2, "percentage points"],
  ["percentage - point", 3, "percentage points"],
  // "30 percentage", "one hundred percents": loose, but nothing else than a percent
  ["percentage", 1, "percent"],
  ["percents", 1, "percent"],
  ["per cent", 2, "percent"],
  ["per-cent", 3, "percent"],
  ["percent", 1, "percent"],
  ["pct", 1, "percent"],
  ["%", 1, "percent"],
];

/** The first word of every percent phrase (a phrase's words are tokens joined by single spaces). */
const PERCENT_FIRST_WORDS: ReadonlySet<string> = new Set(PERCENT_WORDS.map(([phrase]) => phrase.split(" ")[0]!));

/** The number at token i: digits, then words as a multiplier, a vague plural, "half a million", a fraction in words
 * ("two thirds", "five and a half"), plain number words. In the general mode (readNumbers) also ".08" and "½". */
export function readNumber(tokens: readonly Token[], i: number, opts: ReadOptions = {}): NumberRead | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === "num") return readDigits(tokens, i, opts);
  if (t.kind !== "word") return opts.general === true ? (readLeadingPoint(tokens, i) ?? readVulgar(tokens, i)) : null;
  return readMultiplier(tokens, i) ?? readVague(tokens, i) ?? readHalf(tokens, i) ?? readWordFraction(tokens, i) ?? readWords(tokens, i);
}

/** A number with its scale words: "1.5 trillion", "a thousand million", "600m", "3 million and a half",
 * "two thirds of a million", "4 thousand 3 hundred and 21". `before` is the currency read before it, if any. */
export interface Scaled {
  num: NumberRead;
  value: number;
  end: number;
  scaled: boolean;
  scale: number;
  /** the number says a written-out scale ("3 hundred", "two hundred", "5 million"): another number may follow it */
  spelled: boolean;
}

export function readScaled(tokens: readonly Token[], i: number, opts: ReadOptions = {}, hasCurrency = false): Scaled | null {
  const num = readNumber(tokens, i, opts);
  if (num === null) return null;
  let value = num.value;
  let k = num.end;
  let scaled = false;
  let scale = 1;
  // "two thirds of a million": a fraction of a scale
  if (num.kind === "fraction" && tokens[k]?.lower === "of" && /^an?$/.test(tokens[k + 1]?.lower ?? "") && WORD_SCALE_SET.has(tokens[k + 2]?.lower ?? "")) k += 2;

  // Scale words, possibly several ("1.5 trillion", "a thousand million"); short forms only when glued ("600m").
  while (k < tokens.length && num.kind !== "vague" && num.kind !== "multiplier") {
    const t = tokens[k]!;
    if (SCALES[t.lower] === undefined || t.kind !== "word") break;
    const isGlued = !t.spaced;
    if (t.lower === "m" && isGlued && !hasCurrency && isMetres(tokens, num, k + 1)) break; // "400m", "1.76m": metres
    // "2.33 k": a spaced "k" only where nothing follows it, and only for the number reader (claims: "the 10 k race")
    const spacedK = opts.general === true && t.lower === "k" && !isGlued && num.kind === "digits" && (tokens[k + 1] === undefined || tokens[k + 1]!.kind === "punct");
    if (GLUED_SCALES.has(t.lower) && !isGlued && t.lower !== "mln" && t.lower !== "bln" && t.lower !== "bn" && !spacedK) break;
    if (!GLUED_SCALES.has(t.lower) && !GLUED_TOO.has(t.lower) && isGlued) break;
    scale *= SCALES[t.lower]!;
    value = round(value * SCALES[t.lower]!);
    scaled = true;
    k++;
    // "one-billion-dlr": a hyphen glued between scale and currency
    if (tokens[k]?.text === "-" && !tokens[k]!.spaced && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.spaced) {
      if (currencyAfter(tokens, k + 1) !== null) k++;
    }
  }
  // "US$ 1MM": finance's million, upper case and after a currency only ("5mm", "35MM FILM" are millimetres)
  const sign = tokens[num.begin - 1];
  if (!scaled && tokens[k]?.text === "MM" && !tokens[k]!.spaced && num.kind === "digits" && (hasCurrency || (sign !== undefined && /[$£€¥]$/.test(sign.text)))) {
    scale = 1e6;
    value = round(value * 1e6);
    scaled = true;
    k++;
  }
  const spelled = (scaled && SPELLED_SCALES.has(tokens[k - 1]!.lower)) || (num.kind === "words" && num.value >= 100 && Number.isInteger(num.value));
  if (scaled && spelled) {
    const tail = readTail(tokens, k, SCALES[tokens[k - 1]!.lower]!, opts);
    if (tail !== null) {
      value = round(value + tail.value);
      k = tail.end;
    }
  }
  return { num, value, end: k, scaled, scale, spelled };
}

const WORD_SCALE_SET: ReadonlySet<string> = new Set(["hundred", "thousand", "million", "billion", "trillion", "dozen"]);
/** Scale words written out: only after these does a number go on ("3 million and a half", "4 thousand 3 hundred"). */
const SPELLED_SCALES: ReadonlySet<string> = new Set(["hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"]);
/** Scale words that may also stand glued ("2mil"). */
const GLUED_TOO: ReadonlySet<string> = new Set(["mil"]);

/** What continues a number after a written-out scale: "and a half" (of that scale), "and three quarters million",
 * a smaller scaled number ("4 thousand 3 hundred"), or after "hundred" "and" and a number below a hundred
 * ("3 hundred and 21"). "$3 million and 200 jobs" does not continue. */
function readTail(tokens: readonly Token[], k: number, scale: number, opts: ReadOptions): { value: number; end: number } | null {
  const and = tokens[k]?.lower === "and" ? 1 : 0;
  const start = tokens[k + and];
  if (start === undefined) return null;
  if (and === 1) {
    const frac = start.kind === "word" ? readWordFraction(tokens, k + 1, true) : null;
    // not "$3 million and a quarter of the profits": a fraction of something else
    if (frac !== null && frac.kind === "fraction" && frac.value < 1 && frac.rule !== "num-fraction-half" && tokens[frac.end]?.lower !== "of") {
      const next = tokens[frac.end];
      const own = next !== undefined && next.kind === "word" ? SCALES[next.lower] : undefined;
      if (own !== undefined && WORD_SCALE_SET.has(next!.lower) && own < scale) return { value: frac.value * own, end: frac.end + 1 };
      return { value: frac.value * scale, end: frac.end };
    }
  }
  if (start.kind !== "num" && cardinalAt(tokens, k + and) === null) return null;
  const more = readScaled(tokens, k + and, opts);
  if (more === null || more.num.kind === "fraction" || more.value <= 0 || !Number.isInteger(more.num.value)) return null;
  if (!(more.value < scale)) return null;
  if (!more.spelled && !(and === 1 && scale === 100)) return null;
  return { value: more.value, end: more.end };
}

/** The amount whose number starts at token i; tokens before `minBegin` belong to an earlier amount. */
export function readAmount(tokens: readonly Token[], i: number, minBegin = 0): Amount | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const before = first.kind === "num" || first.kind === "word" ? currencyBefore(tokens, i, minBegin) : null;
  const read = readScaled(tokens, i, {}, before !== null);
  if (read === null) return null;
  const { num, value, scaled, scale } = read;
  let k = read.end;
  const rule = num.rule;

  // "one-billion-dlr": a hyphen glued before a currency name
  // (not "$24-$26": a sign before a number opens the range's second end)
  if (tokens[k]?.text === "-" && !tokens[k]!.spaced && currencyAfter(tokens, k + 1) !== null && !tokens[k + 1]!.spaced && tokens[k + 2]?.kind !== "num") k++;
  // "hundreds of millions of dollars"
  if (num.kind === "vague" && tokens[k]?.lower === "of" && currencyAfter(tokens, k + 1) !== null) k++;
  if (num.kind === "multiplier") {
    return { type: "count", value, begin: num.begin, end: k, num, scaled, scale, currency: null, percentUnit: null, rule };
  }

  // Percent marks after the number: only where the next word can begin one (most numbers have none), and each
  // phrase length built once
  if (PERCENT_FIRST_WORDS.has(tokens[k]?.lower ?? "")) {
    const texts: string[] = [];
    for (const [phrase, n, unit] of PERCENT_WORDS) {
      if ((texts[n] ??= phraseAt(tokens, k, n)) === phrase) {
        return { type: "percent", value, begin: num.begin, end: k + n, num, scaled, scale, currency: null, percentUnit: unit, rule: `${rule}+percent` };
      }
    }
  }

  // Currency before: "$", "US$", "£", "USD " — touching the number, or a letter code one space before.
  if (before !== null) {
    const after = currencyAfter(tokens, k);
    // "$5 US dollars" style doubles are rare; take the longer span but the prefix's code.
    // ("$ 20,000.00 $ 37,305.97": a sign before the next number is that number's)
    const end = after !== null && after.currency.code === before.currency.code && tokens[after.end]?.kind !== "num" ? after.end : k;
    return { type: "money", value: round(value * (before.currency.fraction ?? 1)), begin: before.begin, end, num, scaled, scale, currency: before.currency, percentUnit: null, rule: `${rule}+currency-prefix` };
  }

  // Currency after: "8 billion dollars", "30 trillion rupiah", "50p", "1,780 dlrs".
  const after = currencyAfter(tokens, k);
  if (after !== null && (!after.weak || scaled || !tokens[k]!.spaced) && !milestone(tokens, num.begin, after)) {
    return { type: "money", value: round(value * (after.currency.fraction ?? 1)), begin: num.begin, end: after.end, num, scaled, scale, currency: after.currency, percentUnit: null, rule: `${rule}+currency-name` };
  }

  if (num.kind === "words" || num.kind === "digits") {
    // "three times", "2.5 times", "10-fold"
    if (tokens[k]?.lower === "times" && tokens[k]!.spaced) {
      return { type: "count", value, begin: num.begin, end: k + 1, num, scaled, scale, currency: null, percentUnit: null, rule: "num-multiplier-times" };
    }
    if (tokens[k]?.text === "-" && tokens[k + 1]?.lower === "fold" && !tokens[k]!.spaced && !tokens[k + 1]!.spaced) {
      return { type: "count", value, begin: num.begin, end: k + 2, num, scaled, scale, currency: null, percentUnit: null, rule: "num-multiplier-fold" };
    }
  }
  return { type: "count", value, begin: num.begin, end: k, num, scaled, scale, currency: null, percentUnit: null, rule };
}

/** A glued "m" without a currency: metres for event distances ("the 400m", "5,000m titles") and for measures
 * written to the centimetre ("1.76m", "16.50m"); otherwise million ("14m viewers", "seen by 14m"). */
function isMetres(tokens: readonly Token[], num: NumberRead, k: number): boolean {
  const t = tokens[k];
  const v = num.value;
  const nounFollows = t !== undefined && t.kind === "word" && t.spaced && !NOT_A_NOUN.has(t.lower) && !/(?:ly|ed)$/.test(t.lower) && readWords(tokens, k) === null;
  if (Number.isInteger(v) && (v % 50 === 0 || v === 60 || v === 110)) return !nounFollows || EVENT_NOUNS.has(t!.lower);
  if (/\.\d\d$/.test(tokens[num.begin]!.text)) return !nounFollows;
  return false;
}

const EVENT_NOUNS = new Set(["hurdler", "hurdlers", "hurdles", "title", "titles", "runner", "runners", "specialist",
  "race", "races", "final", "finals", "gold", "silver", "bronze", "record", "event", "crown", "freestyle", "relay",
  "champion", "championship", "heat", "heats", "medal", "medallist", "sprint", "sprinter", "backstroke", "butterfly",
  "breaststroke", "medley", "mark", "world", "indoor", "outdoor"]);

const NOT_A_NOUN = new Set(["in", "on", "at", "to", "for", "from", "with", "and", "or", "but", "of", "by", "the", "a", "an",
  "is", "was", "were", "are", "be", "has", "had", "have", "will", "would", "as", "than", "that", "which", "while",
  "before", "after", "since", "during", "into", "over", "under", "semi", "run"]);

/** 16.74 × 1e9 is 16739999999.999998 in floating point: keep 15 significant digits. */
export function round(v: number): number {
  // an integer of at most 15 digits is already exact (most values): skip the trip through a string
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v;
  return Number(v.toPrecision(15));
}

interface CurrencyAt {
  currency: Currency;
  begin: number;
  end: number;
  weak: boolean;
}

const MAX_PREFIX_TOKENS = 4;
/** No prefix is longer: the longest table entry, or a 2-3 letter code with "$" ("mxn$"). */
const MAX_PREFIX_CHARS = Math.max(4, ...Object.keys(CURRENCY_PREFIXES).map((k) => k.length));

function currencyBefore(tokens: readonly Token[], numIndex: number, minBegin: number): CurrencyAt | null {
  // Longest prefix first: tokens glued to each other ("US$", "HK$"), or spaced in tokenized text ("us $ 150");
  // a symbol may stand one space before the digits ("$ 75 million"). A single letter must be glued and upper case
  // ("A$3bn"), or "a $5 fee" would read as Australian dollars.
  // The candidate texts are built once, right to left, and only while they can still be a prefix (this runs for
  // every number; most have a word before them that is already too long).
  const texts: string[] = [];
  const spacedInsides: boolean[] = [];
  let joined = "";
  let spacedAny = false;
  for (let n = 1; n <= MAX_PREFIX_TOKENS && numIndex - n >= minBegin; n++) {
    if (n > 1 && tokens[numIndex - n + 1]!.spaced) spacedAny = true;
    joined = tokens[numIndex - n]!.text + joined;
    if (joined.length > MAX_PREFIX_CHARS) break;
    texts.push(joined);
    spacedInsides.push(spacedAny);
  }
  for (let n = texts.length; n >= 1; n--) {
    const begin = numIndex - n;
    const text = texts[n - 1]!;
    const spacedInside = spacedInsides[n - 1]!;
    let currency = CURRENCY_PREFIXES[text];
    if (spacedInside && (currency === undefined || /^[A-Za-z]\$/.test(text))) currency = undefined;
    // tokenized or lower-case text: "us $ 150", "hk $ 10", "rmb 10", "mxn$ 15" (never a single letter: "a $5 fee")
    if (currency === undefined && (/^[a-z]{2,3}\$?$/i.test(text) || text === "c$")) currency = CURRENCY_PREFIXES[text.toUpperCase()] ?? CURRENCY_PREFIXES[text[0]!.toUpperCase() + text.slice(1).toLowerCase()];
    if (currency === undefined) continue;
    return { currency, begin, end: numIndex, weak: false };
  }
  return null;
}

/** "broke the 100 million mark", "the 10,000 mark for the first time": "the" + figure + "mark" names a milestone,
 *  not Deutsche Marks — unless a noun follows ("the 200 mln mark bond"). */
function milestone(tokens: readonly Token[], numBegin: number, after: CurrencyAt): boolean {
  if (!after.weak || tokens[after.begin]!.lower !== "mark" || tokens[numBegin - 1]?.lower !== "the") return false;
  const n = tokens[after.end];
  return n === undefined || n.kind !== "word" || UNIT_STOPWORDS.has(n.lower) || /^(?:last|this|next)$/.test(n.lower);
}

/** The first word of every currency name: most words after a number begin none, and need no phrase built. */
const CURRENCY_FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_NAMES).map((k) => k.split(" ")[0]!));

function currencyAfter(tokens: readonly Token[], k: number): CurrencyAt | null {
  // a name's words are tokens joined by single spaces, so its first word is the token at k ("" past the end)
  if (!CURRENCY_FIRST_WORDS.has(tokens[k]?.lower ?? "")) return null;
  for (let n = 3; n >= 1; n--) {
    const phrase = phraseAt(tokens, k, n);
    const currency = CURRENCY_NAMES[phrase];
    if (currency === undefined) continue;
    if (phrase === "p" && tokens[k]!.spaced) continue; // "50p" only when glued
    return { currency, begin: k, end: k + n, weak: WEAK_CURRENCY_NAMES.has(phrase) };
  }
  return null;
}
