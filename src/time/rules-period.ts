// Spans that stand on their own: "2003-04", "the 1980s", "the 20th century", "fourth quarter", "12 years",
// "five-year", "the full year"; with the relative spans ("the last 12 months") of rules-relative-span.ts.
import { DECADE_WORDS } from "../lexicon/time-phrases.js";
import { periodHit, type PeriodHit, type TimeRule } from "./hit.js";
import { afterThe, glued, isCapitalised, readCount, readOrdinal, readYear, word } from "./words.js";
import { twoDigitYear } from "./read-calendar.js";
import { readQuarter } from "./read-quarter.js";
import { readDurationRun } from "./read-duration.js";
import { RELATIVE_SPAN_RULES } from "./rules-relative-span.js";

const DURATION_QUALIFIERS = ["up to", "nearly", "almost", "about", "around", "more than", "less than", "at least", "just over", "just under"].map((q) => q.split(" "));
const QUALIFIER_STARTS = new Set(DURATION_QUALIFIERS.map((q) => q[0]!));
const A_UNIT_PREPS = new Set(["for", "within", "in", "over", "after", "about", "nearly", "almost", "around", "than", "least", "only", "just", "to", "past", "lasting", "lasted", "last", "took", "take", "takes", "spent", "spend"]);

export const PERIOD_RULES: readonly TimeRule[] = [
  {
    // "2003-04", "1986/87", "1997-2002": a fiscal or season year, or a run of years
    id: "period-year-range",
    starts: "num",
    read(c, k) {
      const t = c.tokens;
      const y = readYear(t, k);
      const sep = t[k + 1];
      if (y === null || sep === undefined || (sep.text !== "-" && sep.text !== "/") || !glued(t, k + 1) || !glued(t, k + 2)) return null;
      const second = t[k + 2]!;
      if (second.kind !== "num" || (t[k + 3]?.text === sep.text && glued(t, k + 3))) return null;
      let y2 = second.text.length === 4 ? Number(second.text) : second.text.length === 2 ? Math.floor(y.value / 100) * 100 + Number(second.text) : NaN;
      if (second.text.length === 2 && y2 <= y.value) y2 += 100;
      // "2016-11" is a year and its month (read by date-calendar); "2003-04" and "1973-90" are runs of years
      if (!(y2 > y.value) || y2 - y.value > 100 || (second.text.length === 2 && y2 - y.value > 10 && Number(second.text) <= 12)) return null;
      return periodHit(k, k + 3, { y: y.value }, { y: y2 });
    },
  },
  {
    // "the 1980s", "the 1980's", "the '80s", "the early 1990s", "mid-1990s", "the seventies"
    id: "period-decade",
    read(c, k) {
      const t = c.tokens;
      let i = afterThe(t, k);
      const part = word(t, i);
      const narrow = part === "early" ? [0, 3] : part === "mid" ? [3, 6] : part === "late" ? [6, 9] : [0, 9];
      if (part === "early" || part === "mid" || part === "late") i += t[i + 1]?.text === "-" ? 2 : 1;
      let decade: number | null = null;
      let end = i + 1;
      const n = t[i];
      if (DECADE_WORDS[word(t, i)] !== undefined && i > k) decade = 1900 + DECADE_WORDS[word(t, i)]!;
      else if (word(t, i) === "noughties" && i > k) decade = 2000; // British for 2000–2009
      else if (n?.kind === "num" && /^\d{3}0$/.test(n.text) && glued(t, i + 1)) {
        if (word(t, i + 1) === "s") end = i + 2;
        else if (t[i + 1]?.text === "'" && word(t, i + 2) === "s" && glued(t, i + 2)) end = i + 3;
        if (end > i + 1) decade = Number(n.text);
      } else if (n?.text === "'" && /^\d0$/.test(t[i + 1]?.text ?? "") && glued(t, i + 1) && word(t, i + 2) === "s" && glued(t, i + 2)) {
        decade = twoDigitYear(Number(t[i + 1]!.text), c.ref);
        end = i + 3;
      } else if (i > k && word(t, k) === "the" && n?.kind === "num" && /^\d0$/.test(n.text) && glued(t, i + 1)) {
        // "the 70s", "the 70's" (not "in their 70s": ages)
        if (word(t, i + 1) === "s") end = i + 2;
        else if (t[i + 1]?.text === "'" && word(t, i + 2) === "s" && glued(t, i + 2)) end = i + 3;
        if (end > i + 1) decade = twoDigitYear(Number(n.text), c.ref);
      }
      if (decade === null) return null;
      return periodHit(k, end, { y: decade + narrow[0]! }, { y: decade + narrow[1]! });
    },
  },
  {
    // "this decade", "the current decade": the reference date's ten years ("the next decade" is read as ten
    // years from now by the relative spans)
    id: "period-this-decade",
    first: new Set(["the", "this"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      const i = word(t, k) === "the" && word(t, k + 1) === "current" ? k + 1 : k;
      if ((i === k && word(t, k) !== "this") || word(t, i + 1) !== "decade") return null;
      if (c.ref === null) return periodHit(k, i + 2, null, null);
      const y = Math.floor(c.ref.y / 10) * 10;
      return periodHit(k, i + 2, { y }, { y: y + 9 });
    },
  },
  {
    // "the near future", "the foreseeable future": a span ahead of the reference date with no stated end
    id: "period-near-future",
    starts: "word",
    first: new Set(["the"]),
    read(c, k) {
      const t = c.tokens;
      if (!/^(?:near|foreseeable|immediate)$/.test(word(t, k + 1)) || word(t, k + 2) !== "future") return null;
      return periodHit(k, k + 3, null, null);
    },
  },
  {
    // "the 20th century", "the nineteenth century", "the 21st Century"
    id: "period-century",
    read(c, k) {
      const t = c.tokens;
      const i = afterThe(t, k);
      const o = readOrdinal(t, i);
      if (o === null || o.value < 1 || o.value > 21 || !/^century$/.test(word(t, o.end))) return null;
      // "20th Century Fox": a capitalised name goes on; "19th century Paraguay" is the century
      if (isCapitalised(t[o.end]) && isCapitalised(t[o.end + 1])) return null;
      const y = (o.value - 1) * 100;
      return periodHit(k, o.end + 1, { y }, { y: y + 99 });
    },
  },
  // on a tie, "the first quarter" is a quarter rather than a relative span
  { id: "period-quarter", read: (c, k) => readQuarter(c, k) },
  ...RELATIVE_SPAN_RULES,
  {
    // "12 years", "nine months", "up to three years", "a couple of years", "within half an hour", "five-year"
    id: "period-duration",
    read(c, k) {
      const t = c.tokens;
      // "the six months", "the 12 months to June": the article belongs to the span
      let i = word(t, k) === "the" && readCount(t, k + 1)?.value !== 1 ? k + 1 : k;
      if (QUALIFIER_STARTS.has(word(t, i))) {
        for (const parts of DURATION_QUALIFIERS) {
          if (parts.every((p, j) => word(t, i + j) === p)) {
            i += parts.length;
            break;
          }
        }
      }
      const dur = readDurationRun(t, i);
      if (dur === null) return null;
      const lead = word(t, i);
      if (/^(?:ago|earlier|later)$/.test(word(t, dur.end))) return null;
      if (/^(?:aged|age|every|each|per)$/.test(word(t, i - 1))) return null;
      // "a year" stands for a span only after a word that asks for one ("for a year", "within a week");
      // "$5 a year" and "twice a year" are rates
      if ((lead === "a" || lead === "an" || lead === "one") && word(t, i + 1) !== "couple" && !dur.compound && i === k && !A_UNIT_PREPS.has(word(t, k - 1))) return null;
      // "a £100,000-a-year job", "thrill-a-minute": a rate glued to what it counts
      if ((lead === "a" || lead === "an") && i === k && t[k - 1]?.text === "-" && glued(t, k)) return null;
      if (i > k && word(t, k) === "the" && (dur.compound || dur.d.unit === "M" && /^quarters?$/.test(word(t, dur.end - 1)))) return null;
      // "three quarters of voters", "Three-quarters said": fractions; "grown for six quarters" is a span
      if (/^quarters$/.test(word(t, dur.end - 1)) && (dur.compound || word(t, dur.end) === "of" || !/^(?:for|over|in|during|within|after|past|last)$/.test(word(t, i - 1)))) return null;
      if (/^quarter$/.test(word(t, dur.end - 1)) && !dur.compound) return null;
      return periodHit(k, dur.end, null, null, dur.d);
    },
  },
  {
    // "the same year-ago period", "the year-earlier quarter": a span relative to the story, left unresolved
    id: "period-year-ago",
    first: new Set(["the", "same", "year"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      let i = afterThe(t, k);
      if (word(t, i) === "same") i++;
      if (word(t, i) !== "year" || t[i + 1]?.text !== "-" || !/^(?:ago|earlier)$/.test(word(t, i + 2))) return null;
      const noun = word(t, i + 3);
      if (noun === "period") return periodHit(k, i + 4, null, null);
      if (noun === "quarter") return periodHit(k, i + 4, null, null, { n: 3, unit: "M" });
      return null;
    },
  },
  {
    // "During that year, 3,500 people produced 56,000 cars": the year an earlier sentence named, a span of one year
    // (placed by src/refiners/anaphoric-year.ts); not "that year's" as a possessive nor "that year-end"
    id: "period-that-year",
    first: new Set(["that"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      if (word(t, k) !== "that" || word(t, k + 1) !== "year" || (t[k + 2]?.text === "-" && glued(t, k + 2))) return null;
      // "so much that year-on-year …", "said that year …": "that" as a conjunction is followed by a clause
      if (!/^(?:during|in|for|of|throughout|over|that)$/.test(word(t, k - 1)) && !/^(?:[,.;:]|)$/.test(word(t, k + 2))) return null;
      return periodHit(k, k + 2, null, null, { n: 1, unit: "Y" });
    },
  },
  {
    // "the year", "the full year", "the full-year", "a full year", "the whole year", "the weekend"
    id: "period-the-year",
    first: new Set(["the", "a", "full", "whole"]),
    starts: "word",
    read(c, k) {
      const t = c.tokens;
      // "its full year results", "their full-year profits": after a possessive, "full year" opens the span itself
      const possessed = /^(?:full|whole)$/.test(word(t, k)) && /^(?:its|their|his|her|our)$/.test(word(t, k - 1));
      const det = possessed ? "the" : word(t, k);
      if (det !== "the" && det !== "a") return null;
      let i = possessed ? k : k + 1;
      const full = /^(?:full|whole|entire)$/.test(word(t, i));
      if (full) i += t[i + 1]?.text === "-" && glued(t, i + 1) ? 2 : 1;
      const w = word(t, i);
      if (det === "the" && !full && w === "weekend") return periodHit(k, i + 1, null, null);
      if (w !== "year" || (det === "a" && !full) || (t[i + 1]?.text === "-" && glued(t, i + 1))) return null;
      if (!full && (word(t, k - 1) === "of" || /^(?:before|after|earlier|ago|later)$/.test(word(t, i + 1)) || readYear(t, i + 1) !== null)) return null;
      return periodHit(k, i + 1, null, null, { n: 1, unit: "Y" });
    },
  },
];

export type { PeriodHit };
