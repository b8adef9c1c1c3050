// A company's fiscal calendar, read off the article itself. Earnings copy often names one quarter with its end
// ("the fourth quarter ending May 30"); that fixes the fiscal year (it ends in May), and the other quarters the
// article mentions without months ("4TH QTR", "third-quarter", "the fiscal 1986 fourth quarter", "the year",
// "the same year-ago period") can be placed. Without such an anchor quarters keep unknown months: a fiscal quarter
// need not follow the calendar. A fiscal year is named by the calendar year it ends in.
import type { Draft, PeriodDraft, Refiner } from "../types.js";

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
    if (anchor === null) return drafts;
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
    return drafts;
  },
};

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
