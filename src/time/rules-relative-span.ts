// Spans counted from the reference date or from one end of a year: "the last 12 months", "the past decade", "the
// next five years", "recent years", "the last few years", "the first six months of 2004".
import { table } from "../lexicon/table.js";
import { addDays, daysInMonth, weekday, type Point } from "./calendar.js";
import { durationWord, scale, shift, type Duration } from "./duration.js";
import { longest, periodHit, type Cursor, type PeriodHit, type TimeRule } from "./hit.js";
import { DATE_RULES } from "./rules-date.js";
import { DATE_PART_RULES } from "./rules-date-parts.js";
import { readDuration } from "./read-duration.js";
import { afterThe, glued, readYear, word } from "./words.js";

const SPAN_WORDS: Readonly<Record<string, "back" | "ahead" | "none">> = table({
  last: "back", past: "back", recent: "back", next: "ahead", coming: "ahead", previous: "none", preceding: "none",
  first: "none", final: "none", full: "none", following: "none", same: "none", whole: "none", entire: "none",
  latest: "none", initial: "none", remaining: "ahead", further: "ahead", upcoming: "ahead",
});
const VAGUE = new Set(["few", "several"]);

/** The span that ends (or starts) at ref and lasts d. */
function anchored(how: "back" | "ahead" | "none", d: Duration | null, ref: Point | null): [Point | null, Point | null] {
  // "the last 15 minutes" of a broadcast: spans under a day are not anchored to the reference date
  if (ref === null || how === "none" || d?.unit === "H" || d?.unit === "MIN") return [null, null];
  if (how === "back") return [d === null ? null : shift(ref, d, -1), ref];
  // "the next three months" start tomorrow
  return [addDays(ref, 1), d === null ? null : shift(ref, d, 1)];
}

/** "the last two quarters", "the next seven quarters": whole calendar quarters before or after the one that holds
 * ref (results are reported by quarter, so the last two quarters end with the last one completed). */
function quarters(how: "back" | "ahead" | "none", d: Duration | null, ref: Point | null): [Point, Point] | null {
  if (ref?.m === undefined || how === "none" || d === null || d.unit !== "M" || !Number.isInteger(d.n / 3) || d.n < 3) return null;
  const q = ref.y * 4 + Math.floor((ref.m - 1) / 3);
  const n = d.n / 3;
  const [a, b] = how === "back" ? [q - n, q - 1] : [q + 1, q + n];
  const at = (x: number, last: number): Point => ({ y: Math.floor(x / 4), m: (x - Math.floor(x / 4) * 4) * 3 + last });
  return [at(a, 1), at(b, 3)];
}

/** "the first six months of 2004", "the last three months of 2004": months counted from one end of a year. */
function inYear(c: Cursor, at: number, end: number, d: Duration | null): PeriodHit | null {
  const t = c.tokens;
  const y = word(t, end) === "of" ? readYear(t, end + 1) : null;
  const side = word(t, at);
  if (y === null || d === null || d.unit !== "M" || d.n > 12 || !Number.isInteger(d.n) || !/^(?:first|last|final|initial)$/.test(side)) return null;
  const head = side === "first" || side === "initial";
  const from = at - (word(t, at - 1) === "the" ? 1 : 0);
  return periodHit(from, y.end, { y: y.value, m: head ? 1 : 13 - d.n }, { y: y.value, m: head ? d.n : 12 }, d);
}

/** "the first week of March", "the last ten days of 2019", "the final weeks of last year": days counted from
 * one end of a month or year, never from the reference date. */
function partOf(c: Cursor, k: number, at: number, end: number, d: Duration | null): PeriodHit | null {
  const t = c.tokens;
  if (word(t, end) !== "of" || !/^(?:first|last|final|initial|opening|closing)$/.test(word(t, at))) return null;
  const x = longest(POINTS, c, end + 1, true);
  // "the last week of the campaign" counts from the campaign's end, not from the reference date
  if (x === null || x.kind !== "date" || x.anaphoric === true) return periodHit(k, end, null, null, d);
  // a fiscal year need not be the calendar year: "the first quarter of fiscal 1986" keeps unknown months
  const p = word(t, end + 1) === "fiscal" ? null : x.date;
  const head = /^(?:first|initial|opening)$/.test(word(t, at));
  // "the first 10 months of this year", "the final three months of last year": whole months of a year
  if (p !== null && p.m === undefined && d?.unit === "M" && Number.isInteger(d.n) && d.n >= 1 && d.n <= 12) {
    return periodHit(k, x.to, { y: p.y, m: head ? 1 : 13 - d.n }, { y: p.y, m: head ? d.n : 12 }, d);
  }
  if (p === null || p.d !== undefined || (d !== null && d.unit !== "D" && d.unit !== "W")) return periodHit(k, x.to, null, null, d);
  const first: Point = { y: p.y, m: p.m ?? 1, d: 1 };
  const last: Point = { y: p.y, m: p.m ?? 12, d: daysInMonth(p.y, p.m ?? 12) };
  if (d === null) return periodHit(k, x.to, null, null, d);
  const days = d.unit === "W" ? d.n * 7 : d.n;
  return periodHit(k, x.to, head ? first : addDays(last, 1 - days), head ? addDays(first, days - 1) : last, d);
}

const POINTS = [...DATE_PART_RULES, ...DATE_RULES];

const REST_UNITS = new Set(["year", "month", "week", "decade"]);

export const RELATIVE_SPAN_RULES: readonly TimeRule[] = [
  {
    // "the year to date", "year-to-date": from the start of the reference date's year to that date
    id: "period-year-to-date",
    first: new Set(["the", "year"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const i = afterThe(t, k);
      if (word(t, i) !== "year") return null;
      const hyphens = t[i + 1]?.text === "-" && glued(t, i + 1) ? 1 : 0;
      const j = i + 1 + hyphens;
      if (word(t, j) !== "to" || (hyphens === 1 && !(t[j + 1]?.text === "-" && glued(t, j + 1)))) return null;
      const at = j + 1 + hyphens;
      if (word(t, at) !== "date" || (i === k && hyphens === 0)) return null;
      return periodHit(k, at + 1, c.ref === null ? null : { y: c.ref.y }, c.ref);
    },
  },
  {
    // "the rest of the year", "the remainder of this month", "the rest of the week": from the reference date to
    // the end of its year, month or (Monday–Sunday) week
    id: "period-rest-of",
    first: new Set(["the", "rest", "remainder"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const i = afterThe(t, k);
      if (!/^(?:rest|remainder)$/.test(word(t, i)) || word(t, i + 1) !== "of" || !/^(?:the|this)$/.test(word(t, i + 2))) return null;
      const unit = word(t, i + 3);
      if (!REST_UNITS.has(unit) || (t[i + 4]?.text === "-" && glued(t, i + 4))) return null;
      const ref = c.ref;
      if (ref?.d === undefined || ref.m === undefined) return periodHit(k, i + 4, null, null);
      const end: Point =
        unit === "year" ? { y: ref.y, m: 12, d: 31 }
        : unit === "month" ? { y: ref.y, m: ref.m, d: daysInMonth(ref.y, ref.m) }
        : unit === "week" ? addDays(ref, 7 - weekday(ref))
        : { y: Math.floor(ref.y / 10) * 10 + 9, m: 12, d: 31 };
      return periodHit(k, i + 4, ref, end);
    },
  },
  {
    // "the last 12 months", "the past decade", "the next five years", "recent years", "the last few years",
    // "the first six months", "the preceding three quarters", "the last year"
    id: "period-relative-span",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const the = word(t, k) === "the" ? 1 : 0;
      const how = SPAN_WORDS[word(t, k + the)];
      if (how === undefined) return null;
      let i = k + the + 1;
      let d: Duration | null;
      let end: number;
      if (VAGUE.has(word(t, i)) || word(t, i) === "couple") {
        // "the next couple of weeks", "the past couple weeks"
        const skip = word(t, i) === "couple" ? (word(t, i + 1) === "of" ? 2 : 1) : 1;
        const unit = durationWord(word(t, i + skip));
        if (unit === undefined) return null;
        d = word(t, i) === "couple" ? scale(unit, 2) : null;
        end = i + skip + 1;
      } else {
        const dur = readDuration(t, i);
        const unit = durationWord(word(t, i));
        if (dur !== null && !dur.compound && word(t, i) !== "a" && word(t, i) !== "an") [d, end] = [dur.d, dur.end];
        else if (unit !== undefined && (the === 1 || word(t, i).endsWith("s"))) [d, end] = [word(t, i).endsWith("s") ? null : unit, i + 1];
        else return null;
        // "last year" without "the" is a point; "the last quarter" is a span
        if (the === 0 && dur === null && !word(t, i).endsWith("s")) return null;
      }
      // "the same year-ago period", "the previous year" (a point: see date-previous-unit)
      if (t[end]?.text === "-" && glued(t, end)) return null;
      if (d !== null && the === 1 && end === k + 3 && /^(?:previous|prior|preceding|following)$/.test(word(t, k + 1))) return null;
      const within = inYear(c, k + the, end, d) ?? partOf(c, k, k + the, end, d);
      if (within !== null) return within;
      const [start, stop] = (/^quarters?$/.test(word(t, end - 1)) ? quarters(how, d, c.ref) : null) ?? anchored(how, d, c.ref);
      return periodHit(k, end, start, stop, d);
    },
  },
];
