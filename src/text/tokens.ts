// A tokenizer with offsets: numbers, words and single punctuation marks. One linear regex pass; no backtracking
// beyond a token (every alternative is a simple loop over one character class).
export type TokenKind = "num" | "word" | "punct";

export interface Token {
  readonly text: string;
  /** Lower-case text, with curly apostrophes straightened. */
  readonly lower: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** True when whitespace (or the sentence start) stands right before the token. */
  readonly spaced: boolean;
}

// What the tokenizer reads, as this regex would (the scanner below is the same grammar by hand: a regex exec per
// token allocates a match array, and tokenizing was the engine's largest single cost):
//   /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:['’.]\p{L}[\p{L}\p{M}]*)*|[^\s\p{L}\d]/gu
// dotted acronyms ("U.S."), digits with separators ("1,000.5"), words with inner apostrophes/dots ("don't", "U.S"),
// or one other mark; whitespace separates. Digits are ASCII only, as \d is.
const SPACE = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const OTHER = 4;

const ASCII = new Uint8Array(128).map((_, c) =>
  (c >= 9 && c <= 13) || c === 32 ? SPACE : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : c >= 48 && c <= 57 ? DIGIT : OTHER,
);
/** Classes of the Basic Multilingual Plane past ASCII, filled as met (0 = not looked up yet, else class + 1). */
const BMP = new Uint8Array(65536);
const IS_SPACE = /^\s$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;

function unicodeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return IS_SPACE.test(ch) ? SPACE : IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : OTHER;
}

function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  if (cp > 0xffff) return unicodeClass(cp);
  let c = BMP[cp]!;
  if (c === 0) BMP[cp] = c = unicodeClass(cp) + 1;
  return c - 1;
}

/** The code point at i, a surrogate pair read whole only when both halves lie before `to`. */
function codePointBefore(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The end of the letters and marks from i on. */
function lettersEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const cp = codePointBefore(text, i, to);
    const k = classOf(cp);
    if (k !== LETTER && k !== MARK) break;
    i += width(cp);
  }
  return i;
}

/** The end of a token that starts with a letter at i: a dotted acronym or a word. */
function wordEnd(text: string, i: number, to: number, first: number): number {
  // (?:\p{L}\.){2,}
  let j = i;
  let pairs = 0;
  for (let cp = first; j < to && classOf(cp) === LETTER; ) {
    const dot = j + width(cp);
    if (dot >= to || text.charCodeAt(dot) !== 46) break;
    pairs++;
    j = dot + 1;
    if (j >= to) break;
    cp = codePointBefore(text, j, to);
  }
  if (pairs >= 2) return j;
  // \p{L}[\p{L}\p{M}]*(?:['’.]\p{L}[\p{L}\p{M}]*)*
  let end = lettersEnd(text, i + width(first), to);
  while (end + 1 < to) {
    const sep = text.charCodeAt(end);
    if (sep !== 39 && sep !== 0x2019 && sep !== 46) break;
    const cp = codePointBefore(text, end + 1, to);
    if (classOf(cp) !== LETTER) break;
    end = lettersEnd(text, end + 1 + width(cp), to);
  }
  return end;
}

/** The end of a number that starts at i: \d+(?:[.,]\d+)* */
function numberEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  for (;;) {
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    const sep = text.charCodeAt(j);
    if (j + 1 < to && (sep === 46 || sep === 44) && isDigit(text.charCodeAt(j + 1))) j += 2;
    else return j;
  }
}

/** Tokens of text.slice(from, to); offsets are absolute. `max` stops after that many tokens (a reader that looks
 *  only at the start of a line need not tokenize the rest of it). */
export function tokenize(text: string, from = 0, to = text.length, max = Infinity): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (let i = Math.max(0, from), end = Math.min(to, text.length); i < end && out.length < max; ) {
    const cp = codePointBefore(text, i, end);
    const k = classOf(cp);
    if (k === SPACE) {
      i += width(cp);
      continue;
    }
    const stop = k === LETTER ? wordEnd(text, i, end, cp) : k === DIGIT ? numberEnd(text, i, end) : i + width(cp);
    const t = text.slice(i, stop);
    const kind: TokenKind = k === DIGIT ? "num" : k === LETTER ? "word" : "punct";
    let lower = t;
    if (kind === "word") {
      lower = t.toLowerCase();
      if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    }
    out.push({ text: t, lower, kind, start: i, end: stop, spaced: prevEnd === -1 || i > prevEnd });
    prevEnd = stop;
    i = stop;
  }
  // A slice cut inside a word or number (an over-long sentence cut where no space was near) must not read the
  // pieces as tokens of their own: "1777…7" cut after 2,000 digits would give a claim "7".
  // A separator at the edge takes the digits glued to it along ("1,|000": the "1" of "1," goes too).
  if (out.length > 0 && continuesAcross(text, from, out[0]!.start)) {
    const cut = out.shift()!;
    if (cut.kind === "punct" && out[0]?.kind === "num" && !out[0].spaced) out.shift();
  }
  const last = out[out.length - 1];
  if (last !== undefined && continuesAcross(text, to, last.end)) {
    out.pop();
    const before = out[out.length - 1];
    if (last.kind === "punct" && before?.kind === "num" && !last.spaced) out.pop();
  }
  return out;
}

/** True when the token edge at `edge` lies on the cut `at` and the text runs on across it (letter or digit on both
 *  sides, or a digit, a separator and a digit: "1,0|00"). */
function continuesAcross(text: string, at: number, edge: number): boolean {
  if (edge !== at || at <= 0 || at >= text.length) return false;
  // character codes, not one-character regexes: this runs at both ends of every sentence (NaN past the text's ends)
  const a = text.charCodeAt(at - 1);
  const b = text.charCodeAt(at);
  if (isWordish(a, text[at - 1]!) && isWordish(b, text[at]!)) return true;
  return (isSeparator(a) && isDigit(text.charCodeAt(at - 2)) && isDigit(b)) || (isSeparator(b) && isDigit(a) && isDigit(text.charCodeAt(at + 1)));
}

const WORDISH = /^[\p{L}\p{N}\p{M}]$/u;

/** A letter, digit or mark: ASCII by code, the rest by the regex. */
function isWordish(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORDISH.test(ch);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  return c === 46 || c === 44;
}

/** True when tokens[i] and tokens[i + 1] touch (no space between). */
export function glued(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.spaced;
}

/** Lower-case words of tokens[i..i+n) joined by single spaces, or "" past the end. */
export function phraseAt(tokens: readonly Token[], i: number, n: number): string {
  if (i < 0 || i + n > tokens.length) return "";
  let s = "";
  for (let k = i; k < i + n; k++) s += (k > i ? " " : "") + tokens[k]!.lower;
  return s;
}

// Kept on the sentence object itself under a symbol: every extractor asks for every sentence's tokens, and a
// property read is several times cheaper than a WeakMap lookup (JSON and key listings do not see a symbol).
const TOKENS = Symbol("tokens");

interface Tokenized {
  readonly start: number;
  readonly end: number;
  [TOKENS]?: Token[];
}

/** The tokens of one sentence, tokenized once and shared by every extractor (cached on the sentence object). */
export function sentenceTokens(text: string, s: { start: number; end: number }): Token[] {
  const t = s as Tokenized;
  let tokens = t[TOKENS];
  if (tokens === undefined) {
    tokens = tokenize(text, s.start, s.end);
    t[TOKENS] = tokens;
  }
  return tokens;
}
