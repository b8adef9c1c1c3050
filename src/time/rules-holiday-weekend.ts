// Weekends a holiday makes ("the Easter weekend", "Thanksgiving weekend", "Labor Day 2021 weekend", "the weekend
// of Halloween 2021") and weeks counted from a release ("its third week"). Read through WEEK_RULE (rules-week.ts).
import { periodHit, type Cursor, type TimeRule } from "./hit.js";
import { holidayWeekend, nearestHoliday, readHoliday, type HolidayRead } from "./holidays.js";
import { afterThe, readOrdinal, readYear, word } from "./words.js";

/** Cheap test first: "weekend" within the next few tokens. */
export function weekendAhead(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k; i < k + 6 && i < tokens.length; i++) if (tokens[i]!.lower === "weekend") return true;
  return false;
}

/** "2021" right at k, else null. */
const yearAt = (c: Cursor, k: number): { value: number; end: number } | null => readYear(c.tokens, k);

export const HOLIDAY_WEEKEND: TimeRule = {
    // "the Easter weekend", "Thanksgiving weekend", "Labor Day 2021 weekend", "the weekend of Halloween 2021": the
    // long weekend the holiday makes (holidays.ts)
    id: "period-holiday-weekend",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      if (!weekendAhead(t, k)) return null;
      const i = afterThe(t, k);
      let h: HolidayRead | null;
      let yr: { value: number; end: number } | null;
      let end: number;
      if (word(t, i) === "weekend" && word(t, i + 1) === "of") {
        h = readHoliday(t, i + 2);
        if (h === null) return null;
        yr = yearAt(c, h.end);
        end = yr?.end ?? h.end;
      } else {
        h = readHoliday(t, i);
        if (h === null) return null;
        yr = yearAt(c, h.end);
        const w = yr?.end ?? h.end;
        if (word(t, w) !== "weekend") return null;
        end = w + 1;
        if (yr === null) {
          // "the Labor Day weekend 2018", "the Easter weekend of 2005"
          yr = yearAt(c, word(t, end) === "of" ? end + 1 : end);
          end = yr?.end ?? end;
        }
      }
      const day = yr !== null ? h.inYear(yr.value) : nearestHoliday(h.inYear, c.ref);
      if (day === null) return periodHit(k, end, null, null);
      const [start, stop] = holidayWeekend(h.name, day);
      return periodHit(k, end, start, stop);
    },
  };

/** "its third week", "their first weekend", "its 15th week of release": a week counted from a film's or a
 * campaign's start, so no days; a week says P1W. */
export const OWN_NTH_WEEK: TimeRule = {
  id: "period-own-nth-week",
  read(c, k) {
    const t = c.tokens;
    const o = readOrdinal(t, k + 1);
    if (o === null || o.value < 1 || o.value > 60) return null;
    const unit = word(t, o.end);
    if (unit !== "week" && unit !== "weekend") return null;
    // "of release", "of wide release": what the week is counted from
    let end = o.end + 1;
    if (word(t, end) === "of" && word(t, end + 1) === "release") end += 2;
    else if (word(t, end) === "of" && word(t, end + 2) === "release" && t[end + 1]?.kind === "word") end += 3;
    return periodHit(k, end, null, null, unit === "week" ? { n: 1, unit: "W" } : null);
  },
};

