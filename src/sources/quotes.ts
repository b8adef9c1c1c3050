// Quotation spans over the whole text, in one pass over the double quote marks. Straight marks get their
// direction from the characters around them; a quote never runs past the end of its paragraph, so a lost closing
// mark cannot swallow the rest of the article. News style opens each paragraph of a long quote with a mark and
// closes only the last one: an opening mark while a quote is open, or a paragraph that opens with a mark after an
// unclosed quote, continues the same quotation (`next`/`prev`).
import { isHardWrapped } from "../text/sentences.js";

export interface Quote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offsets of the quoted text (marks and surrounding spaces excluded). */
  start: number;
  end: number;
  /** Offset just past the closing mark, or `end` when the quote was cut (paragraph end, new opening mark). */
  after: number;
  closed: boolean;
  /** A direct quotation (a clause or more), not a scare quote, nickname or title. */
  direct: boolean;
  prev?: Quote;
  next?: Quote;
}

const MARKS = /["“”„«»]/g;

export function findQuotes(text: string): Quote[] {
  const breaks = paragraphBreaks(text);
  const out: Quote[] = [];
  let openAt = -1;
  let openPrev: Quote | undefined; // the cut quote that the open one continues
  let cut: Quote | undefined; // the last quote cut open, waiting for a continuation
  let cutAt = -1; // only spaces may stand between here and a continuing mark
  let bi = 0;
  const close = (to: number, closed: boolean): Quote => {
    const q = makeQuote(text, openAt, to, closed, openPrev);
    out.push(q);
    openAt = -1;
    return q;
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    for (; bi < breaks.length && breaks[bi]! < i; bi++) {
      if (openAt >= 0) {
        cut = close(breaks[bi]!, false);
        cutAt = breaks[bi]!;
      }
    }
    if (direction(text, i, openAt >= 0) === "open") {
      if (openAt >= 0) {
        cut = close(i, false);
        cutAt = i;
      }
      openPrev = cut !== undefined && i - cutAt < 200 && /^\s*$/.test(text.slice(cutAt, i)) ? cut : undefined;
      openAt = i;
    } else if (openAt >= 0) {
      close(i, true);
      cut = undefined;
    }
  }
  if (openAt >= 0) close(bi < breaks.length ? breaks[bi]! : text.length, false);
  shareDirectness(out);
  return out;
}

/** A continued quotation is direct as a whole when any of its parts is. One pass: chains can be long. */
function shareDirectness(quotes: Quote[]): void {
  for (const head of quotes) {
    if (head.prev !== undefined) continue;
    let direct = false;
    for (let p: Quote | undefined = head; p !== undefined && !direct; p = p.next) direct = p.direct;
    if (direct) for (let p: Quote | undefined = head; p !== undefined; p = p.next) p.direct = true;
  }
}

function makeQuote(text: string, open: number, to: number, closed: boolean, prev: Quote | undefined): Quote {
  let start = open + 1;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const q: Quote = { open, start, end, after: closed ? to + 1 : end, closed, direct: isDirect(text.slice(start, end)) };
  if (prev !== undefined) {
    q.prev = prev;
    prev.next = q;
  }
  return q;
}

function direction(text: string, i: number, isOpen: boolean): "open" | "close" {
  const before = i === 0 ? " " : text[i - 1]!;
  const after = i + 1 >= text.length ? " " : text[i + 1]!;
  const spaceBefore = /[\s([{\u2014\u2013\-/]/.test(before);
  const spaceAfter = /[\s,.;:!?)\]}\u2014\u2013]/.test(after);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  const mark = text[i]!;
  if (mark === "“" || mark === "„" || mark === "«") return "open";
  if (mark === "”" || mark === "»") return "close";
  return isOpen ? "close" : "open";
}

/** Scare quotes ("respectable"), nicknames and titles of works are not direct quotations. */
function isDirect(inner: string): boolean {
  const words = inner.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const terminal = /[.!?,;:…]$/.test(inner) || /[.!?]\s+\p{Lu}/u.test(inner);
  if (words.length < 2 || (words.length < 4 && !terminal)) return false;
  const titleCase = words.every((w) => w.length <= 3 || /^\p{Lu}/u.test(w));
  return !(titleCase && !terminal);
}

/** Offsets of the line breaks that end a paragraph (hard-wrapped wire copy keeps single breaks inside one). */
function paragraphBreaks(text: string): number[] {
  const wrapped = isHardWrapped(text);
  const out: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (!wrapped || /^[ \t\r]*(?:\n|$)|^[ \t]/.test(text.slice(i + 1, i + 8))) out.push(i);
  }
  return out;
}
