// Which tokens can open a time expression. The scan tries its rules only there: most words of a text start none,
// and running every rule at every token is what would make the scan slow.
import { MONTHS, WEEKDAYS } from "../lexicon/time-words.js";
import { TENS, UNITS } from "../lexicon/numbers.js";
import { DECADE_WORDS, HOLIDAYS, ORDINALS, RELATIVE_WORDS, SEASONS } from "../lexicon/time-phrases.js";
import type { Token } from "../text/tokens.js";
import { MOVABLE_HOLIDAYS } from "./holidays.js";

const STARTERS = new Set([
  "the", "a", "an", "between", "from", "since", "until", "till", "untill", "through", "thru", "within", "all", "early", "late", "mid",
  "earlier", "later", "past", "recent", "preceding", "following", "first", "full", "whole", "entire", "latest", "final",
  "same", "initial", "remaining", "further", "fiscal", "calendar", "yesterday", "today", "tomorrow", "tonight", "half",
  "year", "up", "nearly", "almost", "about", "around", "more", "less", "at", "just", "its", "their", "each", "q", "h",
  "boxing", "valentine's", "couple", "ad", "a.d.", "noughties",
  // units and parts after "the"/"a": "the quarter", "a decade ago", "the end of 2006"
  "quarter", "qtr", "week", "weekend", "month", "decade", "century", "fortnight", "hour", "minute", "day", "end",
  "start", "beginning", "middle", "close", "turn", "rest", "remainder",
]);

const OPENERS = new Set(["from", "between", "since", "until", "till", "untill", "within", "starting", "beginning", "commencing", "through", "thru"]);
const EVENT_POSSESSIVES = new Set(["its", "their", "his", "her", "our"]);
/** "starting on June 1", "beginning in 2020": a preposition between the opener and the time. */
const OPENER_PREPOSITIONS = new Set(["on", "in", "from"]);

/** Words that open an expression only when the next token could go on with it ("the year", not "the company"). */
const LEADS = new Set(["the", "a", "an", "its", "their", "each", "at", "about", "around", "more", "less", "up", "just", "that"]);

export function canStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === "num") return numberCanStart(tokens, i);
  if (t.kind !== "word") return t.text === "'"; // "the '80s" starts at the apostrophe only without "the"
  const w = t.lower;
  // one lookup per word: most words of a text are in no list and stop here ("Monday's" is looked up as "monday")
  const role = ROLE.get(w);
  if (role === undefined) return w.endsWith("'s") && ALL_STARTERS.has(w.slice(0, -2));
  // "New Year's Day", not "New York"; "two years", not "two companies"
  if (w === "new") return /^year(?:'s)?$/.test(tokens[i + 1]?.lower ?? "");
  // "year-earlier", "all of 2004"; "from 2007", "since 2014": the word after must be able to open time itself
  if (w === "year") return tokens[i + 1]?.text === "-";
  if (w === "all") return tokens[i + 1]?.lower === "of";
  if ((role & OPENER) !== 0) {
    const j = w.endsWith("ing") && OPENER_PREPOSITIONS.has(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
    // "since its launch", "since their merger": an event after a possessive (rules-span.ts, sinceEvent)
    return tokens[j] !== undefined && (tokens[j]!.lower === "the" || (w === "between" && tokens[j]!.lower === "now") || (w === "since" && EVENT_POSSESSIVES.has(tokens[j]!.lower)) || canStart(tokens, j));
  }
  if ((role & NUMBER_WORD) !== 0) return numberFollows(tokens, i);
  if ((role & LEAD) !== 0) {
    const next = tokens[i + 1];
    return next !== undefined && (next.kind !== "word" || isStarter(next.lower) || LEADS.has(next.lower) || /^(?:than|to|least|over|under|near|foreseeable|immediate)$/.test(next.lower) || holidayOfTwo(tokens, i + 1));
  }
  return isStarter(w) || holidayOfTwo(tokens, i);
}

/** Movable holidays of two words whose first word is common ("Good Friday", "Labor Day"): a start only with both. */
const HOLIDAY_PAIRS: ReadonlySet<string> = new Set(Object.keys(MOVABLE_HOLIDAYS).filter((n) => n.includes(" ")));
const HOLIDAY_FIRSTS: ReadonlySet<string> = new Set([...HOLIDAY_PAIRS].map((n) => n.split(" ")[0]!));

function holidayOfTwo(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? "";
  return HOLIDAY_FIRSTS.has(w) && HOLIDAY_PAIRS.has(`${w} ${tokens[i + 1]?.lower ?? ""}`);
}

// one Set of every word that can open an expression: a Set lookup is far cheaper than ten table lookups
const ALL_STARTERS: ReadonlySet<string> = new Set([
  ...STARTERS,
  ...[MONTHS, WEEKDAYS, RELATIVE_WORDS, ORDINALS, UNITS, TENS, SEASONS, HOLIDAYS, DECADE_WORDS].flatMap((t) => Object.keys(t)),
]);

function isStarter(lower: string): boolean {
  return ALL_STARTERS.has(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
}

// What a word can do at the start of an expression, as bits, so that canStart looks a word up once: it runs at
// every token of every sentence that passes the scan's gate. A word in no list is in no entry.
const STARTER = 1;
const OPENER = 2;
const NUMBER_WORD = 4;
const LEAD = 8;
const BY_NAME = 16; // "new", "year", "all", and the first words of two-word holidays: handled by name
const ROLE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  mark(ALL_STARTERS, STARTER);
  mark(OPENERS, OPENER);
  mark([...Object.keys(UNITS), ...Object.keys(TENS)], NUMBER_WORD);
  mark(LEADS, LEAD);
  mark(["new", "year", "all", ...HOLIDAY_FIRSTS], BY_NAME);
  return m;
})();

/** Words after a number that can make it time: "12 January", "12 months", "22 and 23 June", "the 5th of April". */
const AFTER_NUMBER: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS), "of", "and", "to", "or", "ad", "a.d.", "bc", "bce", "ce",
  ...["year", "yr", "decade", "century", "centuries", "month", "mth", "quarter", "qtr", "week", "day", "fortnight", "hour", "hr", "minute", "min"].flatMap((u) => [u, u + "s"]),
]);

/** Most numbers are prices and counts: only a year-like number, one glued to a mark or suffix ("2003-04", "4th",
 * "1980s", "12/25/2005"), or one before a calendar or unit word goes on to the rules. */
function numberCanStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/^[12]\d{3}$/.test(t.text)) return true;
  if (!/^\d{1,4}(?:\.\d+)?$/.test(t.text)) return false;
  return numberFollows(tokens, i);
}

function numberFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (!next.spaced) return true;
  return next.kind === "word" && AFTER_NUMBER.has(next.lower.endsWith("'s") ? next.lower.slice(0, -2) : next.lower); // "one day's action"
}
