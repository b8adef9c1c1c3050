// What the words around a candidate say: is a bare year or month time here, or a count, a name, a verb?
import { ORIGIN_NOUNS, STRONG_TIME_CUES, WEAK_TIME_CUES } from "../lexicon/time-phrases.js";
import { durationWord } from "./duration.js";
import type { Cursor, TimeHit } from "./hit.js";
import { glued, isCapitalised, readYear, word, type Tokens } from "./words.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";
import { CHANGE_PASTS } from "../lexicon/change-verbs.js";
import { futureClause } from "./tense.js";

export type Cue = "strong" | "weak" | null;

/** The cue word right before token k ("mid-2004" counts: the hyphen is skipped). */
export function cueBefore(tokens: Tokens, k: number): Cue {
  let p = k - 1;
  if (tokens[p]?.text === "-" && glued(tokens, k) && glued(tokens, p)) p--;
  const w = word(tokens, p);
  if (STRONG_TIME_CUES.has(w)) return "strong";
  if (WEAK_TIME_CUES.has(w)) return "weak";
  return null;
}

// Words after a year that say it is used as a year, not as a count of what follows.
const FUNCTION_WORDS = new Set([
  "and", "or", "to", "was", "were", "is", "are", "will", "would", "has", "had", "have", "when", "as", "but", "with",
  "after", "before", "in", "on", "at", "for", "from", "by", "than", "compared", "against", "while", "where", "which",
  "that", "the", "a", "an", "it", "he", "she", "they", "we", "there", "this", "its", "their", "his", "her", "only",
  "alone", "itself", "onwards", "onward", "so", "if", "because", "until", "since", "could", "should", "may", "might",
  "can", "did", "does", "not", "also", "saw", "said", "says", "up", "down", "rose", "fell", "ended", "began",
]);
// Plural nouns a year qualifies: "the 2003 results", "2005 sales will benefit".
const YEAR_NOUNS = new Set([
  "results", "sales", "figures", "profits", "earnings", "levels", "accounts", "forecasts", "targets", "prices",
  "losses", "revenues", "numbers", "rates", "estimates", "elections", "games", "olympics", "championships", "finals",
  "accounts", "returns", "talks", "negotiations", "accords", "awards", "nominations", "rules", "reforms", "plans",
]);
const IRREGULAR_PLURALS = new Set(["people", "men", "women", "children", "staff", "police", "personnel", "cattle", "crew"]);

/** "2000 people", "1500 jobs": a lower-case plural noun right after the number makes it a count. */
export function countedNounAfter(tokens: Tokens, k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== "word" || isCapitalised(t)) return false;
  const w = t.lower;
  if (FUNCTION_WORDS.has(w)) return false;
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (YEAR_NOUNS.has(w)) return false;
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !w.endsWith("us");
}

/** A capitalised word that is no cue right before k: "Euro 2004", "Windows 2000", "Vision 2020" (not "But",
 * "Clearly", "Spain's", nor a word of an all-capitals headline). */
export function nameBefore(tokens: Tokens, k: number): boolean {
  const p = tokens[k - 1];
  if (p === undefined || p.kind !== "word" || !isCapitalised(p)) return false;
  if (/['’]s$/.test(p.lower) || p.lower.endsWith("ly") || (p.text.length > 1 && p.text === p.text.toUpperCase())) return false;
  return cueBefore(tokens, k) === null && !UNIT_STOPWORDS.has(p.lower);
}

/** "from 2007" starts a run when a start word, a span or a figure goes before it ("effective from March 1", "12
 * months from April 1", "200,000 cars from 2007") or "onwards" after it. Not when it dates a thing ("the sextant
 * from 1731"), is the base of a change ("up 9% from September", "from December's 1.5 pct", "from 2003 levels") or
 * is "from last year", which compares more often than it starts. */
export function startsRun(c: Cursor, k: number, x: TimeHit): boolean {
  const t = c.tokens;
  const after = word(t, x.to);
  if (/^(?:onwards?|on)$/.test(after)) return true;
  if (/['’]s$/.test(t[x.to - 1]?.lower ?? "") || (t[x.to]?.kind === "word" && !isCapitalised(t[x.to]) && !STOP_AFTER.has(after))) return false;
  if (x.kind === "date" && x.written === undefined) return /^(?:next|this)$/.test(word(t, x.from));
  const before = word(t, k - 1);
  if (ORIGIN_NOUNS.has(before)) return false;
  if (START_WORDS.has(before) || durationWord(before) !== undefined) return true;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (CHANGE_WORDS.has(word(t, j))) return false;
  // "the work will be shown at Tate Britain from May", "the new rules will apply from 1 March": a point in a future
  // clause starts a run (a change's base was ruled out above: "will increase from the previous 12 months"); "will
  // start from October" names when something starts, a point
  if (x.kind === "date" && !/^(?:start|starts|begin|begins|commence|commences)$/.test(before) && futureClause(t, k)) return true;
  // a figure (not a year, not part of a name like "CDP-101") just before
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (t[j]!.kind === "num" && t[j]!.spaced && readYear(t, j) === null) return true;
  return false;
}
const START_WORDS = new Set(["effective", "starting", "beginning", "as", "available", "valid", "apply", "applies", "run", "runs", "operational", "open", "live"]);
// changes already reported; "will rise to 200,000 cars from 2007" looks forward and starts a run
const CHANGE_WORDS: ReadonlySet<string> = new Set([...CHANGE_PASTS, "increase", "decrease", "up", "down", "higher", "lower", "compared", "changed"]);
const STOP_AFTER = new Set(["and", "or", "to", "in", "on", "at", "for", "with", "by", "under", "until", "the", "a", "as", "when", "after", "but", "will", "is", "was"]);
