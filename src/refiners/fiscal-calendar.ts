// A company's fiscal calendar, read off the article itself. Earnings copy often names one quarter with its end
// ("the fourth quarter ending May 30"); that fixes the fiscal year (it ends in May), and the other quarters the
// article mentions without months ("4TH QTR", "third-quarter", "the fiscal 1986 fourth quarter", "the year",
// "the same year-ago period") can be placed. Without such an anchor quarters keep unknown months: a fiscal quarter
// need not follow the calendar. A fiscal year is named by the calendar year it ends in.
import type { Context, Draft, PeriodDraft, Refiner } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import { compare, daysBetween, daysInMonth, parseIsoDay, type Point } from "../time/calendar.js";

const ORDINAL = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]*(?:quarter|qtr)\b/i;
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

interface Anchor {
  n: number;
  /** Months since year 0 of the anchor quarter's last month. */
  end: number;
}

export const fiscalCalendar: Refiner = {
  name: "fiscal-calendar",
  run(ctx, drafts) {
    const anchor = findAnchor(ctx.text, drafts);
    if (anchor === null) return placeRowSpans(ctx.text, placeRecentQuarters(ctx, drafts));
    const fiscalEndMonth = (((anchor.end + 3 * (4 - anchor.n)) % 12) + 12) % 12; // 0 = January
    for (const d of drafts) {
      if (d.type !== "period" || d.start !== null || d.end !== null) continue;
      const text = ctx.text.slice(d.span.start, d.span.end);
      const q = ORDINAL.exec(text);
      if (q !== null && d.duration === "P3M") {
        const m = ORDINALS[q[1]!.toLowerCase()]!;
        const y = YEAR.exec(text);
        // a written fiscal year ends in its fiscal month of that calendar year; else the anchor's fiscal year
        const qEnd = y !== null ? Number(y[1]) * 12 + fiscalEndMonth - 3 * (4 - m) : anchor.end + 3 * (m - anchor.n);
        place(d, qEnd - 2, qEnd);
      } else if (d.rule.startsWith("period-year-ago")) {
        place(d, anchor.end - 14, anchor.end - 12);
      } else if (d.rule.startsWith("period-the-year") && d.duration === "P1Y") {
        const fyEnd = anchor.end + 3 * (4 - anchor.n);
        place(d, fyEnd - 11, fyEnd);
      }
    }
    return placeRowSpans(ctx.text, drafts);
  },
};

/** Months a results table's cumulative row covers, by the quarter whose table it follows. */
const ROW_MONTHS: Readonly<Record<string, number>> = { P6M: 6, P9M: 9, P12M: 12, P1Y: 12 };

/**
 * Results tables: after the placed quarter's lines, a row head "Six mths", "Nine mths", "12 months" on a line of its
 * own covers the fiscal year to that quarter's end ("4TH QTR" placed at 1986-10..1986-12, then "12 mths" is
 * 1986-01..1986-12). Only when the row's length is the quarter's number of quarters (six months with a second
 * quarter, 12 with a fourth) and only for a row head, not a length in running text.
 */
function placeRowSpans(text: string, drafts: Draft[]): Draft[] {
  let quarter: { n: number; end: number } | null = null;
  for (const d of drafts) {
    if (d.type !== "period") continue;
    if (quarter === null && d.duration === "P3M" && d.end !== null) {
      const q = ORDINAL.exec(text.slice(d.span.start, d.span.end));
      const m = /^(\d{4})-(\d{2})$/.exec(d.end);
      if (q !== null && m !== null) quarter = { n: ORDINALS[q[1]!.toLowerCase()]!, end: Number(m[1]) * 12 + Number(m[2]) - 1 };
      continue;
    }
    const months = ROW_MONTHS[d.duration ?? ""];
    if (quarter === null || months === undefined || d.start !== null || d.end !== null || months !== 3 * quarter.n) continue;
    if (!rowHead(text, d.span.start, d.span.end)) continue;
    place(d, quarter.end - months + 1, quarter.end);
  }
  return drafts;
}

/** The span stands alone on its line ("    12 mths\n"): only white space between it and the line's ends. Walked
 *  from the span over that white space, not searched for the line's ends (on text with no line breaks a search per
 *  span would run to the text's ends). */
function rowHead(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] !== "\n" && SPACE.test(text[i]!)) i--;
  if (i >= 0 && text[i] !== "\n") return false;
  let j = end;
  while (j < text.length && text[j] !== "\n" && SPACE.test(text[j]!)) j++;
  return j === text.length || text[j] === "\n";
}

const SPACE = /\s/;

/** The first quarter with an ordinal and a resolved end month ("the fourth quarter ending May 30"). */
function findAnchor(text: string, drafts: readonly Draft[]): Anchor | null {
  for (const d of drafts) {
    if (d.type !== "period" || !d.rule.startsWith("period-anchored") || d.end === null || d.duration !== "P3M") continue;
    const q = ORDINAL.exec(text.slice(d.span.start, d.span.end));
    const m = /^(\d{4})-(\d{2})/.exec(d.end);
    if (q === null || m === null) continue;
    return { n: ORDINALS[q[1]!.toLowerCase()]!, end: Number(m[1]) * 12 + Number(m[2]) - 1 };
  }
  return null;
}

function place(d: PeriodDraft, from: number, to: number): void {
  d.start = month(from);
  d.end = month(to);
  d.rule += "+fiscal-calendar";
}

function month(index: number): string {
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, "0")}-${String(index - y * 12 + 1).padStart(2, "0")}`;
}

/** How long after a quarter ends its results are still news: a quarter report follows within this many days. */
const RECENT_DAYS = 100;
/** A sentence that looks ahead ("expects fourth quarter profits to rise") speaks of a quarter still to come. */
const LOOKS_AHEAD = /\b(?:will|expects?|expected|forecasts?|predicts?|should|could|may|might|plans?|hopes?|targets?)\b/i;

/**
 * No anchor: results copy that names a quarter without a year ("4TH QTR LOSS", "in the 4th qtr") on a reference date
 * within RECENT_DAYS of the end of the calendar quarter with that number means that quarter ("4TH QTR" on Feb 26,
 * 1987 is October to December 1986). "The year" stays unknown: "early in the year", "the year started March 1" and
 * fiscal years are as common there as the calendar year just ended. A quarter that ended
 * longer ago is likely a fiscal one ("third quarter profits" reported in February) and one still to come is a
 * forecast: both keep unknown months, as does any quarter in a sentence that looks ahead.
 */
function placeRecentQuarters(ctx: Context, drafts: Draft[]): Draft[] {
  const ref = parseIsoDay(ctx.referenceDate);
  if (ref === null || ref.m === undefined || ref.d === undefined) return drafts;
  for (const d of drafts) {
    if (d.type !== "period" || d.start !== null || d.end !== null) continue;
    const text = ctx.text.slice(d.span.start, d.span.end);
    if (YEAR.test(text) || LOOKS_AHEAD.test(sentenceAt(ctx.sentences, d.span.start)?.text ?? "")) continue;
    const q = ORDINAL.exec(text);
    if (q === null || d.duration !== "P3M") continue;
    // the latest calendar quarter with that number that ended before the reference day
    const lastMonth = 3 * ORDINALS[q[1]!.toLowerCase()]!;
    let last: Point = { y: ref.y, m: lastMonth, d: daysInMonth(ref.y, lastMonth) };
    if (compare(last, ref) >= 0) last = { y: ref.y - 1, m: lastMonth, d: daysInMonth(ref.y - 1, lastMonth) };
    const end = last.y * 12 + lastMonth - 1;
    if (daysBetween(last, ref) - 1 < RECENT_DAYS) place(d, end - 2, end);
  }
  return drafts;
}
