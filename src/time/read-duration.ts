// Reading a stated length: "12 months", "a couple of years", "12-1/2 year", "five-year" (not "a 45-year-old"),
// "two and a half hours", "an hour and a half", "full-year", "half-year".
import { durationWord, scale, type Duration } from "./duration.js";
import { glued, isCapitalised, readCount, readYear, word, type Tokens } from "./words.js";

/** "12 months", "a couple of years", "12-1/2 year", "five-year" at k: the duration and where it ends. */
export function readDuration(tokens: Tokens, k: number): { d: Duration; end: number; plural: boolean; compound: boolean } | null {
  const whole = wholeOrHalf(tokens, k);
  if (whole !== null) return whole;
  const n = halfMore(tokens, readCount(tokens, k));
  if (n === null || readYear(tokens, k) !== null) return null; // "1986 year includes 53 weeks": a year, not 1,986 of them
  const hyphen = tokens[n.end]?.text === "-" && glued(tokens, n.end) && glued(tokens, n.end + 1) ? 1 : 0;
  const unitWord = word(tokens, n.end + hyphen);
  // "24 Hour Party People": a capitalised unit after digits is part of a title (all capitals is a headline)
  const unitToken = tokens[n.end + hyphen];
  if (tokens[k]!.kind === "num" && isCapitalised(unitToken) && unitToken!.text !== unitToken!.text.toUpperCase()) return null;
  const unit = durationWord(unitWord);
  if (unit === undefined) return null;
  const end = n.end + hyphen + 1;
  // "a 45-year-old", "six months old": ages, not spans
  if (/^olds?$/.test(word(tokens, end)) || (tokens[end]?.text === "-" && /^olds?$/.test(word(tokens, end + 1)))) return null;
  // "an hour and a half", "a year and a half": the half goes on after the unit
  const half = hyphen === 0 && Number.isInteger(n.value) ? andAHalf(tokens, end) : 0;
  if (half > 0) return { d: scale(unit, n.value + 0.5), end: end + half, plural: unitWord.endsWith("s"), compound: false };
  return { d: scale(unit, n.value), end, plural: unitWord.endsWith("s"), compound: hyphen === 1 };
}

/** How many tokens "and a half" (3) or "and half" (2) at k takes, or 0. */
function andAHalf(tokens: Tokens, k: number): number {
  if (word(tokens, k) !== "and") return 0;
  if (word(tokens, k + 1) === "half") return 2;
  return word(tokens, k + 1) === "a" && word(tokens, k + 2) === "half" ? 3 : 0;
}

/** "two and a half (hours)": a whole count with "and a half" after it counts half more. */
function halfMore(tokens: Tokens, n: ReturnType<typeof readCount>): ReturnType<typeof readCount> {
  if (n === null || !Number.isInteger(n.value) || word(tokens, n.end) !== "and" || word(tokens, n.end + 1) !== "a" || word(tokens, n.end + 2) !== "half") return n;
  return durationWord(word(tokens, n.end + 3)) !== undefined ? { value: n.value + 0.5, end: n.end + 3 } : n;
}

const WHOLE_OR_HALF: Readonly<Record<string, number>> = { full: 1, whole: 1, half: 0.5 };

/** "full-year results", "half-year profits", "a whole-day strike": one (or half a) unit, as a compound. */
function wholeOrHalf(tokens: Tokens, k: number): { d: Duration; end: number; plural: boolean; compound: boolean } | null {
  const lead = tokens[k];
  if (lead === undefined || lead.kind !== "word" || !Object.hasOwn(WHOLE_OR_HALF, lead.lower)) return null;
  if (tokens[k + 1]?.text !== "-" || !glued(tokens, k + 1) || !glued(tokens, k + 2)) return null;
  const unitWord = word(tokens, k + 2);
  const unit = durationWord(unitWord);
  if (unit === undefined || unitWord.endsWith("s") || unit.n !== 1) return null;
  return { d: scale(unit, WHOLE_OR_HALF[lead.lower]!), end: k + 3, plural: false, compound: true };
}


/** The unit below each unit that a length may go on in, and how many of it make one ("two years and three months",
 *  "3 years 6 months", "an hour and 20 minutes", "two weeks and three days"). */
const NEXT_UNIT: Readonly<Partial<Record<Duration["unit"], { unit: Duration["unit"]; per: number }>>> = {
  Y: { unit: "M", per: 12 },
  W: { unit: "D", per: 7 },
  D: { unit: "H", per: 24 },
  H: { unit: "MIN", per: 60 },
};

/** A length, and a second of the next smaller unit after it ("two years and three months" is one period of
 *  P2Y3M): the second joins the first with "and" or nothing between them ("two years, 10 months ago" is two). */
export function readDurationRun(tokens: Tokens, k: number): ReturnType<typeof readDuration> {
  const first = readDuration(tokens, k);
  if (first === null || first.compound) return first;
  const next = NEXT_UNIT[first.d.unit];
  if (next === undefined) return first;
  const at = word(tokens, first.end) === "and" ? first.end + 1 : first.end;
  const second = readDuration(tokens, at);
  if (second === null || second.compound || second.d.unit !== next.unit || second.d.n >= next.per) return first;
  if (/^(?:ago|earlier|later|old)$/.test(word(tokens, second.end))) return first;
  // "three years and a month", "two years, six months": the first in whole units
  if (!Number.isInteger(first.d.n)) return first;
  return { d: { n: first.d.n + second.d.n / next.per, unit: first.d.unit }, end: second.end, plural: first.plural, compound: false };
}
