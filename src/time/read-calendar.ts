// Calendar dates as written: "Oct 12, 2017", "12 January", "5th of April 1920", "October, 1985", "August",
// "2017-10-12", "25/12/2005". The reader records what is written; resolve() fills in what the text leaves open.
import { isRealDay, type Point } from "./calendar.js";
import { resolveDayMonth, resolveMonth } from "./resolve.js";
import { glued, isCapitalised, readCount, readDay, readMonth, readYear, type Tokens } from "./words.js";

export interface Written {
  y?: number;
  m?: number;
  d?: number;
}

export interface CalendarRead {
  begin: number;
  end: number;
  written: Written;
  /** A day or year is written, or a full month name with a capital: safe without a cue word before it. */
  strong: boolean;
  rule: string;
}

export function readCalendar(tokens: Tokens, i: number): CalendarRead | null {
  return readNumeric(tokens, i) ?? readMonthFirst(tokens, i) ?? readDayFirst(tokens, i) ?? readYearFirst(tokens, i);
}

/** "2016 November", "2016, Nov": a year, then its month (not "2016 May said", a name). */
function readYearFirst(tokens: Tokens, i: number): CalendarRead | null {
  const year = readYear(tokens, i);
  if (year === null) return null;
  const k = tokens[year.end]?.text === "," ? year.end + 1 : year.end;
  const month = readMonth(tokens, k);
  if (month === null || /^(?:may|march)$/i.test(tokens[k]!.text) || readDay(tokens, month.end) !== null) return null;
  return { begin: i, end: month.end, written: { y: year.value, m: month.value }, strong: true, rule: "cal-year-month-words" };
}

/** "Oct 12, 2017", "Oct. 12", "October 2017", "October, 1985", "August". */
function readMonthFirst(tokens: Tokens, i: number): CalendarRead | null {
  const month = readMonth(tokens, i);
  if (month === null) return null;
  const day = readDay(tokens, month.end) ?? readWordDay(tokens, month.end);
  if (day !== null && !continuesAsNumber(tokens, day.end)) {
    let k = day.end;
    if (tokens[k]?.text === ",") k++;
    const year = readYear(tokens, k);
    if (year !== null) return { begin: i, end: year.end, written: { y: year.value, m: month.value, d: day.value }, strong: true, rule: "cal-month-day-year" };
    return { begin: i, end: day.end, written: { m: month.value, d: day.value }, strong: true, rule: "cal-month-day" };
  }
  const year = readYear(tokens, yearAfterMonth(tokens, month.end));
  if (year !== null) return { begin: i, end: year.end, written: { y: year.value, m: month.value }, strong: true, rule: "cal-month-year" };
  return { begin: i, end: month.end, written: { m: month.value }, strong: month.strong, rule: "cal-month" };
}

/** Where a month's year would be: "October 2017", "October, 1985", "June of 1992", "Dec-2018", "Dec/2018". */
function yearAfterMonth(tokens: Tokens, k: number): number {
  const t = tokens[k];
  if (t?.text === "," || t?.lower === "of") return k + 1;
  if ((t?.text === "-" || t?.text === "/") && glued(tokens, k) && glued(tokens, k + 1) && tokens[k + 1]?.text.length === 4) return k + 1;
  return k;
}

/** "12 January", "12th January 2005", "the 5th of April", "the 11 September 2001 attacks". */
function readDayFirst(tokens: Tokens, i: number): CalendarRead | null {
  const k0 = tokens[i]?.lower === "the" ? i + 1 : i;
  const day = readDay(tokens, k0);
  if (day === null) return null;
  let k = day.end;
  if (tokens[k]?.lower === "of") k++;
  const month = readMonth(tokens, k);
  if (month === null || (!month.strong && /^(?:may|march)$/.test(tokens[k]!.text))) return null;
  let j = month.end;
  if (tokens[j]?.text === ",") j++;
  const year = readYear(tokens, j);
  if (year !== null) return { begin: i, end: year.end, written: { y: year.value, m: month.value, d: day.value }, strong: true, rule: "cal-day-month-year" };
  return { begin: i, end: month.end, written: { m: month.value, d: day.value }, strong: true, rule: "cal-day-month" };
}

/** "2017-10-12" (ISO), "25/12/2005" and "12/25/05". When both orders are possible the day and month stay
 * unknown and only the year is kept; two-digit years are read in the window of twoDigitYear(). */
function readNumeric(tokens: Tokens, i: number): CalendarRead | null {
  const part = (k: number, sep: string) => tokens[k]?.text === sep && glued(tokens, k) && tokens[k + 1]?.kind === "num" && glued(tokens, k + 1);
  const year = readYear(tokens, i);
  if (year !== null && part(i + 1, "-") && part(i + 3, "-") && /^\d{2}$/.test(tokens[i + 2]!.text) && /^\d{2}$/.test(tokens[i + 4]!.text)) {
    const m = Number(tokens[i + 2]!.text);
    const d = Number(tokens[i + 4]!.text);
    if (m < 1 || m > 12) return null;
    return { begin: i, end: i + 5, written: { y: year.value, m, d }, strong: true, rule: "cal-iso" };
  }
  const lone = (k: number) => !(tokens[k]?.text === "/" || tokens[k]?.text === "-") || !glued(tokens, k);
  // "2016-11", "2015/3": a year and its month ("2003-04" as a span of years is read by period-year-range first)
  if (year !== null && (part(i + 1, "-") || part(i + 1, "/")) && /^\d{1,2}$/.test(tokens[i + 2]!.text) && lone(i + 3)) {
    const m = Number(tokens[i + 2]!.text);
    return m >= 1 && m <= 12 ? { begin: i, end: i + 3, written: { y: year.value, m }, strong: true, rule: "cal-year-month" } : null;
  }
  const a = tokens[i];
  // "3/2015", "11-2016": a month and its year
  if (a?.kind === "num" && /^\d{1,2}$/.test(a.text) && (part(i + 1, "/") || part(i + 1, "-")) && readYear(tokens, i + 2) !== null && lone(i + 3) && tokens[i + 2]!.text.length === 4) {
    const m = Number(a.text);
    if (m >= 1 && m <= 12 && (i === 0 || lone(i - 1))) return { begin: i, end: i + 3, written: { y: Number(tokens[i + 2]!.text), m }, strong: true, rule: "cal-month-year-numeric" };
  }
  if (a?.kind !== "num" || !/^\d{1,2}$/.test(a.text) || !part(i + 1, "/") || !part(i + 3, "/")) return null;
  const yText = tokens[i + 4]!.text;
  if (!/^(?:\d{2}|\d{4})$/.test(yText) || tokens[i + 5]?.text === "/" && glued(tokens, i + 5)) return null;
  const [x, z] = [Number(a.text), Number(tokens[i + 2]!.text)];
  const y = yText.length === 4 ? Number(yText) : twoDigitYear(Number(yText), null);
  const written: Written = x > 12 && z <= 12 ? { y, m: z, d: x } : z > 12 && x <= 12 ? { y, m: x, d: z } : x === z && x <= 12 ? { y, m: x, d: x } : { y };
  return { begin: i, end: i + 5, written, strong: true, rule: written.m === undefined ? "cal-numeric-ambiguous" : "cal-numeric" };
}

/** Wire copy writes small days in words: "payable April one to holders of record March 20". Only where no
 * noun follows ("in April one company said" is no date). */
function readWordDay(tokens: Tokens, k: number): { value: number; end: number } | null {
  const n = readCount(tokens, k);
  if (n === null || n.value < 1 || n.value > 31 || !Number.isInteger(n.value) || tokens[k]!.kind !== "word" || /^an?$/.test(tokens[k]!.lower)) return null;
  const next = tokens[n.end];
  if (next !== undefined && next.kind === "word" && !isCapitalised(next) && !/^(?:to|and|through|until)$/.test(next.lower)) return null;
  return { value: n.value, end: n.end };
}

/** "May 3:30", "June 3/4", "May 3%": the day is part of another number. */
function continuesAsNumber(tokens: Tokens, k: number): boolean {
  const t = tokens[k];
  return t !== undefined && glued(tokens, k) && (t.text === ":" || t.text === "/" || t.text === "%");
}

/** Two-digit years: the year in the hundred that ends ten years after the reference year (1930–2029 without one). */
export function twoDigitYear(yy: number, ref: Point | null): number {
  const top = (ref?.y ?? 2019) + 10;
  const candidate = Math.floor(top / 100) * 100 + yy;
  return candidate > top ? candidate - 100 : candidate;
}

/** The point a written date names, resolved against ref when the year is left open; an impossible day
 * ("February 30") keeps its month. `offset` is "last"/"this"/"next" before a bare month. */
export function resolveWritten(w: Written, ref: Point | null, offset: -1 | 0 | 1 | null = null): Point | null {
  if (w.m === undefined) return w.y === undefined ? null : { y: w.y };
  if (w.y !== undefined) return w.d !== undefined && isRealDay(w.y, w.m, w.d) ? { y: w.y, m: w.m, d: w.d } : { y: w.y, m: w.m };
  if (w.d !== undefined) return resolveDayMonth(w.m, w.d, ref);
  return resolveMonth(w.m, ref, offset);
}
