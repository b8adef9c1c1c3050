// Numbers that are not quantity claims: years, ordinals, names and products, times, phone numbers, scores, labels.
// Rules as data: the first that matches rejects the amount; its id is what --debug shows in the trace.
import type { Token } from "../text/tokens.js";
import type { Amount } from "./read-amount.js";
import { CLOCK_WORDS, MONTHS, TIME_UNITS, WEEKDAYS } from "../lexicon/time-words.js";
import { GLUED_UNITS, LABEL_NOUNS, MEASURE_WORDS, NAME_EXEMPT } from "../lexicon/labels.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";
import { AGE_RANGE_JOINERS, AGE_WORDS, ROUND_WORDS, TITLE_NOUNS, TURNING, UNITS_WORDS, ageAtDeath, ageOfPerson, dayBeforeAnother, isMonthWord, nameOpensSentence, nothingCountedAfter, raceDistance, theBareFigure } from "./filter-cues.js";

export interface FilterRule {
  readonly id: string;
  /** Which amount types the rule applies to. */
  readonly types: readonly Amount["type"][];
  readonly reject: (tokens: readonly Token[], a: Amount) => boolean;
}

const ALL = ["count", "money", "percent"] as const;
const COUNT = ["count"] as const;

const prev = (tokens: readonly Token[], a: Amount, n = 1): Token | undefined => tokens[a.begin - n];
const next = (tokens: readonly Token[], a: Amount, n = 0): Token | undefined => tokens[a.end + n];
const numToken = (tokens: readonly Token[], a: Amount): Token => tokens[a.num.begin]!;

function isYearToken(t: Token | undefined): boolean {
  return t !== undefined && /^(?:1[89]|20)\d\d$/.test(t.text);
}

function isYear(tokens: readonly Token[], a: Amount): boolean {
  const t = numToken(tokens, a);
  if (a.num.kind !== "digits" || a.scaled || !/^\d{4}$/.test(t.text)) return false;
  const y = Number(t.text);
  return y >= 1000 && y <= 2100;
}

export const FILTERS: readonly FilterRule[] = [
  // "two thirds of voters", "half", "a quarter", "one in three": fractions are debatable in the annotation guide, so
  // no claim ("three quarters billion", "two thirds of a million" are amounts: a scale makes them whole)
  { id: "not-fraction", types: ALL, reject: (_t, a) => a.num.kind === "fraction" && !a.scaled },
  // "24/7", "03/04/2005", "1/8": slashes make dates, fractions and ratios
  { id: "not-slash", types: ALL, reject: (t, a) => next(t, a)?.text === "/" && !next(t, a)!.spaced || (prev(t, a)?.text === "/" && !numToken(t, a).spaced) },
  // "10:30", "3pm", "10 am", "5 o'clock"
  { id: "not-clock", types: ALL, reject: (t, a) => next(t, a)?.text === ":" && !next(t, a)!.spaced && next(t, a, 1)?.kind === "num" || (prev(t, a)?.text === ":" && !numToken(t, a).spaced) || CLOCK_WORDS.has(next(t, a)?.lower ?? "") },
  // phone numbers and codes: a leading zero, "+44", or bare numbers side by side ("020 7946 0018")
  { id: "not-phone", types: COUNT, reject: (t, a) => /^0\d/.test(numToken(t, a).text) || (prev(t, a)?.text === "+" && !numToken(t, a).spaced) || (next(t, a)?.kind === "num" && !isYearToken(next(t, a))) || (prev(t, a)?.kind === "num" && !isYearToken(prev(t, a))) },
  // "3-1", "1-0": two numbers joined by a dash that do not make a rising range are a score or a code
  { id: "not-score", types: COUNT, reject: (t, a) => (next(t, a)?.text === "-" && !next(t, a)!.spaced && next(t, a, 1)?.kind === "num" && !next(t, a, 1)!.spaced) || (prev(t, a)?.text === "-" && !numToken(t, a).spaced && prev(t, a, 2)?.kind === "num" && !prev(t, a)!.spaced) },
  // "?q=30%25%2020%", "issn%280024%2D9114": percent-encoding and query strings in a URL, not figures
  { id: "not-url-encoded", types: ALL, reject: (t, a) => { const n = next(t, a); const p = prev(t, a); return (a.type === "percent" && t[a.end - 1]?.text === "%" && n !== undefined && !n.spaced && n.kind !== "punct") || (p !== undefined && !numToken(t, a).spaced && (p.text === "%" || p.text === "=")); } },
  // "caf&#233;": an HTML character reference
  { id: "not-entity", types: ALL, reject: (t, a) => prev(t, a)?.text === "#" && prev(t, a, 2)?.text === "&" },
  // "2+2=5", "6.23x10": arithmetic, not a figure
  { id: "not-formula", types: COUNT, reject: (t, a) => { const n = next(t, a); const p = prev(t, a); return (n !== undefined && !n.spaced && /^[+=*^×]$/.test(n.text)) || (p !== undefined && !numToken(t, a).spaced && /^[+=*^×]$/.test(p.text)); } },
  // "Radio 1's", "Channel 4's": a number with a possessive is a name
  { id: "not-possessive", types: COUNT, reject: (t, a) => { const n = next(t, a); return n !== undefined && !n.spaced && (n.lower === "'s" || n.lower === "’s" || ((n.text === "'" || n.text === "’") && next(t, a, 1)?.lower === "s")); } },
  // "England (2), Samoa (7)": a bare number in brackets is a seed, a note or a reference
  { id: "not-bracketed", types: COUNT, reject: (t, a) => prev(t, a)?.text === "(" && next(t, a)?.text === ")" },
  // "Mr Jackson, 46, denies …", "… and former chef Nick Wood, 41.": an age in apposition after a name
  { id: "not-apposed-age", types: COUNT, reject: (t, a) => prev(t, a)?.text === "," && /^[A-Z][a-z]/.test(prev(t, a, 2)?.text ?? "") && (next(t, a) === undefined || [",", ")", ".", ";"].includes(next(t, a)!.text)) && Number.isInteger(a.value) && a.value > 0 && a.value < 110 && a.num.kind === "digits" },
  // "Six Nations", "the Big Three": a capitalised word number inside a sentence, before a capitalised word, is a name
  { id: "not-name-words", types: COUNT, reject: (t, a) => a.num.kind === "words" && a.begin > 0 && /^[A-Z]/.test(numToken(t, a).text) && /^[A-Z]/.test(next(t, a)?.text ?? "") && prev(t, a)?.text !== "." && prev(t, a)?.text !== ":" && prev(t, a)?.text !== '"' },
  // "1990s": a decade
  { id: "not-decade", types: COUNT, reject: (t, a) => next(t, a)?.lower === "s" && !next(t, a)!.spaced || next(t, a)?.lower === "'s" },
  // "the 400m", "a 60m hurdler": race distances name events (glued metres, round numbers)
  { id: "not-event-distance", types: COUNT, reject: (t, a) => { const n = next(t, a); return n?.lower === "m" && !n.spaced && Number.isInteger(a.value) && (a.value % 50 === 0 || a.value === 60 || a.value === 110); } },
  // "the men's 800m", "US 400m and 200m legend", "a runaway 800m victory": a race read as millions
  { id: "not-race-distance", types: COUNT, reject: raceDistance },
  // years belong to dates and periods
  { id: "not-year", types: COUNT, reject: isYear },
  // "3rd", "21st", "fourth": ordinals; glued letters ("3G", "4x4", "737s") make names
  { id: "not-ordinal-or-code", types: COUNT, reject: (t, a) => { const n = next(t, a); return n !== undefined && !n.spaced && n.kind === "word" && a.end === a.num.end && !GLUED_UNITS.has(n.lower); } },
  // "G8", "MP3", "A380", "COVID-19", "Catch-22", "Formula-1": letters or a hyphen glued before the number
  { id: "not-in-name", types: ALL, reject: (t, a) => { const p = prev(t, a); const n = numToken(t, a); return p !== undefined && !n.spaced && a.begin === a.num.begin && (p.kind === "word" || (p.text === "-" && prev(t, a, 2)?.kind === "word" && !p.spaced)); } },
  // "FTSE 100", "Boeing 737", "Channel 4", "Windows 2000": a capitalised name right before the number; at the
  // sentence's start only when nothing counted follows ("Halo 2 won the award", "Xbox 2 may be unveiled"); after a
  // possessive a large figure counts ("the UK's 1.6m Muslims", "the union's 70,000"), a bare one names a model
  // ("Boeing's 777", "Porsche's 911")
  { id: "not-after-name", types: COUNT, reject: (t, a) => { const p = prev(t, a); return p !== undefined && a.num.kind === "digits" && p.kind === "word" && /^[A-Z]/.test(p.text) && !NAME_EXEMPT.has(p.lower) && !(/['’]s$/.test(p.lower) && (/[,.]/.test(numToken(t, a).text) || (a.scaled && t[a.num.end]?.spaced === true))) && MONTHS[p.lower] === undefined && WEEKDAYS[p.lower] === undefined && (a.begin > 1 || /^[A-Z]{2,}$/.test(p.text) || nameOpensSentence(t, a)); } },
  // "No 10", "page 3", "Chapter 11", "flight 123": a label, not an amount
  { id: "not-label", types: COUNT, reject: (t, a) => { const p = prev(t, a); return p !== undefined && (LABEL_NOUNS.has(p.lower) || (p.text === "." && LABEL_NOUNS.has(prev(t, a, 2)?.lower ?? ""))); } },
  // "new episodes of 24", "an episode of 24 was downloaded": a bare figure after "episode(s) of" is a show's title
  { id: "not-title-of-show", types: COUNT, reject: (t, a) => prev(t, a)?.lower === "of" && /^episodes?$/.test(prev(t, a, 2)?.lower ?? "") && a.num.kind === "digits" && !a.scaled && (next(t, a) === undefined || next(t, a)!.kind === "punct" || UNIT_STOPWORDS.has(next(t, a)!.lower)) },
  // "12 January", "March 12": day numbers of dates
  { id: "not-day-of-month", types: COUNT, reject: (t, a) => isMonthWord(next(t, a)) || isMonthWord(prev(t, a)) || (next(t, a)?.lower === "of" && MONTHS[next(t, a, 1)?.lower ?? ""] !== undefined) || dayBeforeAnother(t, a) },
  // "12 months", "three years": durations belong to periods
  { id: "not-duration", types: COUNT, reject: (t, a) => a.num.kind !== "multiplier" && TIME_UNITS[next(t, a)?.lower ?? ""] !== undefined },
  // "a 10-year deal", "a 45-year-old", "20-strong": number-word compounds describe, they do not count
  { id: "not-compound", types: COUNT, reject: (t, a) => next(t, a)?.text === "-" && !next(t, a)!.spaced && next(t, a, 1)?.kind === "word" && !next(t, a, 1)!.spaced && next(t, a, 1)!.lower !== "plus" },
  // "aged 45", "age 45"
  // "aged 45", "age 45", "by the age of 40", "from the ages of 16", "aged 30 to 40" (the range's other end)
  { id: "not-age", types: COUNT, reject: (t, a) => AGE_WORDS.has(prev(t, a)?.lower ?? "") || (prev(t, a)?.lower === "of" && ["age", "ages"].includes(prev(t, a, 2)?.lower ?? "")) || (AGE_RANGE_JOINERS.has(prev(t, a)?.lower ?? "") && (prev(t, a, 2)?.kind === "num" || UNITS_WORDS.has(prev(t, a, 2)?.lower ?? "")) && AGE_WORDS.has(prev(t, a, 3)?.lower ?? "")) },
  // "before he turns 35", "At 34, Holmes will …": an age
  { id: "not-age-turning", types: COUNT, reject: (t, a) => a.num.kind === "digits" && Number.isInteger(a.value) && a.value < 110 && !a.scaled && (TURNING.has(prev(t, a)?.lower ?? "") || (a.begin === 1 && prev(t, a)?.lower === "at" && next(t, a)?.text === ",") || ageAtDeath(t, a) || ageOfPerson(t, a)) },
  // "US drama 24", "the police drama 36,", "the album 21": a title after the kind of work it names
  { id: "not-title", types: COUNT, reject: (t, a) => a.num.kind === "digits" && !a.scaled && TITLE_NOUNS.has(prev(t, a)?.lower ?? "") && nothingCountedAfter(t, a) },
  // "a place in the last 16", "the top 10": a round or a ranking, nothing counted after it
  { id: "not-round-or-ranking", types: COUNT, reject: (t, a) => a.num.kind === "digits" && !a.scaled && ROUND_WORDS.has(prev(t, a)?.lower ?? "") && nothingCountedAfter(t, a) },
  // "rolled out the new 777 in Seattle", "its smallest airliner, the 717,": a bare figure after "the" with nothing
  // counted after it names a model, or refers back ("only four of the 12 whose …"); it states no amount
  { id: "not-the-bare-figure", types: COUNT, reject: theBareFigure },
  // "one of the …", "one-off", "no one", a lone "one": not a figure anyone checks
  { id: "not-lone-one", types: COUNT, reject: (t, a) => a.num.kind === "words" && a.value === 1 && !a.scaled && !MEASURE_WORDS.has(next(t, a)?.lower ?? "") },
  // "the two countries", "both sides": word numbers after a determiner refer back, they do not state a figure
  { id: "not-referring", types: COUNT, reject: (t, a) => a.num.kind === "words" && !a.scaled && a.value < 1000 && ["the", "these", "those", "all", "first", "last", "next", "other", "top", "every", "both"].includes(prev(t, a)?.lower ?? "") },
];

/** The id of the first filter that rejects the amount, or null when it is a quantity. */
export function rejectReason(tokens: readonly Token[], a: Amount): string | null {
  for (const f of FILTERS) {
    if ((f.types as readonly string[]).includes(a.type) && f.reject(tokens, a)) return f.id;
  }
  return null;
}
