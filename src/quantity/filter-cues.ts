// The word tests behind the filters of src/quantity/filters.ts that read more than the words right beside a figure:
// ages, races, models and titles, rounds, days of a month in a list.
import type { Token } from "../text/tokens.js";
import type { Amount } from "./read-amount.js";
import { MONTHS } from "../lexicon/time-words.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";

const prev = (tokens: readonly Token[], a: Amount, n = 1): Token | undefined => tokens[a.begin - n];
const next = (tokens: readonly Token[], a: Amount, n = 0): Token | undefined => tokens[a.end + n];
const numToken = (tokens: readonly Token[], a: Amount): Token => tokens[a.num.begin]!;

/** A month name: capitalised, or any abbreviation but the common words "may" and "mar" in lower case. */
export function isMonthWord(t: Token | undefined): boolean {
  if (t === undefined || MONTHS[t.lower] === undefined) return false;
  return /^[A-Z]/.test(t.text) || (t.lower !== "may" && t.lower !== "mar");
}

/** "Halo 2 won …", "Xbox 2 may …": a bare figure in digits after the sentence's first word, then a function word,
 *  a verb of the stopword list or the sentence's end — a name (the first word is no qualifier: NAME_EXEMPT). */
export function nameOpensSentence(t: readonly Token[], a: Amount): boolean {
  if (a.scaled || a.begin !== 1 || a.end !== a.num.end) return false;
  const n = next(t, a);
  return n === undefined || (n.kind === "punct" && n.text !== "%" && n.text !== "-") || (n.kind === "word" && UNIT_STOPWORDS.has(n.lower) && n.lower !== "more" && n.lower !== "per");
}

/** Words before or after a race that name it as an event ("the women's 1500m", "the 400m title"). */
const RACE_BEFORE: ReadonlySet<string> = new Set(["men's", "women's", "mens", "womens", "boys'", "girls'", "indoor", "outdoor", "olympic", "european", "commonwealth", "junior", "senior", "relay"]);
const RACE_AFTER: ReadonlySet<string> = new Set([
  "hurdles", "race", "races", "final", "finals", "semi", "title", "titles", "victory", "win", "record", "records",
  "champion", "champions", "championship", "gold", "silver", "bronze", "medal", "medals", "medallist", "heats", "heat",
  "relay", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "runner", "runners", "legend",
  "specialist", "ranking", "rankings", "sprint", "sprinter", "event", "events", "time", "times", "personal", "best",
  "hope", "hopes", "qualifying", "success", "stage", "line", "penalty", "dash", "run", "swim", "distance", "leg",
  "split", "hurdler", "hurdlers", "star", "crown", "world",
]);

/** A round distance glued to "m" (read as millions) between words that name a race. */
export function raceDistance(t: readonly Token[], a: Amount): boolean {
  if (!a.scaled || a.scale !== 1e6 || a.num.kind !== "digits" || a.currency !== null) return false;
  const m = t[a.num.end];
  const v = a.num.value;
  if (m === undefined || m.lower !== "m" || m.spaced || !Number.isInteger(v) || !(v % 50 === 0 || v === 60 || v === 110)) return false;
  return RACE_BEFORE.has(prev(t, a)?.lower ?? "") || RACE_AFTER.has((next(t, a)?.lower ?? "").replace(/'s$/, ""));
}

export const AGE_WORDS: ReadonlySet<string> = new Set(["aged", "age", "ages"]);
export const TURNING: ReadonlySet<string> = new Set(["turns", "turn", "turned", "turning"]);
const DYING: ReadonlySet<string> = new Set(["died", "dies", "die", "dead", "retired", "retires", "retire"]);
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["i", "he", "she", "we", "they", "you"]);
export const TITLE_NOUNS: ReadonlySet<string> = new Set(["drama", "film", "movie", "show", "album", "single", "song", "novel",
  "musical", "sequel", "thriller", "comedy", "documentary", "opera", "sitcom", "programme", "program"]);

/** "has died in Germany at 50", "Melcher dies at 62": an age at death or retirement. */
export function ageAtDeath(t: readonly Token[], a: Amount): boolean {
  if (prev(t, a)?.lower !== "at" || !(next(t, a) === undefined || next(t, a)!.kind === "punct")) return false;
  for (let k = a.begin - 2; k >= 0 && k >= a.begin - 6; k--) if (DYING.has(t[k]!.lower)) return true;
  return false;
}

/** "when she was 14", "I was 18 when …": a person's age after "was/is" and a personal pronoun. */
export function ageOfPerson(t: readonly Token[], a: Amount): boolean {
  const p = prev(t, a)?.lower ?? "";
  const n = next(t, a);
  const after = n === undefined || n.kind === "punct" || n.lower === "when" || n.lower === "and" || n.lower === "next";
  if (!after) return false;
  if (p === "was" || p === "is") return PERSONAL_PRONOUNS.has(prev(t, a, 2)?.lower ?? "");
  // "by then I will be 35"
  return p === "be" && /^(?:will|would|'ll)$/.test(prev(t, a, 2)?.lower ?? "") && PERSONAL_PRONOUNS.has(prev(t, a, 3)?.lower ?? "");
}
export const ROUND_WORDS: ReadonlySet<string> = new Set(["last", "top", "final"]);

/** The figure ends its phrase: punctuation, the sentence's end, or a preposition or conjunction after it. */
export function nothingCountedAfter(t: readonly Token[], a: Amount): boolean {
  const n = next(t, a);
  if (n === undefined) return true;
  if (n.kind === "punct") return n.text !== "%" && n.text !== "-" && n.text !== "/";
  return MODEL_PREPOSITIONS.has(n.lower) || n.lower === "of" || n.lower === "and" || n.lower === "or" || n.lower === "which" || n.lower === "still";
}
export const UNITS_WORDS: ReadonlySet<string> = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]);
export const AGE_RANGE_JOINERS: ReadonlySet<string> = new Set(["to", "and", "-", "–"]);

/** "on 16 or 17 March", "between 3 and 5 May": a day before another day of a month. */
export function dayBeforeAnother(t: readonly Token[], a: Amount): boolean {
  const n = next(t, a);
  if (n === undefined || !(n.lower === "or" || n.lower === "and" || n.lower === "to" || ((n.text === "-" || n.text === "–") && !n.spaced))) return false;
  const day = next(t, a, 1);
  return day?.kind === "num" && /^\d{1,2}$/.test(day.text) && /^\d{1,2}$/.test(numToken(t, a).text) && isMonthWord(next(t, a, 2));
}

/** Words after "the 777" that show nothing counted follows ("the new 777 in Seattle"); a verb or a relative
 *  pronoun would make it a group of people or things ("the 12 were held", "the 96 who died"). */
export const MODEL_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "on", "for", "with", "from", "by", "into", "during", "since", "after", "before", "until", "across", "against", "than", "as"]);
const THE_ADJECTIVES: ReadonlySet<string> = new Set(["new", "latest", "old", "original", "smaller", "larger", "bigger"]);

export function theBareFigure(t: readonly Token[], a: Amount): boolean {
  if (a.num.kind !== "digits" || a.scaled || a.end !== a.num.end || !/^\d{2,4}$/.test(numToken(t, a).text)) return false;
  const p = prev(t, a);
  const the = p?.lower === "the" || (THE_ADJECTIVES.has(p?.lower ?? "") && prev(t, a, 2)?.lower === "the");
  if (!the) return false;
  const n = next(t, a);
  if (n === undefined) return true;
  if (n.kind === "punct") return n.text !== "%" && n.text !== "-" && n.text !== "/" && n.text !== "." && n.text !== ":";
  return n.kind === "word" && MODEL_PREPOSITIONS.has(n.lower);
}
