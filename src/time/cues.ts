// What the words around a candidate say: is a bare year or month time here, or a count, a name, a verb?
import { STRONG_TIME_CUES, WEAK_TIME_CUES } from "../lexicon/time-phrases.js";
import { glued, isCapitalised, word, type Tokens } from "./words.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";

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
