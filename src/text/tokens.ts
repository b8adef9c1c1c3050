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

/** Tokens of text.slice(from, to); offsets are absolute. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const out: Token[] = [];
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? "num" : /\p{L}/u.test(t[0] ?? "") ? "word" : "punct";
    const start = from + m.index;
    out.push({
      text: t,
      lower: kind === "word" ? t.toLowerCase().replace(/’/g, "'") : t,
      kind,
      start,
      end: start + t.length,
      spaced: prevEnd === -1 || m.index > prevEnd,
    });
    prevEnd = m.index + t.length;
  }
  return out;
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
