// A run written as two ends ("between January and March 2019", "from August to October", "between now and
// Christmas", "from April to June in 2017"): which days the ends name, the first borrowing the second's year and
// the second following the first.
import { CLOCK_WORDS } from "../lexicon/time-words.js";
import { atom, countedAfter } from "./atoms.js";
import { compare, type Point } from "./calendar.js";
import { endOf, periodHit, startOf, type Cursor, type PeriodHit, type TimeHit } from "./hit.js";
import { resolveWritten, type Written } from "./read-calendar.js";
import { readYear, word } from "./words.js";

/** "between January and March 2019": the first end borrows the second's year (a year earlier if its month is later). */
export function lendYear(first: TimeHit, second: TimeHit, ref: Point | null): Point | null {
  const w: Written | undefined = first.kind === "date" ? first.written : undefined;
  const to = endOf(second);
  if (w === undefined || w.y !== undefined || w.m === undefined || to === null || second.kind !== "date" || second.written?.y === undefined) return startOf(first);
  const y = to.m !== undefined && w.m > to.m ? to.y - 1 : to.y;
  return resolveWritten({ ...w, y }, ref);
}

/** "X and Y" after between/from: a period from X's start to Y's end; times of day ("2000 and 2100 GMT") and
 * counts ("from 1500 to 2000 jobs") are no span of dates. */
export function range(c: Cursor, k: number, x: TimeHit, joiners: ReadonlySet<string>): TimeHit | null {
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
export function followOn(start: Point | null, second: TimeHit, ref: Point | null): Point | null {
  const w = second.kind === "date" ? second.written : undefined;
  if (start === null || w === undefined || w.y !== undefined || w.m === undefined) return endOf(second);
  const same = resolveWritten({ ...w, y: start.y }, ref);
  if (same === null) return endOf(second);
  return compare(same, start) < 0 ? resolveWritten({ ...w, y: start.y + 1 }, ref) : same;
}
