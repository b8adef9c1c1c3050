// Sentence splitting with offsets. Linear in the text: one scan for candidate boundaries, a bounded look-back
// at each. Hard-wrapped wire copy (Reuters) keeps single newlines inside sentences; elsewhere a line is a paragraph.
import type { Sentence } from "../types.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { spanAt } from "./spans.js";

/** A sentence longer than this is cut at a space, so that no later pass sees unbounded text. */
export const MAX_SENTENCE = 2000;

// The look-behind starts a match only at the first mark of a run: without it a run of "!!!…" not followed by a
// space is rescanned from every mark (quadratic: 80 KB of "!" took over a minute).
const BOUNDARY = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s)|\n/g;

export function splitSentences(text: string): Sentence[] {
  const wrapped = isHardWrapped(text);
  const cuts: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === "\n") {
      if (isLineBreak(text, m.index, wrapped)) cuts.push(m.index);
    } else if (endsSentence(text, m.index, end)) {
      cuts.push(end);
    }
  }
  cuts.push(text.length);
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of cuts) {
    pushTrimmed(text, from, cut, out);
    from = cut;
  }
  return out;
}

function pushTrimmed(text: string, from: number, to: number, out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    let cut = lastSpaceIn(text, s, s + MAX_SENTENCE);
    // never split a surrogate pair
    if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
    push(text, s, cut, out);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) push(text, s, e, out);
}

/** The last space in (from, to], else `to`. Searched inside the window only: text.lastIndexOf(" ", to) would walk
 *  back to the start of a text with no spaces at every cut (quadratic). */
function lastSpaceIn(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) if (text.charCodeAt(i) === 32) return i;
  return to;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

function endsSentence(text: string, dot: number, end: number): boolean {
  const next = nextNonSpace(text, end);
  if (next === -1) return true;
  const c = text[next] ?? "";
  if (text[dot] !== ".") return /[A-Z0-9"“‘'(\[]/.test(c) || isNewlineBetween(text, end, next);
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word)) return false; // initials: "J. Smith", "U.S."-style pieces
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return /[“"]/.test(c) || isNewlineBetween(text, end, next);
  return /[A-Z0-9"“‘'(\[£$€]/.test(c) || isNewlineBetween(text, end, next);
}

function isLineBreak(text: string, nl: number, wrapped: boolean): boolean {
  if (!wrapped) return true;
  const after = text.charCodeAt(nl + 1);
  if (after === 10 || after === 13 || after === 32 || after === 9) return true; // blank line or indented paragraph
  const lineStart = text.lastIndexOf("\n", nl - 1) + 1;
  const line = text.slice(lineStart, nl);
  return !/[a-z]/.test(line); // an all-capitals title line
}

/** Wire copy wrapped at a fixed width: many lines, nearly all short. */
export function isHardWrapped(text: string): boolean {
  let lines = 0;
  let long = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf("\n", from);
    const len = (nl === -1 ? text.length : nl) - from;
    if (len > 0) {
      lines++;
      if (len > 90) long++;
    }
    if (nl === -1) break;
    from = nl + 1;
  }
  return lines >= 4 && long / lines < 0.05;
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 20 && /[A-Za-z.]/.test(text[i - 1] ?? "")) i--;
  return text.slice(i, dot);
}

function nextNonSpace(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + 200; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

function isNewlineBetween(text: string, a: number, b: number): boolean {
  return text.slice(a, b).includes("\n\n");
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** The sentence holding offset `pos` (sentences are sorted and disjoint). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  return spanAt(sentences, pos);
}
