// Quarters and halves: "fourth quarter", "the first quarter of 2004", "4TH QTR", "third-quarter", "Q4 2004",
// "the fiscal 1986 fourth quarter", "the quarter", "the latest quarter", "the first half of last year".
// Without a year the months stay unknown: a company's fourth quarter need not end in December.
import { periodHit, type Cursor, type PeriodHit } from "./hit.js";
import { relativeTo } from "./resolve.js";
import { offsetAt } from "./rules-date.js";
import { glued, readOrdinal, readYear, word, type Tokens } from "./words.js";

const DETERMINERS = new Set(["the", "a", "its", "their", "this", "last", "next", "each"]);
const ADJECTIVES = new Set(["same", "current", "latest", "previous", "final", "last", "past", "recent", "most"]);

/** Cheap test first: a quarter or half word (or "Q4", "H1") within the next few tokens. */
function quarterAhead(tokens: Tokens, k: number): boolean {
  for (let i = k; i < k + 7 && i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w === "quarter" || w === "qtr" || w === "half" || w === "q" || w === "h") return true;
  }
  return false;
}

function readPart(tokens: Tokens, i: number): { n: number | null; half: boolean; end: number } | null {
  const t = tokens[i];
  // "Q4", "H1"
  if ((t?.text === "Q" || t?.text === "H") && tokens[i + 1]?.kind === "num" && glued(tokens, i + 1) && /^[1-4]$/.test(tokens[i + 1]!.text)) {
    const n = Number(tokens[i + 1]!.text);
    if (t.text === "H" && n > 2) return null;
    return { n, half: t.text === "H", end: i + 2 };
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
  let year = readYear(t, i)?.value ?? null;
  if (year !== null) i++;
  const adjective = ADJECTIVES.has(word(t, i)) && readPart(t, i) === null ? word(t, i++) : null;
  const part = readPart(t, i);
  if (part === null) return null;
  let end = part.end;
  // "of 2004", "of last year", "2004" right after ("Q4 2004")
  const of = word(t, end) === "of" ? 1 : 0;
  const after = readYear(t, end + of);
  const rel = of === 1 ? offsetAt(t, end + 1) : null;
  if (year === null && after !== null) [year, end] = [after.value, after.end];
  else if (year === null && rel !== null && word(t, end + 2) === "year") {
    year = relativeTo(c.ref, "year", rel)?.y ?? null;
    end += 3;
  } else if (year === null && of === 0 && offsetAt(t, end) !== null && word(t, end + 1) === "year") {
    // "the third quarter this year"
    year = relativeTo(c.ref, "year", offsetAt(t, end)!)?.y ?? null;
    end += 2;
  } else if (of === 1 && part.n === null) return null; // "the quarter of the population"
  const relYear = end > part.end && year === null;
  if (part.n === null && det === null && adjective === null) return null;
  if (part.n === null && det === "a") return null; // "a quarter" is a fraction
  if (part.half && (part.n === null || (year === null && !relYear))) return null; // "the second half" of a match
  const months = part.half ? 6 : 3;
  const duration = { n: months, unit: "M" as const };
  if (year === null || part.n === null || fiscal) return periodHit(k, end, null, null, duration);
  const first = (part.n - 1) * months + 1;
  return periodHit(k, end, { y: year, m: first }, { y: year, m: first + months - 1 }, duration);
}
