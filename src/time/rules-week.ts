// Weeks and weekends: "this week", "last week", "next weekend", "the week after next", "the week of March 5",
// "the week beginning 4 February". claimex/v1 dates have no week precision, so a week is a period of its days:
// Monday to Sunday (ISO weeks, as in Britain and in the peer recognisers), a weekend Saturday and Sunday.
import { addDays, addMonths, daysBetween, daysInMonth, isRealDay, weekday, type Point } from "./calendar.js";
import { durationWord } from "./duration.js";
import { longest, periodHit, type Cursor, type PeriodHit, type TimeRule } from "./hit.js";
import { HOLIDAY_FIRST_WORDS } from "./holidays.js";
import { readCalendar, resolveWritten } from "./read-calendar.js";
import { DATE_RULES, offsetAt } from "./rules-date.js";
import { DATE_PART_RULES } from "./rules-date-parts.js";
import { HOLIDAY_WEEKEND, OWN_NTH_WEEK, weekendAhead } from "./rules-holiday-weekend.js";
import { afterThe, glued, readOrdinal, readYear, word } from "./words.js";

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

/** The latest day-of-month d not after ref (this month's, else the last month that has one). */
function latestDay(d: number, ref: Point | null): Point | null {
  if (ref?.m === undefined || ref.d === undefined) return null;
  for (let back = d <= ref.d ? 0 : 1; back < 3; back++) {
    const m = addMonths({ y: ref.y, m: ref.m }, -back);
    if (isRealDay(m.y, m.m!, d)) return { y: m.y, m: m.m!, d };
  }
  return null;
}

const UNIT = new Set(["week", "weekend"]);
/** "this week" and "current week" are the reference date's own; "coming" is left to the relative spans (the
 * next seven days). "following"/"previous" need an antecedent ("the following week"): not read here. */
const OFFSETS = new Set(["last", "this", "next", "current"]);

function hit(c: Cursor, from: number, to: number, n: number, weekend: boolean): PeriodHit {
  const [start, end] = weekOf(c.ref, n, weekend);
  return periodHit(from, to, start, end);
}

/** ISO week n of year y: Monday to Sunday, week 1 being the week that holds 4 January. */
function isoWeek(y: number, n: number): [Point, Point] {
  const start = monday({ y, m: 1, d: 4 }, n - 1);
  return [start, addDays(start, 6)];
}

const POINTS = [...DATE_PART_RULES, ...DATE_RULES];

const WEEK_READERS: readonly TimeRule[] = [
  HOLIDAY_WEEKEND,
  {
    // "week 31", "Week 3 of 2027", "week 27 of last year": ISO week numbers, in the reference date's year when no
    // year is written. Not "week 2 of the trial", counted from something else.
    id: "period-week-number",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const i = afterThe(t, k);
      const n = t[i + 1];
      if (word(t, i) !== "week" || n?.kind !== "num" || !/^\d{1,2}$/.test(n.text) || Number(n.text) < 1 || Number(n.text) > 53) return null;
      const after = t[i + 2];
      if (after !== undefined && glued(t, i + 2) && (after.kind !== "punct" || /^[-–/:%]$/.test(after.text))) return null; // "week 3-4", "week 2s"
      let end = i + 2;
      let y: number | null = c.ref?.y ?? null;
      if (word(t, end) === "of") {
        const yr = readYear(t, end + 1);
        const off = yr === null ? offsetAt(t, end + 1) : null;
        if (yr !== null) [y, end] = [yr.value, yr.end];
        else if (off !== null && word(t, end + 2) === "year") [y, end] = [c.ref === null ? null : c.ref.y + off, end + 3];
        else return null;
      } else if (durationWord(word(t, end)) !== undefined) return null; // "week 2 days", a count
      if (y === null) return periodHit(k, end, null, null);
      const [start, stop] = isoWeek(y, Number(n.text));
      return periodHit(k, end, start, stop);
    },
  },
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
    // "the second week of March", "the third week of 2020": the nth seven days of the month or year (the news
    // reading, as 'the first week of March' is 1–7 March; rules-relative-span.ts)
    id: "period-nth-week-of",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      if (word(t, k) !== "the") return null;
      const o = readOrdinal(t, k + 1);
      if (o === null || o.value < 2 || o.value > 5 || word(t, o.end) !== "week" || word(t, o.end + 1) !== "of") return null;
      const x = longest(POINTS, c, o.end + 2, true);
      if (x === null || x.kind !== "date" || x.anaphoric === true) return null;
      const p = x.date;
      if (p === null || p.d !== undefined) return periodHit(k, x.to, null, null, { n: 1, unit: "W" });
      const first = addDays({ y: p.y, m: p.m ?? 1, d: 1 }, 7 * (o.value - 1));
      const last: Point = { y: p.y, m: p.m ?? 12, d: daysInMonth(p.y, p.m ?? 12) };
      if (daysBetween(first, last) < 0) return null;
      const end = addDays(first, 6);
      return periodHit(k, x.to, first, daysBetween(end, last) < 0 ? last : end, { n: 1, unit: "W" });
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
      if (cal === null || cal.written.d === undefined || cal.written.m === undefined) {
        // "the week of the 18th": the latest 18th not after the reference date
        const d = word(t, i) === "the" ? readOrdinal(t, i + 1) : null;
        if (d === null || d.value < 1 || d.value > 31) return null;
        const [start, end] = weekOf(latestDay(d.value, c.ref), 0, false);
        return periodHit(k, d.end, start, end);
      }
      const day = resolveWritten(cal.written, c.ref);
      const [start, end] = weekOf(day, 0, false);
      return periodHit(k, cal.end, start, end);
    },
  },
];

const byId = (id: string): TimeRule => WEEK_READERS.find((r) => r.id === id)!;
const THE_READERS = ["period-holiday-weekend", "period-week-number", "period-nth-week-of", "period-week-after-next", "period-week-of"].map(byId);
const WEEK_NUMBER = [byId("period-week-number")];
const RELATIVE = [byId("period-holiday-weekend")];
const HOLIDAY = [byId("period-holiday-weekend")];

const OWNERS = new Set(["its", "their", "his", "her"]);
const OWN = [OWN_NTH_WEEK];

/** One entry for the scan: the first word picks the readers that can apply, so most starts cost one lookup. The
 * hit keeps the reader's id ("period-week>period-week-of"). */
export const WEEK_RULE: TimeRule = {
  id: "period-week",
  starts: "word",
  first: new Set(["the", "week", "weekend", ...OFFSETS, ...OWNERS, ...HOLIDAY_FIRST_WORDS]),
  read(c, k, cued) {
    const w = word(c.tokens, k);
    const readers = w === "the" ? THE_READERS : w === "week" ? WEEK_NUMBER : OFFSETS.has(w) ? RELATIVE : OWNERS.has(w) ? OWN : weekendAhead(c.tokens, k) ? HOLIDAY : null;
    return readers === null ? null : longest(readers, c, k, cued);
  },
};
