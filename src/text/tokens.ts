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

// Dotted acronyms ("U.S."), digits with separators ("1,000.5"), words with inner apostrophes/dots ("don't", "U.S"), or one other mark.
const TOKEN = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:['’.]\p{L}[\p{L}\p{M}]*)*|[^\s\p{L}\d]/gu;

const LETTER = /^\p{L}/u;

/** Tokens of text.slice(from, to); offsets are absolute. `max` stops after that many tokens (a reader that looks
 *  only at the start of a line need not tokenize the rest of it). */
export function tokenize(text: string, from = 0, to = text.length, max = Infinity): Token[] {
  const slice = text.slice(from, to);
  const out: Token[] = [];
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null && out.length < max; m = TOKEN.exec(slice)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII fast paths before the Unicode test: most tokens of English news are ASCII
    const kind: TokenKind =
      c >= 48 && c <= 57 ? "num" : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? "word" : c < 128 ? "punct" : LETTER.test(t) ? "word" : "punct";
    const start = from + m.index;
    let lower = t;
    if (kind === "word") {
      lower = t.toLowerCase();
      if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    }
    out.push({
      text: t,
      lower,
      kind,
      start,
      end: start + t.length,
      spaced: prevEnd === -1 || m.index > prevEnd,
    });
    prevEnd = m.index + t.length;
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

const sentenceCache = new WeakMap<object, Token[]>();

/** The tokens of one sentence, tokenized once and shared by every extractor (the sentence object is the key). */
export function sentenceTokens(text: string, s: { start: number; end: number }): Token[] {
  let tokens = sentenceCache.get(s);
  if (tokens === undefined) {
    tokens = tokenize(text, s.start, s.end);
    sentenceCache.set(s, tokens);
  }
  return tokens;
}
