// Weeks and weekends: "this week", "last week", "next weekend", "the week after next", "the week of March 5",
// "the week beginning 4 February". claimex/v1 dates have no week precision, so a week is a period of its days:
// Monday to Sunday (ISO weeks, as in Britain and in the peer recognisers), a weekend Saturday and Sunday.
import { addDays, weekday, type Point } from "./calendar.js";
import { periodHit, type Cursor, type PeriodHit, type TimeRule } from "./hit.js";
import { readCalendar, resolveWritten } from "./read-calendar.js";
import { offsetAt } from "./rules-date.js";
import { word } from "./words.js";

/** The Monday of the week that holds p, moved by n weeks. */
function monday(p: Point, n: number): Point {
  return addDays(p, 1 - weekday(p) + 7 * n);
}

/** Monday–Sunday, or Saturday–Sunday for a weekend, of the week n weeks from the one holding p. */
function weekOf(p: Point | null, n: number, weekend: boolean): [Point | null, Point | null] {
  if (p === null || p.d === undefined) return [null, null];
  const m = monday(p, n);
  return [addDays(m, weekend ? 5 : 0), addDays(m, 6)];
}

const UNIT = new Set(["week", "weekend"]);
/** "this week" and "current week" are the reference date's own; "coming" is left to the relative spans (the
 * next seven days). "following"/"previous" need an antecedent ("the following week"): not read here. */
const OFFSETS = new Set(["last", "this", "next", "current"]);

function hit(c: Cursor, from: number, to: number, n: number, weekend: boolean): PeriodHit {
  const [start, end] = weekOf(c.ref, n, weekend);
  return periodHit(from, to, start, end);
}

export const WEEK_RULES: readonly TimeRule[] = [
  {
    // "last week", "this weekend", "next week's meeting" (not "the last week", a span of seven days)
    id: "period-relative-week",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const off = OFFSETS.has(word(t, k)) ? offsetAt(t, k) : null;
      const unit = word(t, k + 1);
      if (off === null || !UNIT.has(unit) || word(t, k - 1) === "the") return null;
      if (t[k + 2]?.text === "-" && !t[k + 2]!.spaced) return null; // "this week-long", "last weekend-only"
      return hit(c, k, k + 2, off, unit === "weekend");
    },
  },
  {
    // "the week after next", "the weekend after next", "the week after the next"
    id: "period-week-after-next",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      if (word(t, k) !== "the" || !UNIT.has(word(t, k + 1)) || word(t, k + 2) !== "after") return null;
      const i = word(t, k + 3) === "the" ? k + 4 : k + 3;
      if (word(t, i) !== "next") return null;
      return hit(c, k, i + 1, 2, word(t, k + 1) === "weekend");
    },
  },
  {
    // "the week of March 5", "the week beginning 4 February", "the week starting on Monday 6 June", "the week
    // commencing 4 Feb": the Monday–Sunday week that holds the day (week commencing names a Monday by convention;
    // a day that is no Monday names the week it falls in)
    id: "period-week-of",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      if (word(t, k) !== "the" || word(t, k + 1) !== "week") return null;
      let i = k + 2;
      const link = word(t, i);
      if (link !== "of" && link !== "beginning" && link !== "starting" && link !== "commencing") return null;
      i++;
      if (link !== "of" && word(t, i) === "on") i++;
      const cal = readCalendar(t, i);
      if (cal === null || cal.written.d === undefined || cal.written.m === undefined) return null;
      const day = resolveWritten(cal.written, c.ref);
      const [start, end] = weekOf(day, 0, false);
      return periodHit(k, cal.end, start, end);
    },
  },
];
