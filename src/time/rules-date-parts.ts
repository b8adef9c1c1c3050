// Points built around another point or a named part of the year: "last February", "June last year", "late
// October", "the end of 2006", "mid-2004", "fiscal 1988", "summer 2001", "the spring of 2006", "Christmas 1986".
import { HOLIDAYS, PART_NOUNS, RELATIVE_WORDS, SEASONS } from "../lexicon/time-phrases.js";
import { table } from "../lexicon/table.js";
import { dateHit, longest, type TimeRule } from "./hit.js";
import { resolveWritten } from "./read-calendar.js";
import { relativeTo, resolveSeason } from "./resolve.js";
import { DATE_RULES, offsetAt } from "./rules-date.js";
import { cueBefore } from "./cues.js";
import { mayStartHoliday, MOVABLE_HOLIDAYS, movableDay, nearestHoliday, readHoliday } from "./holidays.js";
import { daysBetween, type Point } from "./calendar.js";
import { glued, isCapitalised, readMonth, readYear, word } from "./words.js";

const ERAS: Readonly<Record<string, "ad" | "bc">> = table({ ad: "ad", ce: "ad", bc: "bc", bce: "bc" });

export const DATE_PART_RULES: readonly TimeRule[] = [
  {
    // "last February" (the latest February before this month), "next March", "this June"
    id: "date-relative-month",
    first: new Set(Object.keys(RELATIVE_WORDS)),
    starts: "word",
    read(c, k) {
      const off = offsetAt(c.tokens, k);
      const m = off === null ? null : readMonth(c.tokens, k + 1);
      if (off === null || m === null || readYear(c.tokens, m.end) !== null) return null;
      if (/^(?:may|march)$/.test(c.tokens[k + 1]!.text)) return null; // "this may allow"
      return dateHit(k, m.end, resolveWritten({ m: m.value }, c.ref, off), { written: { m: m.value } });
    },
  },
  {
    // "June last year", "January next year"
    id: "date-month-relative-year",
    starts: "word",
    read(c, k) {
      const m = readMonth(c.tokens, k);
      const off = m === null ? null : offsetAt(c.tokens, m.end);
      if (m === null || off === null || word(c.tokens, m.end + 1) !== "year") return null;
      const y = relativeTo(c.ref, "year", off);
      return dateHit(k, m.end + 2, y === null ? null : { y: y.y, m: m.value });
    },
  },
  {
    // "late October", "early 2005", "mid-2004", "late last year", "early next month"
    id: "date-narrowed",
    starts: "word",
    read(c, k) {
      const w = word(c.tokens, k);
      if (w !== "early" && w !== "late" && w !== "mid") return null;
      const at = c.tokens[k + 1]?.text === "-" && glued(c.tokens, k + 1) ? k + 2 : k + 1;
      const inner = longest(DATE_RULES, c, at, true);
      if (inner === null || inner.kind !== "date" || inner.anaphoric === true) return null;
      return { ...inner, from: k, rule: inner.rule };
    },
  },
  {
    // "the end of 2006", "the start of this year", "the end of the year", "the beginning of March"
    id: "date-part-of",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      if (word(t, k) !== "the" || !PART_NOUNS.has(word(t, k + 1)) || word(t, k + 2) !== "of") return null;
      if (word(t, k + 3) === "the" && /^(?:year|month)$/.test(word(t, k + 4))) {
        return dateHit(k, k + 5, relativeTo(c.ref, word(t, k + 4) as "year" | "month", 0));
      }
      // "by the end of the week": a day of this week, which one unknown
      if (word(t, k + 3) === "the" && word(t, k + 4) === "week") return dateHit(k, k + 5, null);
      const inner = longest(DATE_RULES, c, k + 3, true);
      if (inner === null || inner.kind !== "date" || inner.anaphoric === true) return null;
      return { ...inner, from: k };
    },
  },
  {
    // "fiscal 1988", "calendar 2004", "the year 2000"
    id: "date-named-year",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const lead = word(t, k) === "the" && word(t, k + 1) === "year" ? 2 : word(t, k) === "fiscal" || word(t, k) === "calendar" ? 1 : 0;
      const y = lead === 0 ? null : readYear(t, k + lead);
      if (y === null) return null;
      return dateHit(k, y.end, { y: y.value }, { written: { y: y.value } });
    },
  },
  {
    // "summer 2001", "autumn 2006", "the spring of 2006", "last spring", "next summer", "the summer"
    id: "date-season",
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      let s = k;
      const off = offsetAt(t, s);
      if (off !== null || word(t, s) === "the") s++;
      const season = SEASONS[word(t, s)];
      if (season === undefined) return null;
      let j = s + 1;
      if (word(t, j) === "of" && readYear(t, j + 1) !== null) j++;
      const y = readYear(t, j);
      if (y !== null) return dateHit(k, y.end, { y: y.value });
      // a bare "summer" is a noun more often than a date; "a fall in prices" and "the fall" are no season at all
      if (s === k && cueBefore(t, k) !== "strong") return null;
      if (word(t, s) === "fall" && off === null) return null;
      return dateHit(k, s + 1, resolveSeason(season[0], c.ref, off));
    },
  },
  {
    // "190 A.D.", "AD 79", "300 BC": years with an era; ISO years here are 0–9999, so BC years stay unresolved
    id: "date-era",
    read(c, k) {
      const t = c.tokens;
      // capitals only: "an ad 79 times" is an advert
      const era = (i: number) => (t[i] !== undefined && t[i]!.text === t[i]!.text.toUpperCase() ? ERAS[t[i]!.lower.replace(/\./g, "")] : undefined);
      const before = era(k);
      const n = t[before === undefined ? k : k + 1];
      if (n?.kind !== "num" || !/^\d{1,4}$/.test(n.text) || Number(n.text) === 0) return null;
      const after = before === undefined ? era(k + 1) : undefined;
      if (before !== "ad" && after === undefined) return null; // "BC 300" is no way to write a year
      return dateHit(k, k + 2, (before ?? after) === "ad" ? { y: Number(n.text) } : null);
    },
  },
  {
    // "last Christmas" (the latest before the reference date), "next Easter" (the first after it), "this Christmas"
    id: "date-relative-holiday",
    first: new Set(Object.keys(RELATIVE_WORDS)),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const off = offsetAt(t, k);
      if (off === null || word(t, k) === "current" || !isCapitalised(t[k + 1])) return null;
      // "Wham's Last Christmas": a capitalised "Last" inside a sentence is a title's
      if (isCapitalised(t[k]) && t[k - 1]?.kind === "word") return null;
      const h = readHoliday(t, k + 1);
      if (h === null) return null;
      const ref = c.ref;
      if (ref?.d === undefined) return dateHit(k, h.end, null);
      if (off === 0) return dateHit(k, h.end, h.inYear(ref.y));
      const days = [ref.y - 1, ref.y, ref.y + 1].map((y) => h.inYear(y)).filter((p): p is Point => p !== null);
      const pick = off === -1 ? days.filter((p) => daysBetween(p, ref) > 0).pop() : days.find((p) => daysBetween(ref, p) > 0);
      return dateHit(k, h.end, pick ?? null);
    },
  },
  {
    // "Christmas", "Christmas Day 1986", "New Year's Eve"
    id: "date-holiday",
    starts: "word",
    read(c, k, cued) {
      const t = c.tokens;
      if (!isCapitalised(t[k]) || !mayStartHoliday(t[k]!.lower)) return null;
      let name = word(t, k);
      let end = k + 1;
      const two = `${name} ${t[k + 1]?.lower ?? ""}`;
      const three = `${two} ${t[k + 2]?.lower ?? ""}`;
      if (HOLIDAYS[three] !== undefined || MOVABLE_HOLIDAYS[three] !== undefined) [name, end] = [three, k + 3];
      else if (HOLIDAYS[two] !== undefined || MOVABLE_HOLIDAYS[two] !== undefined) [name, end] = [two, k + 2];
      const md = HOLIDAYS[name];
      // Easter, Thanksgiving, Good Friday, Labor Day: the day moves with the year (holidays.ts)
      const movable = MOVABLE_HOLIDAYS[name] !== undefined;
      if (md === undefined && !movable) return null;
      const y = readYear(t, end);
      // "Halloween: Resurrection", "the Christmas greeting": a holiday names a day only after "for", "at", "by"…
      if (y === null && !cued && cueBefore(t, k) !== "strong" && !/^(?:for|on|at|over|this|last|next|until|till)$/.test(word(t, k - 1))) return null;
      if (y !== null) return dateHit(k, y.end, movable ? (movableDay(name, y.value) ?? { y: y.value }) : md == null ? { y: y.value } : { y: y.value, m: md[0], d: md[1] });
      if (movable) return dateHit(k, end, nearestHoliday((yy) => movableDay(name, yy), c.ref));
      const date = md == null || c.ref === null ? null : resolveWritten({ m: md[0], d: md[1] }, c.ref);
      return dateHit(k, end, date);
    },
  },
];
