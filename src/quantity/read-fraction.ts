// Fractions in words and signs: "two thirds", "a hundredth", "one and a half", "twenty and three fifths",
// "one hundred thirty-fifths" (100/35), "½", and ratios read as one value ("one in three", "1 over 20").
// A fraction is read as one run of number words ending on an ordinal; the run is then split into a whole part,
// a numerator and a denominator, each checked with the word-number state machine (word-number.ts).
import type { Token } from "../text/tokens.js";
import { AFTER_SINGULAR_FRACTION, COMPOUND_ONLY_ORDINALS, ORDINAL_DENOMINATORS, VULGAR_FRACTIONS } from "../lexicon/fractions.js";
import { TIME_UNITS } from "../lexicon/time-words.js";
import { cardinalAt, kindOf, START, step, valueOf, type WordItem, type WordState } from "./word-number.js";
import type { NumberRead } from "./read-number.js";

const round = (v: number): number => Number(v.toPrecision(15));

const MAX_RUN = 16;

/** The words from token i up to and including an ordinal; null when the run does not end on one. */
function fractionRun(tokens: readonly Token[], i: number): WordItem[] | null {
  const items: WordItem[] = [];
  let hyphen = false;
  for (let k = i; k < tokens.length && items.length < MAX_RUN; k++) {
    const t = tokens[k]!;
    const last = items[items.length - 1];
    if (t.lower === "a" || t.lower === "an") {
      if (last !== undefined && last.kind !== "and") return null;
      items.push({ kind: "a", value: 1, begin: k, end: k + 1 });
      continue;
    }
    if (t.lower === "and" || t.text === "-") {
      if (last === undefined || last.kind === "and" || last.kind === "a" || hyphen) return null;
      if (t.text === "-") hyphen = true;
      else items.push({ kind: "and", value: 0, begin: k, end: k + 1 });
      continue;
    }
    const ord = t.kind === "word" ? ORDINAL_DENOMINATORS[t.lower] : undefined;
    if (ord !== undefined) {
      items.push({ kind: kindOf(ord), value: ord, begin: k, end: k + 1, ordinal: true, plural: t.lower.endsWith("s"), word: t.lower });
      return items;
    }
    const card = cardinalAt(tokens, k);
    if (card === null) return null;
    // "twenty-three", "ninety - five": a hyphen joins tens and a unit into one word
    if (hyphen && last?.kind === "tens" && card.kind === "unit" && card.value > 0) {
      items[items.length - 1] = { kind: "composite", value: last.value + card.value, begin: last.begin, end: k + 1 };
    } else items.push(card);
    hyphen = false;
  }
  return null;
}

/** The value of number words, or null when they do not make one number ("a" counts one only first). */
function evaluate(items: readonly WordItem[]): number | null {
  if (items.length === 0 || items[0]!.kind === "and" || items[items.length - 1]!.kind === "and") return null;
  let s: WordState = START;
  for (let n = 0; n < items.length; n++) {
    const it = items[n]!;
    if (it.kind === "and") continue;
    if (it.kind === "a") {
      if (n !== 0) return null;
      s = { ...START, current: 1, last: "unit" };
      if (items.length > 1 && !["hundred", "big", "dozen"].includes(items[1]!.kind)) return null;
      continue;
    }
    const next = step(s, it.kind, it.value);
    if (next === null) return null;
    s = next;
  }
  return valueOf(s);
}

/** A denominator: an ordinal, or number words closing on one ("thirty fifths" = 35, "one hundred fifth" = 105). */
function denominator(items: readonly WordItem[]): number | null {
  const head = items[0]!;
  if (items.length === 1) return COMPOUND_ONLY_ORDINALS.has(head.word ?? "") ? null : head.value;
  // it starts on a unit, teen or tens word: "hundred fifths" after "ninety-five" is part of the numerator
  if (head.kind === "a" || head.kind === "and" || head.kind === "hundred" || head.kind === "big" || head.kind === "dozen") return null;
  return evaluate(items);
}

/** "two thirds", "a hundredth", "one and a half", "one hundred and three and two thirds", "three twenty-firsts".
 * `afterAnd`: the fraction closes a mixed number ("3 million and a half"). */
export function readWordFraction(tokens: readonly Token[], i: number, afterAnd = false): NumberRead | null {
  const first = tokens[i];
  if (first === undefined || first.kind !== "word") return null;
  // a bare "half" ("more than half the people"), not "the second half"
  if (first.lower === "half") {
    const before = tokens[i - 1]?.lower ?? "";
    if (ORDINAL_DENOMINATORS[before] !== undefined || before === "other") return null;
    return { value: 0.5, kind: "fraction", begin: i, end: i + 1, rule: "num-fraction-half" };
  }
  const run = fractionRun(tokens, i);
  if (run === null || run.length < 2) return null;
  const ord = run[run.length - 1]!;
  const singular = !ord.plural;
  // the longest denominator that leaves a numerator: "one hundred thirty fifths" is 100/35, "twenty fifths" 20/5
  for (let split = 1; split < run.length; split++) {
    const den = denominator(run.slice(split));
    if (den === null || den === 0) continue;
    const front = run.slice(0, split);
    // a mixed number: "twenty and three fifths", "one and a half"
    const and = front.map((it) => it.kind).lastIndexOf("and");
    const wholeItems = and > 0 ? front.slice(0, and) : [];
    const numItems = and > 0 ? front.slice(and + 1) : front;
    const num = evaluate(numItems);
    const whole = and > 0 ? evaluate(wholeItems) : 0;
    if (num === null || whole === null) continue;
    // "a fifth", "one fifth": a singular denominator takes one; "two millionth" is no fraction
    if (singular && !(numItems.length === 1 && num === 1)) continue;
    // ("3 million and a half": after "and" it cannot be a rank)
    if (singular && and < 0 && !afterAnd && !singularEnds(tokens, ord.end)) return null;
    // "one hundred and thirty fifths": a numerator over the denominator is not the fraction part of a mixed number
    if (!(and > 0 && num < den)) return { value: (whole + num) / den, kind: "fraction", begin: i, end: ord.end, rule: "num-fraction-words" };
    // after a big scale the fraction is of that scale: "five billion and three quarters", "one billion and a half
    // million" (of the smaller scale named after it)
    const big = wholeItems[wholeItems.length - 1]!;
    if (big.kind === "big") {
      // "one billion and a quarter of the shares": the fraction is of something else
      if (tokens[ord.end]?.lower === "of") return null;
      const after = cardinalAt(tokens, ord.end);
      const of = after?.kind === "big" && after.value < big.value ? after : null;
      return { value: round(whole + (num / den) * (of ?? big).value), kind: "words", begin: i, end: of?.end ?? ord.end, rule: "num-fraction-of-scale" };
    }
    return { value: whole + num / den, kind: "words", begin: i, end: ord.end, rule: "num-fraction-mixed" };
  }
  return null;
}

/** "a third of", "one and a half times", "a fifth." are fractions; "a third term", "one fifth place" are ranks. */
function singularEnds(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t === undefined || t.kind !== "word" || AFTER_SINGULAR_FRACTION.has(t.lower);
}

/** "½", "2½": a fraction sign, alone or after a whole number. */
export function readVulgar(tokens: readonly Token[], i: number): NumberRead | null {
  const v = VULGAR_FRACTIONS[tokens[i]?.text ?? ""];
  return v === undefined ? null : { value: v, kind: "fraction", begin: i, end: i + 1, rule: "num-fraction-sign" };
}

const RATIO_WORDS = ["over", "in", "out of"] as const;

/** "one in three", "1 over 20", "one out of three": two numbers read as one ratio. The first number has been read
 * (`first`); "in" and "out of" make a ratio only when it is the smaller ("12 in six boxes" is two numbers), and
 * never before a time unit or a year ("2 in 5 years", "1 in 2019"). */
export function readRatio(tokens: readonly Token[], first: NumberRead, readNext: (k: number) => NumberRead | null): NumberRead | null {
  let k = first.end;
  const w = tokens[k]?.lower;
  let word: (typeof RATIO_WORDS)[number];
  if (w === "over" || w === "in") word = w;
  else if (w === "out" && tokens[k + 1]?.lower === "of") {
    word = "out of";
    k++;
  } else return null;
  if (!Number.isInteger(first.value) || first.kind === "fraction" || first.kind === "vague") return null;
  const second = readNext(k + 1);
  if (second === null || !Number.isInteger(second.value) || second.value <= 0 || second.kind === "vague" || second.kind === "fraction") return null;
  if (word !== "over" && !(first.value < second.value)) return null;
  const after = tokens[second.end];
  if (after !== undefined && (TIME_UNITS[after.lower] !== undefined || after.text === "%" || after.lower === "percent")) return null;
  const text = tokens[second.begin]!.text;
  if (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100) return null;
  return { value: first.value / second.value, kind: "fraction", begin: first.begin, end: second.end, rule: "num-ratio" };
}
