// Spans counted from the reference date or from one end of a year: "the last 12 months", "the past decade", "the
// next five years", "recent years", "the last few years", "the first six months of 2004".
import { table } from "../lexicon/table.js";
import { addDays, type Point } from "./calendar.js";
import { durationWord, scale, shift, type Duration } from "./duration.js";
import { periodHit, type Cursor, type PeriodHit, type TimeRule } from "./hit.js";
import { readDuration } from "./read-duration.js";
import { glued, readYear, word } from "./words.js";

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

export const RELATIVE_SPAN_RULES: readonly TimeRule[] = [
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
      if (VAGUE.has(word(t, i)) || (word(t, i) === "couple" && word(t, i + 1) === "of")) {
        const skip = word(t, i) === "couple" ? 2 : 1;
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
      const within = inYear(c, k + the, end, d);
      if (within !== null) return within;
      const [start, stop] = anchored(how, d, c.ref);
      return periodHit(k, end, start, stop, d);
    },
  },
];
