// Reading a stated length: "12 months", "a couple of years", "12-1/2 year", "five-year" (not "a 45-year-old").
import { durationWord, scale, type Duration } from "./duration.js";
import { glued, isCapitalised, readCount, readYear, word, type Tokens } from "./words.js";

/** "12 months", "a couple of years", "12-1/2 year", "five-year" at k: the duration and where it ends. */
export function readDuration(tokens: Tokens, k: number): { d: Duration; end: number; plural: boolean; compound: boolean } | null {
  const n = readCount(tokens, k);
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
  return { d: scale(unit, n.value), end, plural: unitWord.endsWith("s"), compound: hyphen === 1 };
}

