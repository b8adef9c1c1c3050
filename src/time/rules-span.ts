// Spans built from other time expressions: "between 2016 and August 2019", "from 2007", "since 2014",
// "until 2010", "within a week", "the three months to December", "2005 and 2006", "22 and 23 June", "all of 2004".
// The words since/between/from/within/until carry meaning and stay in the text.
import { CLOCK_WORDS } from "../lexicon/time-words.js";
import { ORIGIN_NOUNS } from "../lexicon/time-phrases.js";
import { addDays, addMonths, compare, daysInMonth, isRealDay, type Point } from "./calendar.js";
import { countedNounAfter } from "./cues.js";
import { endOf, longest, periodHit, startOf, type Cursor, type TimeHit, type TimeRule } from "./hit.js";
import { resolveWritten, type Written } from "./read-calendar.js";
import { DATE_RULES } from "./rules-date.js";
import { DATE_PART_RULES } from "./rules-date-parts.js";
import { PERIOD_RULES } from "./rules-period.js";
import { glued, isCapitalised, readDay, readMonth, readYear, word } from "./words.js";
import { durationWord, shift, type Duration } from "./duration.js";

/** Every rule that reads one time expression on its own. */
export const ATOMS = [...PERIOD_RULES, ...DATE_PART_RULES, ...DATE_RULES];

/** The inclusive other end of a span of length d that starts (sign 1) or ends (-1) at p, at p's precision:
 * 12 months from April 1 end on March 31; three months to December start in October. */
function otherEnd(p: Point | null, d: Duration, sign: 1 | -1): Point | null {
  if (p === null) return null;
  const months = d.unit === "Y" ? d.n * 12 : d.unit === "M" ? d.n : null;
  if (p.d !== undefined && months !== null && Number.isInteger(months) && p.m !== undefined) {
    // whole months from a month's first day, or back from its last day, stay whole: nine months ended Sept 30
    // began on Jan 1
    if (sign === -1 && p.d === daysInMonth(p.y, p.m)) return { ...addMonths({ y: p.y, m: p.m }, 1 - months), d: 1 };
    if (sign === 1 && p.d === 1) {
      const m = addMonths({ y: p.y, m: p.m }, months - 1);
      return { ...m, d: daysInMonth(m.y, m.m!) };
    }
  }
  if (p.d !== undefined && (d.unit === "D" || d.unit === "W" || months !== null)) return addDays(shift(p, d, sign), -sign);
  if (months === null || !Number.isInteger(months) || p.m === undefined && months % 12 !== 0) return null;
  if (p.m === undefined) return { y: p.y + sign * (months / 12 - 1) };
  return addMonths({ y: p.y, m: p.m }, sign * (months - 1));
}

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
  if (!joiners.has(word(c.tokens, x.to))) return null;
  const y = atom(c, x.to + 1);
  if (y === null) return null;
  if (countedAfter(c, y)) return null;
  if (CLOCK_WORDS.has(word(c.tokens, y.to))) return periodHit(k, y.to + 1, null, null);
  const start = lendYear(x, y, c.ref);
  const end = endOf(y);
  if (start !== null && end !== null && compare(start, end) > 0) return null; // "from the 1990s to 1985": no span
  return periodHit(k, y.to, start, end);
}

/** A bare number read as a year ("from 1500 to 2000 jobs"): a counted noun after it makes it a count. */
const countedAfter = (c: Cursor, h: TimeHit) => h.to === h.from + 1 && countedNounAfter(c.tokens, h.to);

/** "from 2007" starts a run when a start word, a span or a figure goes before it ("effective from March 1", "12
 * months from April 1", "200,000 cars from 2007") or "onwards" after it. Not when it dates a thing ("the sextant
 * from 1731"), is the base of a change ("up 9% from September", "from December's 1.5 pct", "from 2003 levels") or
 * is "from last year", which compares more often than it starts. */
function startsRun(c: Cursor, k: number, x: TimeHit): boolean {
  const t = c.tokens;
  const after = word(t, x.to);
  if (/^(?:onwards?|on)$/.test(after)) return true;
  if (/['’]s$/.test(t[x.to - 1]?.lower ?? "") || (t[x.to]?.kind === "word" && !isCapitalised(t[x.to]) && !STOP_AFTER.has(after))) return false;
  if (x.kind === "date" && x.written === undefined) return /^(?:next|this)$/.test(word(t, x.from));
  const before = word(t, k - 1);
  if (ORIGIN_NOUNS.has(before)) return false;
  if (START_WORDS.has(before) || durationWord(before) !== undefined) return true;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (CHANGE_WORDS.has(word(t, j))) return false;
  // a figure (not a year, not part of a name like "CDP-101") just before
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (t[j]!.kind === "num" && t[j]!.spaced && readYear(t, j) === null) return true;
  return false;
}
const START_WORDS = new Set(["effective", "starting", "beginning", "as", "available", "valid", "apply", "applies", "run", "runs", "operational", "open", "live"]);
// changes already reported; "will rise to 200,000 cars from 2007" looks forward and starts a run
const CHANGE_WORDS = new Set([
  "up", "down", "rose", "risen", "fell", "fallen", "increase", "increased", "decrease", "decreased", "gained",
  "slowed", "slipped", "dropped", "climbed", "jumped", "higher", "lower", "compared", "changed", "grew", "declined",
]);
const STOP_AFTER = new Set(["and", "or", "to", "in", "on", "at", "for", "with", "by", "under", "until", "the", "a", "as", "when", "after", "but", "will", "is", "was"]);

/** "22 and 23 June", "22-23 June 2019", "June 22-23", "6 to 9 January". */
function readDayPair(c: Cursor, k: number): TimeHit | null {
  const t = c.tokens;
  const m0 = readMonth(t, k);
  const d1 = readDay(t, m0?.end ?? k);
  if (d1 === null || !/^(?:and|-|to)$/.test(word(t, d1.end))) return null;
  const d2 = readDay(t, d1.end + 1);
  if (d2 === null || d2.value <= d1.value) return null;
  const m = m0 ?? readMonth(t, d2.end);
  if (m === null) return null;
  const after = m0 === null ? m.end : d2.end;
  const yr = readYear(t, t[after]?.text === "," ? after + 1 : after);
  const last = yr?.end ?? after;
  const a = resolveWritten({ ...(yr === null ? {} : { y: yr.value }), m: m.value, d: d1.value }, c.ref);
  const b = a === null || a.m === undefined || a.d === undefined || !isRealDay(a.y, a.m, d2.value) ? a : { ...a, d: d2.value };
  return periodHit(k, last, a, b);
}

export const SPAN_RULES: readonly TimeRule[] = [
  {
    id: "period-between",
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "between") return null;
      const pair = readDayPair(c, k + 1);
      if (pair !== null) return { ...pair, from: k };
      const x = atom(c, k + 1);
      return x === null ? null : range(c, k, x, BETWEEN_JOINERS);
    },
  },
  {
    // "from 2007", "from 2007 to 2009"; "a press release from August" says where the release came from
    id: "period-from",
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "from") return null;
      const pair = readDayPair(c, k + 1);
      if (pair !== null) return { ...pair, from: k };
      const x = atom(c, k + 1);
      if (x === null) return null;
      const both = range(c, k, x, FROM_JOINERS);
      if (both !== null) return both;
      if (!startsRun(c, k, x) || countedAfter(c, x)) return null;
      return periodHit(k, x.to, startOf(x), null);
    },
  },
  {
    // "since 2014": open to the reference date
    id: "period-since",
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "since") return null;
      const x = atom(c, k + 1);
      if (x === null || (x.kind === "date" && x.anaphoric === true) || countedAfter(c, x)) return null;
      return periodHit(k, x.to, startOf(x), c.ref);
    },
  },
  {
    id: "period-until",
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
    starts: "word",
    read(c, k) {
      if (word(c.tokens, k) !== "within") return null;
      const x = atom(c, k + 1);
      if (x === null || x.kind !== "period") return null;
      return { ...x, from: k };
    },
  },
  {
    // "the three months to December", "the year to March 2005", "the quarter ending September 30",
    // "12 months from April 1": a stated length anchored at one end
    id: "period-anchored",
    read(c, k) {
      if (!joinerAhead(c.tokens, k)) return null;
      const span = longest(PERIOD_RULES, c, k, false);
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
    // "2005 and 2006": two years running
    id: "period-year-pair",
    starts: "num",
    read(c, k) {
      const a = readYear(c.tokens, k);
      if (a === null || !/^(?:and|or)$/.test(word(c.tokens, a.end))) return null;
      const b = readYear(c.tokens, a.end + 1);
      if (b === null || b.value !== a.value + 1 || countedNounAfter(c.tokens, b.end)) return null;
      return periodHit(k, b.end, { y: a.value }, { y: b.value });
    },
  },
  { id: "period-day-pair", read: readDayPair },
  {
    // "April-September", "January-March 2005": a run of months
    id: "period-month-range",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const a = readMonth(t, k);
      if (a === null || !/^[-–]$/.test(t[a.end]?.text ?? "") || !glued(t, a.end) || !glued(t, a.end + 1)) return null;
      const b = readMonth(t, a.end + 1);
      if (b === null) return null;
      const yr = readYear(t, b.end);
      const end = resolveWritten(yr === null ? { m: b.value } : { y: yr.value, m: b.value }, c.ref);
      const start = end === null ? null : { y: a.value > b.value ? end.y - 1 : end.y, m: a.value };
      return periodHit(k, yr?.end ?? b.end, start, end);
    },
  },
  {
    // "all of 2004", "all of last year"
    id: "period-all-of",
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
