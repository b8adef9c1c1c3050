// The reference date written in the article itself: a publication line ("Published: 24 October 2019"), a
// dateline ("WASHINGTON, Oct 24, 2019 (Reuters) -") or a line that is only a date ("Thursday 24 October 2019").
// Only a full day counts: Reuters datelines ("SALVADOR, Feb 26 -") give no year, and a guessed year is worse
// than none.
import { tokenize, type Token } from "../text/tokens.js";
import { iso, isRealDay } from "./calendar.js";
import { readCalendar } from "./read-calendar.js";
import { isCapitalised, readWeekday } from "./words.js";

const HEAD_LINES = 15;
const HEAD_CHARS = 3000;
/** A date line's date starts within its first 12 tokens and runs a few more: the rest of a line is not read. */
const LINE_TOKENS = 40;
const PUBLICATION_WORDS = new Set(["published", "updated", "posted", "date", "dated", "filed", "modified"]);
const FILLER = new Set(["first", "last", "on", "at"]);
const DATELINE_ENDS = new Set(["(", "-", "–", "—", ":"]);

export function findReferenceDate(text: string): string | null {
  let from = 0;
  for (let n = 0; n < HEAD_LINES && from < Math.min(text.length, HEAD_CHARS); n++) {
    let nl = text.indexOf("\n", from);
    if (nl === -1) nl = text.length;
    const head = Math.min(nl, from + 300);
    // a full date has digits (its day or year): a line without any is not read
    const found = hasDigit(text, from, head) ? dateOfLine(tokenize(text, from, head, LINE_TOKENS)) : null;
    if (found !== null) return found;
    from = nl + 1;
  }
  return null;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function dateOfLine(tokens: readonly Token[]): string | null {
  for (let k = 0; k < tokens.length && k < 12; k++) {
    const at = readWeekday(tokens, k) !== null ? (tokens[k + 1]?.text === "," ? k + 2 : k + 1) : k;
    const cal = readCalendar(tokens, at);
    if (cal === null) continue;
    const { y, m, d } = cal.written;
    if (y === undefined || m === undefined || d === undefined || !isRealDay(y, m, d)) continue;
    const lead = introduction(tokens, k);
    if (lead === null || !closes(tokens, cal.end, lead)) continue;
    return iso({ y, m, d });
  }
  return null;
}

type Lead = "none" | "publication" | "place";

/** What stands before the date: nothing, a publication word ("Published:"), or a place ("PHNOM PENH,"). */
function introduction(tokens: readonly Token[], k: number): Lead | null {
  if (k === 0) return "none";
  const before = tokens.slice(0, k);
  if (before.some((t) => PUBLICATION_WORDS.has(t.lower)) && before.every((t) => t.kind === "punct" || PUBLICATION_WORDS.has(t.lower) || FILLER.has(t.lower))) return "publication";
  const words = before.slice(0, -1);
  if (tokens[k - 1]?.text === "," && words.length > 0 && words.every((t) => t.kind === "punct" || (t.kind === "word" && isCapitalised(t)))) return "place";
  return null;
}

/** What follows the date: the line's end or a clock time, or the dash or agency that ends a dateline. A date
 * that runs on into a sentence ("12 March 2004, the company said") is the story's, not the article's. */
function closes(tokens: readonly Token[], end: number, lead: Lead): boolean {
  const t = tokens[end];
  if (t === undefined || t.text === "|") return true;
  if (t.kind === "num" && tokens[end + 1]?.text === ":") return true;
  if (lead === "place") return DATELINE_ENDS.has(t.text);
  return lead === "publication" && (t.text === "," || DATELINE_ENDS.has(t.text));
}
