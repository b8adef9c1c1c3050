// Spans built from other time expressions: "between 2016 and August 2019", "from 2007", "since 2014",
// "until 2010", "within a week", "the three months to December", "all of 2004"; runs are in rules-runs.ts.
// The words since/between/from/within/until carry meaning and stay in the text.
import { CLOCK_WORDS, MONTHS } from "../lexicon/time-words.js";
import { compare, type Point } from "./calendar.js";
import { countedNounAfter, startsRun } from "./cues.js";
import { dateHit, endOf, longest, periodHit, startOf, type Cursor, type PeriodHit, type TimeHit, type TimeRule } from "./hit.js";
import { readCalendar, resolveWritten, type Written } from "./read-calendar.js";
import { DATE_RULES } from "./rules-date.js";
import { DATE_PART_RULES } from "./rules-date-parts.js";
import { PERIOD_RULES } from "./rules-period.js";
import { WEEK_RULE } from "./rules-week.js";
import { readCount, readYear, word } from "./words.js";
import { readDayPair, RUN_RULES } from "./rules-runs.js";
import { otherEnd, type Duration } from "./duration.js";
import { table } from "../lexicon/table.js";

/** Every rule that reads one time expression on its own. */
// weeks after the periods, before the dates: on a tie "next week" is a week (Monday–Sunday), not a date
export const ATOMS = [...PERIOD_RULES, WEEK_RULE, ...DATE_PART_RULES, ...DATE_RULES];

const ANCHOR_JOINERS = new Set(["to", "ended", "ending", "through", "from", "starting", "beginning"]);

/** Cheap test first: a word that anchors a span within the next few tokens. */
function joinerAhead(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k + 1; i < k + 9 && i < tokens.length; i++) if (ANCHOR_JOINERS.has(tokens[i]!.lower)) return true;
  return false;
}

/** Rules that read a point in time. */
const POINT_RULES = [...DATE_PART_RULES, ...DATE_RULES];
const atom = (c: Cursor, k: number) => longest(ATOMS, c, k, true);
const FROM_JOINERS = new Set(["to", "until", "till", "through", "-", "–"]);
const BETWEEN_JOINERS = new Set(["and", "to", "-", "–"]);

/** "between January and March 2019": the first end borrows the second's year (a year earlier if its month is later). */
function lendYear(first: TimeHit, second: TimeHit, ref: Point | null): Point | null {
  const w: Written | undefined = first.kind === "date" ? first.written : undefined;
  const to = endOf(second);
  if (w === undefined || w.y !== undefined || w.m === undefined || to === null || second.kind !== "date" || second.written?.y === undefined) return startOf(first);
  const y = to.m !== undefined && w.m > to.m ? to.y - 1 : to.y;
  return resolveWritten({ ...w, y }, ref);
}

/** "X and Y" after between/from: a period from X's start to Y's end; times of day ("2000 and 2100 GMT") and
 * counts ("from 1500 to 2000 jobs") are no span of dates. */
function range(c: Cursor, k: number, x: TimeHit, joiners: ReadonlySet<string>): TimeHit | null {
  const joiner = word(c.tokens, x.to);
  if (!joiners.has(joiner)) return null;
  // "between January and now", "from March to date": the run ends at the reference date
  const tail = word(c.tokens, x.to + 1);
  if (tail === "now" || tail === "present" || (tail === "date" && joiner !== "and")) return periodHit(k, x.to + 2, startOf(x), c.ref);
  const y = atom(c, x.to + 1);
  if (y === null) return null;
  if (countedAfter(c, y)) return null;
  if (CLOCK_WORDS.has(word(c.tokens, y.to))) return periodHit(k, y.to + 1, null, null);
  const inYear = yearAfterRun(c, x, y);
  if (inYear !== null) return inYear.hit(k);
  const start = lendYear(x, y, c.ref);
  const end = followOn(start, y, c.ref);
  if (start !== null && end !== null && compare(start, end) > 0) return null; // "from the 1990s to 1985": no span
  return periodHit(k, y.to, start, end);
}

/** "from April to June in 2017", "between May and July of 2005": two months with the year after them. */
function yearAfterRun(c: Cursor, x: TimeHit, y: TimeHit): { hit: (k: number) => PeriodHit } | null {
  const wx = x.kind === "date" ? x.written : undefined;
  const wy = y.kind === "date" ? y.written : undefined;
  if (wx?.m === undefined || wy?.m === undefined || wx.y !== undefined || wy.y !== undefined || !/^(?:in|of)$/.test(word(c.tokens, y.to))) return null;
  const yr = readYear(c.tokens, y.to + 1);
  if (yr === null) return null;
  const start = resolveWritten({ ...wx, y: wy.m < wx.m ? yr.value - 1 : yr.value }, c.ref);
  const end = resolveWritten({ ...wy, y: yr.value }, c.ref);
  return { hit: (k) => periodHit(k, yr.end, start, end) };
}

/** The second end of a run when its year is not written: the first such day or month after the start ("from
 * August to October" said in September runs August–October of one year; "from November to March" crosses into
 * the next), not the latest one before the reference date. */
function followOn(start: Point | null, second: TimeHit, ref: Point | null): Point | null {
  const w = second.kind === "date" ? second.written : undefined;
  if (start === null || w === undefined || w.y !== undefined || w.m === undefined) return endOf(second);
  const same = resolveWritten({ ...w, y: start.y }, ref);
  if (same === null) return endOf(second);
  return compare(same, start) < 0 ? resolveWritten({ ...w, y: start.y + 1 }, ref) : same;
}

/** A bare number read as a year ("from 1500 to 2000 jobs"): a counted noun after it makes it a count. */
const countedAfter = (c: Cursor, h: TimeHit) => h.to === h.from + 1 && countedNounAfter(c.tokens, h.to);

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

const RUN_JOINERS = new Set(["to", "-", "–", "through", "until", "till"]);

/** Cheap test first: a run's joiner within the next few tokens. */
function runJoinerAhead(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k + 1; i < k + 6 && i < tokens.length; i++) if (RUN_JOINERS.has(tokens[i]!.lower)) return true;
  return false;
}

const STARTING = new Set(["starting", "beginning", "commencing"]);
const AUXILIARIES = new Set(["be", "is", "are", "was", "were", "been", "am", "'s", "’s", "not"]);
const ONWARDS = new Set(["onwards", "onward", "beyond", "later", "after"]);

/** Cheap test first: "onwards", or "and"/"or" before "beyond"/"later"/"after", within the next few tokens. */
function onwardsAhead(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k + 1; i < k + 7 && i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w === "onwards" || w === "onward") return true;
    if ((w === "and" || w === "or") && ONWARDS.has(tokens[i + 1]?.lower ?? "")) return true;
  }
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
      return periodHit(k, /^onwards?$/.test(word(c.tokens, x.to)) ? x.to + 1 : x.to, startOf(x), null);
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
      if (x === null || (x.kind === "date" && x.anaphoric === true) || countedAfter(c, x)) return null;
      return periodHit(k, x.to, startOf(x), c.ref);
    },
  },
  {
    // "starting January 7", "beginning next month", "starting on Sept 1", "commencing in 2020": an open span
    // from a point, like "from"
    id: "period-starting",
    first: STARTING,
    starts: "word",
    read(c, k) {
      if (!STARTING.has(word(c.tokens, k))) return null;
      const at = /^(?:on|in|from)$/.test(word(c.tokens, k + 1)) ? k + 2 : k + 1;
      // "should be starting 2005 with an apology": after a verb of being, a bare time is the object
      if (at === k + 1 && AUXILIARIES.has(word(c.tokens, k - 1))) return null;
      const x = atom(c, at);
      if (x === null || (x.kind === "date" && x.anaphoric === true) || (x.kind === "period" && x.start === null && x.duration !== null) || countedAfter(c, x)) return null;
      return periodHit(k, x.to, startOf(x), null);
    },
  },
  {
    // "2018 and beyond", "2020 or later", "March onwards": an open span from a point
    id: "period-onwards",
    read(c, k) {
      if (!onwardsAhead(c.tokens, k)) return null;
      const x = longest(POINT_RULES, c, k, false);
      if (x === null || x.kind !== "date" || x.anaphoric === true) return null;
      const t = c.tokens;
      const w = word(t, x.to);
      if (w === "onwards" || w === "onward") return periodHit(k, x.to + 1, x.date, null);
      if ((w !== "and" && w !== "or") || !/^(?:beyond|later|after)$/.test(word(t, x.to + 1))) return null;
      // "in 2018 and later recovered", "2020 and beyond the reach": the clause goes on, no span
      const next = t[x.to + 2];
      if (next !== undefined && next.kind === "word" && (word(t, x.to + 1) !== "beyond" || /^(?:the|a|an|its|their|his|her|our|that|this)$/.test(next.lower))) return null;
      return periodHit(k, x.to + 2, x.date, null);
    },
  },
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
      const joiner = word(c.tokens, span.to);
      const toEnd = /^(?:to|ended|ending|through)$/.test(joiner);
      if (!toEnd && !/^(?:from|starting|beginning)$/.test(joiner)) return null;
      const x = longest(POINT_RULES, c, span.to + 1, true);
      if (x === null || x.kind !== "date" || x.anaphoric === true) return null;
      const d = span.duration;
      const [start, end] = toEnd ? [otherEnd(x.date, d, -1), x.date] : [x.date, otherEnd(x.date, d, 1)];
      return periodHit(k, x.to, start, end, d);
    },
  },
  {
    // "Nov 18-Dec 19, 2015", "Oct. 2 to October 22", "26 June to 28 June 2020": a run from one day to another,
    // written without from/between; the first day borrows the second's year
    id: "period-day-run",
    read(c, k) {
      const first = c.tokens[k]!;
      // a run opens with a month name or a day number ("Nov 18-", "26 June to")
      if (!(first.kind === "num" ? /^\d{1,2}$/.test(first.text) : MONTHS[word(c.tokens, k)] !== undefined) || !runJoinerAhead(c.tokens, k)) return null;
      const a = readCalendar(c.tokens, k);
      if (a === null || a.written.d === undefined || a.written.m === undefined || !RUN_JOINERS.has(word(c.tokens, a.end))) return null;
      const b = readCalendar(c.tokens, a.end + 1);
      if (b === null || b.written.d === undefined || b.written.m === undefined) return null;
      const x = dateHit(k, a.end, resolveWritten(a.written, c.ref), { written: a.written });
      const y = dateHit(a.end + 1, b.end, resolveWritten(b.written, c.ref), { written: b.written });
      const start = lendYear(x, y, c.ref);
      const end = followOn(start, y, c.ref);
      if (start === null || end === null || compare(start, end) >= 0) return null;
      return periodHit(k, b.end, start, end);
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
