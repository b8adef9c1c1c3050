// Spans built from other time expressions: "between 2016 and August 2019", "from 2007", "since 2014",
// "until 2010", "within a week", "the three months to December", "all of 2004"; runs are in rules-runs.ts, the
// ends of a run in read-range.ts, spans open at their far end in rules-open-spans.ts.
// The words since/between/from/within/until carry meaning and stay in the text.
import { table } from "../lexicon/table.js";
import { EVENT_ADJECTIVES, EVENT_NOUNS } from "../lexicon/time-phrases.js";
import { atom, countedAfter, POINT_RULES } from "./atoms.js";
import { startsRun } from "./cues.js";
import { otherEnd, type Duration } from "./duration.js";
import { dateHit, endOf, longest, periodHit, startOf, type Cursor, type PeriodHit, type TimeRule } from "./hit.js";
import { range } from "./read-range.js";
import { OPEN_SPAN_RULES } from "./rules-open-spans.js";
import { PERIOD_RULES } from "./rules-period.js";
import { readDayPair, RUN_RULES } from "./rules-runs.js";
import { readCount, word } from "./words.js";
import { inFutureClause } from "./tense.js";

const ANCHOR_JOINERS = new Set(["to", "ended", "ending", "through", "from", "starting", "beginning"]);
const RESULTS_NOUNS = new Set(["results", "profits", "profit", "figures", "earnings", "sales", "revenues", "losses", "loss"]);

/** Cheap test first: a word that anchors a span within the next few tokens. */
function joinerAhead(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k + 1; i < k + 9 && i < tokens.length; i++) if (ANCHOR_JOINERS.has(tokens[i]!.lower)) return true;
  return false;
}

const FROM_JOINERS = new Set(["to", "until", "till", "through", "-", "–"]);
const BETWEEN_JOINERS = new Set(["and", "to", "-", "–"]);

/** "the week", "the month", "the fortnight" before "to"/"ended"/"ending": one unit anchored at a day ("in the week to
 * Friday", "the month to September"); on their own they name no span. */
const UNIT_SPANS: Readonly<Record<string, Duration>> = table({ week: { n: 1, unit: "W" }, month: { n: 1, unit: "M" }, fortnight: { n: 14, unit: "D" } });

function unitSpan(c: Cursor, k: number): PeriodHit | null {
  const d = word(c.tokens, k) === "the" ? UNIT_SPANS[word(c.tokens, k + 1)] : undefined;
  // "the week beginning 4 February" is the calendar week that holds the day (rules-week.ts)
  if (d === undefined || !/^(?:to|ended|ending|through)$/.test(word(c.tokens, k + 2))) return null;
  return periodHit(k, k + 2, null, null, d);
}

/** "the vote was moved from May to April", "postponed from Monday to Friday": a change of date, not a span. */
const RESCHEDULING = new Set(["moved", "swapped", "switched", "shifted", "changed", "brought", "pushed", "postponed", "delayed", "rescheduled", "put", "forward", "back", "cut", "extended"]);

function rescheduled(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (RESCHEDULING.has(tokens[i]!.lower)) return true;
  return false;
}

/** "within two years", "within the next three months": a deadline counted from the reference date, today
 * included. Not "within two years of the merger" (counted from something else) nor spans that look back. */
function fromNow(c: Cursor, k: number, x: PeriodHit): PeriodHit {
  const d = x.duration;
  if (c.ref === null || d === null || d.unit === "H" || d.unit === "MIN" || /^(?:of|after|before|from)$/.test(word(c.tokens, x.to))) return x;
  const w = word(c.tokens, k) === "the" ? word(c.tokens, k + 1) : word(c.tokens, k);
  const bare = x.start === null && x.end === null && readCount(c.tokens, k) !== null;
  if (!bare && !/^(?:next|coming|upcoming)$/.test(w)) return x;
  return { ...x, start: c.ref, end: otherEnd(c.ref, d, 1) };
}

const EVENT_DETERMINERS = new Set(["its", "the", "their", "his", "her", "our", "this", "that"]);
const EVENT_DATE_PREPOSITIONS = new Set(["in", "during", "on", "at"]);
const MAX_EVENT_OBJECT = 8;

/** "since its launch", "since the election", "since its launch in 2001": a span from an event. The event's own
 *  date ("in 2001") stays a date of its own, as the guide reads "his release in 1992", and gives the start. */
function sinceEvent(c: Cursor, k: number): PeriodHit | null {
  const t = c.tokens;
  if (!EVENT_DETERMINERS.has(word(t, k + 1))) return null;
  let i = k + 2;
  if (EVENT_ADJECTIVES.has(word(t, i)) && EVENT_NOUNS.has(word(t, i + 1))) i++;
  if (!EVENT_NOUNS.has(word(t, i))) return null;
  const end = i + 1;
  // "since the war began", "since the launch of …": an event the clause goes on to describe is still the event
  let start: PeriodHit["start"] = null;
  // "in 2001", "during summer 2001", "last year"; after the event's "of" phrase too ("since the launch of the
  // Creative Nomad Jukebox in mid-2000")
  let after = end;
  if (word(t, end) === "of") {
    for (let j = end + 1; j < t.length && j <= end + MAX_EVENT_OBJECT; j++) {
      if ((t[j]!.kind === "punct" && t[j]!.text !== "-" && t[j]!.text !== "/") || EVENT_DATE_PREPOSITIONS.has(word(t, j))) {
        after = j;
        break;
      }
    }
  }
  const at = EVENT_DATE_PREPOSITIONS.has(word(t, after)) ? after + 1 : /^(?:last|this)$/.test(word(t, after)) ? after : -1;
  const x = at > 0 ? atom(c, at) : null;
  if (x !== null && x.kind === "date" && x.anaphoric !== true) start = startOf(x);
  return periodHit(k, end, start, c.ref);
}

export const SPAN_RULES: readonly TimeRule[] = [
  {
    id: "period-between",
    first: new Set(["between"]),
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "between") return null;
      const pair = readDayPair(c, k + 1);
      if (pair !== null) return { ...pair, from: k };
      // "between now and Christmas": from the reference date
      const x = word(c.tokens, k + 1) === "now" ? dateHit(k + 1, k + 2, c.ref) : atom(c, k + 1);
      return x === null ? null : range(c, k, x, BETWEEN_JOINERS);
    },
  },
  {
    // "from 2007", "from 2007 to 2009"; "a press release from August" says where the release came from
    id: "period-from",
    first: new Set(["from"]),
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "from" || rescheduled(c.tokens, k)) return null;
      const pair = readDayPair(c, k + 1);
      if (pair !== null) return { ...pair, from: k };
      const x = atom(c, k + 1);
      if (x === null) return null;
      const both = range(c, k, x, FROM_JOINERS);
      if (both !== null) return both;
      if (!startsRun(c, k, x) || countedAfter(c, x)) return null;
      // "will be shown from May": in a future clause a month without a year is the next one
      const from = x.kind === "date" ? inFutureClause(x, c.tokens, c.ref) : x;
      return periodHit(k, /^onwards?$/.test(word(c.tokens, x.to)) ? x.to + 1 : x.to, startOf(from), null);
    },
  },
  {
    // "since 2014": open to the reference date
    id: "period-since",
    first: new Set(["since"]),
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "since") return null;
      const x = atom(c, k + 1);
      if (x === null) return sinceEvent(c, k);
      if ((x.kind === "date" && x.anaphoric === true) || countedAfter(c, x)) return null;
      return periodHit(k, x.to, startOf(x), c.ref);
    },
  },
  // "starting January 7", "2018 and beyond"
  ...OPEN_SPAN_RULES,
  {
    id: "period-until",
    first: new Set(["until", "till", "untill"]),
    starts: "word",
    read(c, k) {
      if (!/^(?:until|till|untill)$/.test(word(c.tokens, k))) return null;
      const x = atom(c, k + 1);
      if (x === null || (x.kind === "period" && x.duration !== null)) return null;
      return periodHit(k, x.to, null, endOf(x));
    },
  },
  {
    // "extend the offer through March 31", "will continue thru September 30": American "through" is "until" when a
    // day or month follows (not "through the year", a span, nor "went through 2004's results")
    id: "period-through",
    first: new Set(["through", "thru"]),
    starts: "word",
    read(c, k) {
      if (!/^(?:through|thru)$/.test(word(c.tokens, k))) return null;
      const x = atom(c, k + 1);
      if (x === null || x.kind !== "date" || x.anaphoric === true || x.written === undefined || countedAfter(c, x)) return null;
      if (/['’]s$/.test(c.tokens[x.to - 1]?.lower ?? "")) return null;
      return periodHit(k, x.to, null, endOf(x));
    },
  },
  {
    // "within a week", "within the next few quarters", "Within half an hour"
    id: "period-within",
    first: new Set(["within"]),
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "within") return null;
      const x = atom(c, k + 1);
      if (x === null || x.kind !== "period") return null;
      return { ...fromNow(c, k + 1, x), from: k };
    },
  },
  {
    // "the three months to December", "the year to March 2005", "the quarter ending September 30",
    // "12 months from April 1": a stated length anchored at one end
    id: "period-anchored",
    read(c, k) {
      if (!joinerAhead(c.tokens, k)) return null;
      const span = longest(PERIOD_RULES, c, k, false) ?? unitSpan(c, k);
      if (span === null || span.kind !== "period" || span.duration === null) return null;
      // "full year results to March 2005", "half-year profits to September": a results noun between the length
      // and its end
      const at = RESULTS_NOUNS.has(word(c.tokens, span.to)) && /^(?:to|ended|ending)$/.test(word(c.tokens, span.to + 1)) ? span.to + 1 : span.to;
      const joiner = word(c.tokens, at);
      const toEnd = /^(?:to|ended|ending|through)$/.test(joiner);
      if (!toEnd && !/^(?:from|starting|beginning)$/.test(joiner)) return null;
      const x = longest(POINT_RULES, c, at + 1, true);
      if (x === null || x.kind !== "date" || x.anaphoric === true) return null;
      const d = span.duration;
      const [start, end] = toEnd ? [otherEnd(x.date, d, -1), x.date] : [x.date, otherEnd(x.date, d, 1)];
      return periodHit(k, x.to, start, end, d);
    },
  },
  // "2005 and 2006", "22 and 23 June", "April-September"
  ...RUN_RULES,
  {
    // "all of 2004", "all of last year"
    id: "period-all-of",
    first: new Set(["all"]),
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "all" || word(c.tokens, k + 1) !== "of") return null;
      const x = longest(POINT_RULES, c, k + 2, true);
      if (x === null || x.kind !== "date") return null;
      const p = x.date;
      const yearLong = p === null || p.m === undefined;
      return periodHit(k, x.to, p, p, yearLong ? { n: 1, unit: "Y" } : null);
    },
  },
];
