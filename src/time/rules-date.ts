// Points in time, as rules with ids: calendar dates, bare years, weekdays, months and seasons, and words relative
// to the reference date ("yesterday", "last year", "two months ago"). Text stays tight: a rule starts at the
// first word that carries meaning, never at "in"/"on"/"at"/"by"/"for".
import { RELATIVE_WORDS } from "../lexicon/time-phrases.js";
import { addDays, type Point } from "./calendar.js";
import { countedNounAfter, cueBefore, nameBefore } from "./cues.js";
import { durationWord, shift } from "./duration.js";
import { dateHit, type DateHit, type TimeRule } from "./hit.js";
import { readCalendar, resolveWritten } from "./read-calendar.js";
import { relativeTo, resolveWeekday } from "./resolve.js";
import { isCapitalised, readCount, readWeekday, readYear, word, type Tokens } from "./words.js";
import { PARTS_OF_DAY } from "../lexicon/time-phrases.js";
import { table } from "../lexicon/table.js";
import { MONTHS } from "../lexicon/time-words.js";

const DAY_WORDS: Readonly<Record<string, number>> = table({ yesterday: -1, today: 0, tonight: 0, tomorrow: 1 });
const UNIT_WORDS: Readonly<Record<string, "year" | "month" | "week" | "weekend" | "season">> = table({
  year: "year", month: "month", week: "week", weekend: "weekend", season: "season",
});

/** "last"/"this"/"next" at k (not "past": "the past year" is a span). */
export function offsetAt(tokens: Tokens, k: number): -1 | 0 | 1 | null {
  const w = word(tokens, k);
  if (w === "past" || w === "previous" || w === "prior") return null;
  return RELATIVE_WORDS[w] ?? null;
}

/** A bare year: time after a cue or on its own, a count before "people" or "jobs", a name after "Euro". */
function bareYear(tokens: Tokens, k: number, cued: boolean): number | null {
  const y = readYear(tokens, k);
  if (y === null) return null;
  const after = tokens[y.end];
  if (after !== undefined && !after.spaced && (after.text === "-" || after.text === "/" || after.text === ":" || after.text === "%")) return null;
  // "between 1500 and 2000 jobs": the first number of a counted range
  if (/^(?:and|to|or)$/.test(word(tokens, y.end)) && tokens[y.end + 1]?.kind === "num" && countedNounAfter(tokens, y.end + 2)) return null;
  const cue = cued ? "strong" : cueBefore(tokens, k);
  if (cue === "strong") return y.value;
  if (nameBefore(tokens, k) || /^[$£€¥]$/.test(tokens[k - 1]?.text ?? "")) return null;
  // "its 1987 imports", "the 2003 shootings", "Disney's 1964 film": after a determiner or a possessive the number
  // names the year of what follows (edited copy writes counts with commas: "the 2,000 people"); sentence-initial
  // ("2004 reinforces the trend") a word in -s is the verb
  const owner = /^(?:its|their|his|her|our|the|this|these|those)$/.test(tokens[k - 1]?.lower ?? "") || /['’]s$/.test(tokens[k - 1]?.lower ?? "");
  const first = k === 0 || (tokens[k - 1]!.kind === "punct" && /["“‘']/.test(tokens[k - 1]!.text));
  if (!owner && !first && countedNounAfter(tokens, y.end)) return null;
  return y.value >= 1900 && y.value <= 2100 || cue !== null ? y.value : null;
}

export const DATE_RULES: readonly TimeRule[] = [
  {
    id: "date-calendar",
    read(c, k, cued) {
      const r = readCalendar(c.tokens, k);
      if (r === null) return null;
      const cue = cued || cueBefore(c.tokens, k) === "strong";
      if (!r.strong && !cue) return null;
      // "with June Carter Cash": a bare month before a capitalised word and after no cue is a name
      if (r.rule === "cal-month" && !cue && isCapitalised(c.tokens[r.end]) && c.tokens[r.end]!.kind === "word") return null;
      return dateHit(k, r.end, resolveWritten(r.written, c.ref), { written: r.written, rule: r.rule });
    },
  },
  {
    id: "date-year",
    starts: "num",
    read(c, k, cued) {
      const y = bareYear(c.tokens, k, cued);
      return y === null ? null : dateHit(k, k + 1, { y }, { written: { y } });
    },
  },
  {
    // "Thursday", "on Thursday", "last Friday", "Wednesday morning", "Thursday, Oct 24"
    id: "date-weekday",
    starts: "word",
    read(c, k, cued) {
      const t = c.tokens;
      const off = offsetAt(t, k);
      const w = readWeekday(t, off === null ? k : k + 1);
      if (w === null) return null;
      if (off === null && !cued && !isCapitalised(t[k]) && word(t, k - 1) !== "on") return null;
      let end = w.end;
      // "the Sunday Telegraph": a weekday inside a name (not "Sunday's Oscar ceremony")
      if (!/'s$/.test(t[end - 1]!.lower) && isCapitalised(t[end]) && t[end]!.kind === "word" && MONTHS[word(t, end)] === undefined && !PARTS_OF_DAY.has(word(t, end))) return null;
      if (PARTS_OF_DAY.has(word(t, end))) end++;
      const comma = t[end]?.text === "," ? end + 1 : end;
      const cal = off === null ? readCalendar(t, comma) : null;
      if (cal !== null && cal.written.d !== undefined) {
        return dateHit(k, cal.end, resolveWritten(cal.written, c.ref), { written: cal.written, rule: cal.rule });
      }
      return dateHit(k, end, resolveWeekday(w.value, c.ref, off));
    },
  },
  {
    id: "date-day-word",
    first: new Set(Object.keys(DAY_WORDS)),
    starts: "word",
    read(c, k) {
      const n = DAY_WORDS[word(c.tokens, k)];
      // "today's visitors" means nowadays; "Are You Lonesome Tonight" is a title
      if (n === undefined || (n === 0 && /'s$/.test(c.tokens[k]!.lower))) return null;
      if (k > 0 && isCapitalised(c.tokens[k]) && c.tokens[k - 1]!.kind === "word") return null;
      const end = PARTS_OF_DAY.has(word(c.tokens, k + 1)) ? k + 2 : k + 1;
      return dateHit(k, end, c.ref === null ? null : addDays(c.ref, n));
    },
  },
  {
    // "last year", "this month", "next week", "earlier this year", "late last year"; "the last year" is a span
    id: "date-relative-unit",
    first: new Set([...Object.keys(RELATIVE_WORDS), "early", "late", "mid", "earlier", "later"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const narrowed = /^(?:early|late|mid|earlier|later)$/.test(word(t, k)) ? 1 : 0;
      const off = offsetAt(t, k + narrowed);
      // "this calendar year" is the calendar's; a fiscal year need not be
      const cal = word(t, k + narrowed + 1) === "calendar" && word(t, k + narrowed + 2) === "year" ? 1 : 0;
      const unit = UNIT_WORDS[word(t, k + narrowed + cal + 1)];
      if (off === null || unit === undefined) return null;
      if (narrowed === 0 && off !== 0 && word(t, k - 1) === "the") return null;
      const to = k + narrowed + cal + 2;
      if (t[to]?.text === "-" && !t[to]!.spaced) return null; // "last year-end", "this year-long"
      const date = unit === "year" || unit === "month" ? relativeTo(c.ref, unit, off) : null;
      return dateHit(k, to, date);
    },
  },
  {
    // "two months ago", "a year ago", "a decade ago"
    id: "date-ago",
    read(c, k) {
      const t = c.tokens;
      const n = readCount(t, k);
      const unit = n === null ? undefined : durationWord(word(t, n.end));
      if (n === null || unit === undefined || word(t, n.end + 1) !== "ago") return null;
      if (c.ref === null) return dateHit(k, n.end + 2, null);
      const p: Point = shift(c.ref, { n: unit.n * n.value, unit: unit.unit }, -1);
      const date = unit.unit === "Y" ? { y: p.y } : unit.unit === "M" ? { y: p.y, m: p.m! } : p;
      return dateHit(k, n.end + 2, date);
    },
  },
  {
    // "a year earlier", "two years later", "five days later", "year-earlier": relative to the story, not to today
    id: "date-anaphoric",
    read(c, k) {
      const t = c.tokens;
      if (word(t, k) === "year" && t[k + 1]?.text === "-" && /^(?:earlier|ago)$/.test(word(t, k + 2)) && !t[k + 2]!.spaced) {
        return dateHit(k, k + 3, null, { anaphoric: true });
      }
      const n = readCount(t, k);
      if (n === null || durationWord(word(t, n.end)) === undefined) return null;
      if (!/^(?:earlier|later|before)$/.test(word(t, n.end + 1))) return null;
      return dateHit(k, n.end + 2, null, { anaphoric: true });
    },
  },
  {
    // "the year after next", "the month after the next"
    id: "date-after-next",
    first: new Set(["the"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const unit = word(t, k + 1);
      if (word(t, k) !== "the" || (unit !== "year" && unit !== "month") || word(t, k + 2) !== "after") return null;
      const i = word(t, k + 3) === "the" ? k + 4 : k + 3;
      return word(t, i) === "next" ? dateHit(k, i + 1, relativeTo(c.ref, unit, 2)) : null;
    },
  },
  {
    // "the previous year", "the prior year" (one year before the reference date)
    id: "date-previous-unit",
    first: new Set(["the"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      if (word(t, k) !== "the" || !/^(?:previous|prior|preceding)$/.test(word(t, k + 1))) return null;
      const unit = word(t, k + 2);
      if (unit !== "year" && unit !== "month") return null;
      return dateHit(k, k + 3, relativeTo(c.ref, unit, -1));
    },
  },
];

export type { DateHit };
