// Runs written as two ends: "2005 and 2006", "22 and 23 June", "June 22-23", "April-September", "Nov 18-Dec 19",
// "2014 to 2018".
import { MONTHS } from "../lexicon/time-words.js";
import { compare, isRealDay } from "./calendar.js";
import { countedNounAfter } from "./cues.js";
import { dateHit, periodHit, type Cursor, type TimeHit, type TimeRule } from "./hit.js";
import { followOn, lendYear } from "./read-range.js";
import { readCalendar, resolveWritten } from "./read-calendar.js";
import { glued, readDay, readMonth, readYear, word } from "./words.js";

/** "22 and 23 June", "22-23 June 2019", "June 22-23", "6 to 9 January". */
export function readDayPair(c: Cursor, k: number): TimeHit | null {
  const t = c.tokens;
  const m0 = readMonth(t, k);
  const d1 = readDay(t, m0?.end ?? k);
  if (d1 === null || !/^(?:and|-|–|to|through|until|till)$/.test(word(t, d1.end))) return null;
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

const RUN_JOINERS = new Set(["to", "-", "–", "through", "until", "till"]);

/** Cheap test first: a run's joiner within the next few tokens. */
function runJoinerAhead(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k + 1; i < k + 6 && i < tokens.length; i++) if (RUN_JOINERS.has(tokens[i]!.lower)) return true;
  return false;
}

export const RUN_RULES: readonly TimeRule[] = [
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
  {
    // "2014 through 2018", "1997 to 2002", "2001 until 2005": a run of years written without from/between (not
    // "1500 to 2000 jobs", nor years out of order)
    id: "period-year-run",
    starts: "num",
    read(c, k) {
      const t = c.tokens;
      const a = readYear(t, k);
      if (a === null || !/^(?:to|through|until|till|–)$/.test(word(t, a.end))) return null;
      const b = readYear(t, a.end + 1);
      if (b === null || b.value <= a.value || b.value - a.value > 100 || a.value < 1800 || b.value > 2100 || countedNounAfter(t, b.end)) return null;
      if (/^[$£€¥]$/.test(t[k - 1]?.text ?? "") || (t[b.end]?.text === "%" && glued(t, b.end))) return null; // "$1999 to 2005", "1999 to 2005%"
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
];
