// Holidays whose day moves from year to year: Easter and the days fixed by it, and the US holidays set as the nth
// weekday of a month. Fixed-date holidays are in lexicon/time-phrases.ts (HOLIDAYS).
import { table } from "../lexicon/table.js";
import { HOLIDAYS } from "../lexicon/time-phrases.js";
import { word, type Tokens } from "./words.js";
import { addDays, daysBetween, daysInMonth, weekday, type Point } from "./calendar.js";

type MovableRule = { readonly easter: number } | { readonly m: number; readonly weekday: number; readonly nth: number };

/** Name (lower case) → rule: days from Easter Sunday, or the nth (-1: last) ISO weekday of a month. */
export const MOVABLE_HOLIDAYS: Readonly<Record<string, MovableRule>> = table({
  easter: { easter: 0 }, "easter sunday": { easter: 0 }, "good friday": { easter: -2 }, "easter monday": { easter: 1 },
  "holy saturday": { easter: -1 }, "whit monday": { easter: 50 },
  thanksgiving: { m: 11, weekday: 4, nth: 4 }, "thanksgiving day": { m: 11, weekday: 4, nth: 4 },
  "labor day": { m: 9, weekday: 1, nth: 1 }, "memorial day": { m: 5, weekday: 1, nth: -1 },
});

/** Easter Sunday of year y (Gregorian; the anonymous algorithm of Nature, 1876). */
function easterSunday(y: number): Point {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The day a movable holiday falls on in year y. */
export function movableDay(name: string, y: number): Point | null {
  const r = MOVABLE_HOLIDAYS[name];
  if (r === undefined || y < 1583 || y > 9999) return null;
  if ("easter" in r) return addDays(easterSunday(y), r.easter);
  if (r.nth > 0) {
    const first: Point = { y, m: r.m, d: 1 };
    return addDays(first, ((r.weekday - weekday(first) + 7) % 7) + 7 * (r.nth - 1));
  }
  const last: Point = { y, m: r.m, d: daysInMonth(y, r.m) };
  return addDays(last, -((weekday(last) - r.weekday + 7) % 7));
}

/** A holiday's day without a year: the latest one not after ref, unless the next is less than half as far (the
 * rule for days and months without a year, resolve.ts). `inYear` gives the day in a year. */
export function nearestHoliday(inYear: (y: number) => Point | null, ref: Point | null): Point | null {
  if (ref?.d === undefined) return null;
  const here = inYear(ref.y);
  if (here === null) return null;
  const past = daysBetween(here, ref) >= 0 ? here : inYear(ref.y - 1);
  const future = daysBetween(here, ref) >= 0 ? inYear(ref.y + 1) : here;
  if (past === null || future === null) return past ?? future;
  return daysBetween(ref, future) * 2 < daysBetween(past, ref) ? future : past;
}

/** The long weekend a holiday makes: Saturday and Sunday with the holiday joined on (Thursday to Sunday for
 * Thanksgiving, Saturday to Monday for Labor Day); Easter's runs from Good Friday to Easter Monday. */
export function holidayWeekend(name: string, day: Point): [Point, Point] {
  if (MOVABLE_HOLIDAYS[name] !== undefined && "easter" in MOVABLE_HOLIDAYS[name]!) {
    const sunday = addDays(day, 7 - weekday(day));
    return [addDays(sunday, -2), addDays(sunday, 1)];
  }
  const wd = weekday(day);
  if (wd === 7) return [addDays(day, -1), day];
  if (wd >= 4) return [day, addDays(day, 7 - wd)]; // Thursday to Saturday: on to the Sunday
  return [addDays(day, -(wd + 1)), day]; // Monday to Wednesday: back to the Saturday before
}

/** The first words of every holiday's name: a cheap test before names are put together. */
export const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...Object.keys(HOLIDAYS), ...Object.keys(MOVABLE_HOLIDAYS)].map((n) => n.split(" ")[0]!));

/** Whether a (lower-case) word can open a holiday's name ("christmas", "christmas's", "good", "new"). */
export function mayStartHoliday(lower: string): boolean {
  return HOLIDAY_FIRST_WORDS.has(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
}

export interface HolidayRead {
  name: string;
  end: number;
  /** The holiday's day in a year. */
  inYear: (y: number) => Point | null;
}

/** A holiday's name at k, of up to three words ("New Year's Eve", "Labor Day", "Easter"). */
export function readHoliday(tokens: Tokens, k: number): HolidayRead | null {
  if (!mayStartHoliday(tokens[k]?.lower ?? "")) return null;
  for (let n = 3; n >= 1; n--) {
    const parts: string[] = [];
    for (let j = 0; j < n; j++) parts.push(j === n - 1 ? word(tokens, k + j) : (tokens[k + j]?.lower ?? ""));
    const name = parts.join(" ");
    const fixed = HOLIDAYS[name];
    if (fixed !== undefined && fixed !== null) return { name, end: k + n, inYear: (y) => ({ y, m: fixed[0], d: fixed[1] }) };
    if (MOVABLE_HOLIDAYS[name] !== undefined) return { name, end: k + n, inYear: (y) => movableDay(name, y) };
  }
  return null;
}
