// Resolving what the text leaves open against the reference date. News is about the past: a month or weekday
// without a year is the latest one not after the reference date; a day and month is the latest such day unless
// the next one is less than half as far (wire copy announces dates: "payable March 13" in a February story).
import { addDays, addMonths, daysBetween, isRealDay, weekday, type Point } from "./calendar.js";

/** "in August": the latest August not after ref (this month counts); "last August" (-1): strictly before this
 * month; "next August" (+1): strictly after; "this August" (0): in ref's year. */
export function resolveMonth(m: number, ref: Point | null, offset: -1 | 0 | 1 | null = null): Point | null {
  if (ref === null || ref.m === undefined) return null;
  if (offset === 0) return { y: ref.y, m };
  if (offset === 1) return { y: m > ref.m ? ref.y : ref.y + 1, m };
  if (offset === -1) return { y: m < ref.m ? ref.y : ref.y - 1, m };
  return { y: m <= ref.m ? ref.y : ref.y - 1, m };
}

/** "Oct 12" without a year. An impossible day ("February 30") keeps month precision. */
export function resolveDayMonth(m: number, d: number, ref: Point | null): Point | null {
  if (ref === null || ref.m === undefined || ref.d === undefined) return null;
  const pastYear = m < ref.m || (m === ref.m && d <= ref.d) ? ref.y : ref.y - 1;
  if (!isRealDay(pastYear, m, d) && !isRealDay(pastYear + 1, m, d)) return { y: pastYear, m };
  const past = { y: pastYear, m, d };
  const future = { y: pastYear + 1, m, d };
  const back = isRealDay(past.y, m, d) ? daysBetween(past, ref) : Infinity;
  const ahead = isRealDay(future.y, m, d) ? daysBetween(ref, future) : Infinity;
  return ahead * 2 < back ? future : past;
}

/** "on Thursday": the latest Thursday on or before ref; "last Thursday" strictly before; "next" strictly after. */
export function resolveWeekday(wd: number, ref: Point | null, offset: -1 | 0 | 1 | null = null): Point | null {
  if (ref === null || ref.d === undefined) return null;
  const today = weekday(ref);
  if (offset === 1 || offset === 0 && wd > today) return addDays(ref, ((wd - today + 7) % 7) || 7);
  const back = (today - wd + 7) % 7;
  return addDays(ref, offset === -1 && back === 0 ? -7 : -back);
}

export type CalendarUnit = "year" | "month" | "day";

/** "last year", "next month", "yesterday": ref moved by whole units, at that unit's precision. */
export function relativeTo(ref: Point | null, unit: CalendarUnit, n: number): Point | null {
  if (ref === null) return null;
  if (unit === "year") return { y: ref.y + n };
  if (ref.m === undefined) return null;
  if (unit === "month") {
    const p = addMonths({ y: ref.y, m: ref.m }, n);
    return { y: p.y, m: p.m! };
  }
  return ref.d === undefined ? null : addDays(ref, n);
}

/** The season's year: "last summer" is the latest whole summer before ref, "this"/"next" count from ref's year. */
export function resolveSeason(first: number, ref: Point | null, offset: -1 | 0 | 1 | null): Point | null {
  if (ref === null || ref.m === undefined) return null;
  if (offset === 1) return { y: first > ref.m ? ref.y : ref.y + 1 };
  if (offset === 0) return { y: ref.y };
  // winter (first month 12) that began last December still counts as this one until March
  const begun = first <= ref.m;
  return { y: offset === -1 ? (first + 2 < ref.m ? ref.y : ref.y - 1) : begun ? ref.y : ref.y - 1 };
}
