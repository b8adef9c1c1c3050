// Words that build date and period phrases, as data. Month and weekday names are in time-words.ts.
import { table } from "./table.js";

/** Words before a bare year or month that make it time on their own ("in 2014", "since August", "by 2010"). */
export const STRONG_TIME_CUES: ReadonlySet<string> = new Set([
  "in", "since", "from", "until", "till", "by", "during", "before", "after", "between", "through", "throughout",
  "early", "late", "mid", "fiscal", "calendar", "circa", "year", "summer", "winter", "spring", "autumn", "fall",
  "christmas", "easter", "within", "into", "end", "start",
]);

/** Words before a bare year that make it time only if no counted noun follows ("the 2004 results" is time,
 * "the 2000 people" is not). */
export const WEAK_TIME_CUES: ReadonlySet<string> = new Set([
  "the", "and", "or", "of", "to", "than", "around", "for", "on", "at", "that", "latest", "its", "their", "his", "her",
  "this", "last", "next", "a", "an",
]);

/** "last year", "this month", "next week": the offset each word gives (past and previous reach back one). */
export const RELATIVE_WORDS: Readonly<Record<string, -1 | 0 | 1>> = table({
  last: -1, past: -1, previous: -1, prior: -1, this: 0, current: 0, next: 1, coming: 1, upcoming: 1,
});

/** Seasons → their months (northern hemisphere; winter starts in December). */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = table({
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2],
});

/** Fixed-date holidays → [month, day]. Movable feasts (Easter) give the year only. */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number] | null>> = table({
  christmas: [12, 25], "christmas day": [12, 25], "christmas eve": [12, 24], "boxing day": [12, 26],
  "new year's day": [1, 1], "new year's eve": [12, 31], halloween: [10, 31], "valentine's day": [2, 14],
  easter: null, thanksgiving: null,
});

/** Ordinal words and their values (quarters, halves, centuries, days). */
export const ORDINALS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21,
});

/** Suffixes glued to digits that make an ordinal ("4th", "21st", "4TH"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** "the seventies" → 70 (read in the 1900s). */
export const DECADE_WORDS: Readonly<Record<string, number>> = table({
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
});

/** Words after a weekday that narrow it to a part of the same day ("Wednesday morning"). */
export const PARTS_OF_DAY: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);

/** Nouns after which "from August" names where a document came from, not when a span began. */
export const ORIGIN_NOUNS: ReadonlySet<string> = new Set([
  "release", "report", "statement", "data", "figures", "survey", "letter", "article", "photo", "photograph",
  "video", "study", "poll", "memo", "document", "documents", "ruling", "decision", "speech", "interview", "post",
  "filing", "announcement", "estimate", "estimates", "records", "minutes", "budget", "forecast", "forecasts",
]);

/** "early 2005", "late October", "mid-2004", "the end of 2006": words that narrow a point without moving it. */
export const NARROWERS: ReadonlySet<string> = new Set(["early", "late", "mid", "earlier", "later"]);

/** "the end of", "the start of": nouns for a part of a year or month. */
export const PART_NOUNS: ReadonlySet<string> = new Set(["end", "start", "beginning", "middle", "close", "turn"]);

/** Small quantity words before a unit that leave the duration unknown ("the last few years"). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(["few", "several", "many", "some", "recent"]);

/** Nouns of events that open a span after "since" + a determiner ("since its launch", "since the election"): the
 *  span starts at the event, whose date a following "in 2001" may give. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "launch", "election", "elections", "introduction", "opening", "creation", "founding", "foundation", "inception",
  "takeover", "merger", "flotation", "listing", "privatisation", "privatization", "invasion", "war", "attack",
  "attacks", "bombing", "bombings", "crash", "collapse", "release", "debut", "arrival", "death", "departure",
  "resignation", "appointment", "acquisition", "ban", "crisis", "outbreak", "referendum", "handover",
  "reunification", "independence", "formation", "establishment", "victory", "defeat", "tsunami", "earthquake",
  "ceasefire", "coup", "revolution", "recession", "downturn", "deregulation", "liberalisation", "liberalization",
  "opening", "unveiling", "announcement", "break-up", "breakup", "split", "relaunch", "rebrand", "overhaul",
]);
/** Words that may stand between the determiner and the event ("since its initial launch"). */
export const EVENT_ADJECTIVES: ReadonlySet<string> = new Set([
  "first", "initial", "original", "official", "formal", "public", "recent", "latest", "last", "general", "stock",
  "market", "uk", "us", "european", "worldwide", "global",
]);
