// Quarters and halves: "fourth quarter", "the first quarter of 2004", "4TH QTR", "third-quarter", "Q4 2004",
// "the fiscal 1986 fourth quarter", "the quarter", "the latest quarter", "the first half of last year".
// Without a year the months stay unknown: a company's fourth quarter need not end in December.
import { table } from "../lexicon/table.js";
import type { Point } from "./calendar.js";
import { periodHit, type Cursor, type PeriodHit } from "./hit.js";
import { relativeTo } from "./resolve.js";
import { offsetAt } from "./rules-date.js";
import { glued, readOrdinal, readYear, word, type Tokens } from "./words.js";

const DETERMINERS = new Set(["the", "a", "its", "their", "this", "last", "next", "each"]);
const ADJECTIVES = new Set(["same", "current", "latest", "previous", "final", "last", "past", "recent", "most", "next", "coming", "upcoming"]);
/** Quarters counted from the reference date's own: "last quarter", "the current quarter", "next quarter". Not
 * "the previous quarter" nor "the following quarter": in results copy they count from the quarter reported. */
const QUARTER_OFFSETS: Readonly<Record<string, number>> = table({ this: 0, current: 0, last: -1, past: -1, next: 1, coming: 1, upcoming: 1 });

/** Cheap test first: a quarter or half word (or "Q4", "H1") within the next few tokens. */
function quarterAhead(tokens: Tokens, k: number): boolean {
  for (let i = k; i < k + 7 && i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w === "quarter" || w === "qtr" || w === "half" || w === "q" || w === "h") return true;
  }
  return false;
}

function readPart(tokens: Tokens, i: number, besideYear = false): { n: number | null; half: boolean; end: number } | null {
  const t = tokens[i];
  // "Q4", "H1"; lower case ("2019 q1", "q3-2019") only beside a year, where it cannot be anything else
  const letter = besideYear ? t?.text.toUpperCase() : t?.text;
  if ((letter === "Q" || letter === "H") && tokens[i + 1]?.kind === "num" && glued(tokens, i + 1) && /^[1-4]$/.test(tokens[i + 1]!.text)) {
    const n = Number(tokens[i + 1]!.text);
    if (letter === "H" && n > 2) return null;
    return { n, half: letter === "H", end: i + 2 };
  }
  const o = readOrdinal(tokens, i);
  let k = o?.end ?? i;
  if (o !== null && tokens[k]?.text === "-" && glued(tokens, k)) k++;
  const w = word(tokens, k);
  if (w !== "quarter" && w !== "qtr" && w !== "half") return null;
  if (o !== null && (o.value < 1 || o.value > (w === "half" ? 2 : 4))) return null;
  return { n: o?.value ?? null, half: w === "half", end: k + 1 };
}

export function readQuarter(c: Cursor, k: number): PeriodHit | null {
  const t = c.tokens;
  if (!quarterAhead(t, k)) return null;
  let i = k;
  const det = DETERMINERS.has(word(t, i)) ? word(t, i++) : null;
  // a fiscal year need not be the calendar year: its quarters keep unknown months
  const fiscal = word(t, i) === "fiscal";
  if (fiscal) i++;
  let year = yearBeforePart(t, i);
  if (year !== null) i = year.end;
  const adjective = ADJECTIVES.has(word(t, i)) && readPart(t, i) === null ? word(t, i++) : null;
  const part = readPart(t, i, year !== null) ?? (year === null ? readPart(t, i, yearAfterPart(t, i) !== null) : null);
  if (part === null) return null;
  let end = part.end;
  // "of 2004", "of last year", "2004" right after ("Q4 2004", "Q1-2019")
  const of = word(t, end) === "of" ? 1 : 0;
  const after = of === 0 && t[end]?.text === "-" && glued(t, end) && glued(t, end + 1) ? readYear(t, end + 1) : readYear(t, end + of);
  const rel = of === 1 ? offsetAt(t, end + 1) : null;
  if (year === null && after !== null) [year, end] = [after, after.end];
  else if (year === null && rel !== null && word(t, end + 2) === "year") {
    year = yearAt(relativeTo(c.ref, "year", rel), end + 3);
    end += 3;
  } else if (year === null && of === 0 && offsetAt(t, end) !== null && word(t, end + 1) === "year") {
    // "the third quarter this year"
    year = yearAt(relativeTo(c.ref, "year", offsetAt(t, end)!), end + 2);
    end += 2;
  } else if (of === 1 && part.n === null) return null; // "the quarter of the population"
  if (year === null && part.n === null && !part.half && !fiscal && end === part.end) {
    const off = QUARTER_OFFSETS[adjective ?? det ?? ""];
    if (off !== undefined && c.ref?.m !== undefined) return relativeQuarter(k, end, c.ref, off);
  }
  if (part.n === null && det === null && adjective === null) return null;
  if (part.n === null && det === "a") return null; // "a quarter" is a fraction
  if (part.half && (part.n === null || year === null)) return null; // "the second half" of a match
  const months = part.half ? 6 : 3;
  const duration = { n: months, unit: "M" as const };
  // "the final quarter of 2004", "the last half of 2003": the year's last part
  const n = part.n ?? (year !== null && (adjective === "final" || adjective === "last" || det === "last") ? 12 / months : null);
  if (year === null || year.value === null || n === null || fiscal) return periodHit(k, end, null, null, duration);
  const first = (n - 1) * months + 1;
  return periodHit(k, end, { y: year.value, m: first }, { y: year.value, m: first + months - 1 }, duration);
}

/** A year, or one left unknown (null) by a relative word with no reference date; `end` is past its words. */
interface YearRead {
  value: number | null;
  end: number;
}

const yearAt = (p: Point | null, end: number): YearRead => ({ value: p?.y ?? null, end });

/** "2004 fourth quarter", "2019 Q1", "2019-Q1", "2016H2". */
function yearBeforePart(t: Tokens, i: number): YearRead | null {
  const tok = t[i];
  if (tok?.kind !== "num" || !/^[12]\d{3}$/.test(tok.text)) return null;
  const y = Number(tok.text);
  const next = t[i + 1];
  if (next?.text === "-" && glued(t, i + 1) && glued(t, i + 2) && /^[qh]$/i.test(t[i + 2]?.text ?? "")) return { value: y, end: i + 2 };
  if (next !== undefined && glued(t, i + 1) && /^[qh]$/i.test(next.text)) return { value: y, end: i + 1 };
  const r = readYear(t, i);
  return r === null ? null : { value: r.value, end: r.end };
}

/** A year right after a "Q3": "Q3 2019", "q1-2019". */
function yearAfterPart(t: Tokens, i: number): YearRead | null {
  if (!/^[qh]$/i.test(t[i]?.text ?? "") || t[i + 1]?.kind !== "num" || !glued(t, i + 1)) return null;
  const at = t[i + 2]?.text === "-" && glued(t, i + 2) && glued(t, i + 3) ? i + 3 : i + 2;
  const r = readYear(t, at);
  return r === null ? null : { value: r.value, end: r.end };
}

/** The calendar quarter `off` quarters from the one that holds ref. */
function relativeQuarter(k: number, end: number, ref: Point, off: number): PeriodHit {
  const q = ref.y * 4 + Math.floor((ref.m! - 1) / 3) + off;
  const y = Math.floor(q / 4);
  const first = (q - y * 4) * 3 + 1;
  return periodHit(k, end, { y, m: first }, { y, m: first + 2 }, { n: 3, unit: "M" });
}
