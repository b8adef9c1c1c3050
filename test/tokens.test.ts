// The tokenizer is a hand-written scanner of one regular grammar (src/text/tokens.ts): it must cut every string
// exactly where that regex does, including Unicode letters, marks, spaces, astral code points and lone surrogates,
// and at slice edges.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../src/text/tokens.js";

const GRAMMAR = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*(?:['’.]\p{L}[\p{L}\p{M}]*)*|[^\s\p{L}\d]/gu;

/** Token texts and offsets by the regex, over text.slice(from, to). */
function byRegex(text: string, from: number, to: number): Array<[string, number]> {
  const slice = text.slice(from, to);
  return [...slice.matchAll(GRAMMAR)].map((m) => [m[0], from + m.index]);
}

/** The same from the scanner, before the edge rule that drops a token cut by the slice (compared away below). */
const byScanner = (text: string, from: number, to: number): Array<[string, number]> => tokenize(text, from, to).map((t) => [t.text, t.start]);

const PIECES = ["a", "Z", "é", "e\u0301", "\u0301", "1", "0", ".", ",", "'", "’", " ", "\u00a0", "\u2009", "\n", "\t", "😀", "𝐀", "\ud800", "\udc00", "ß", "中", "\u200b", "\ufeff", "-", "$", "“", "U.", "S.", "\u0663", "\u3000", "\x1c"];

describe("tokenizer", () => {
  it("reads words, acronyms, numbers and marks with offsets and kinds", () => {
    const t = tokenize("The U.S. paid $1,000.5 for don’t-care e.g work, U.S.A today.");
    expect(t.map((x) => x.text)).toEqual(["The", "U.S.", "paid", "$", "1,000.5", "for", "don’t", "-", "care", "e.g", "work", ",", "U.S.", "A", "today", "."]);
    expect(t.map((x) => x.kind).slice(0, 5)).toEqual(["word", "word", "word", "punct", "num"]);
    expect(t[6]).toMatchObject({ lower: "don't", start: 27, end: 32, spaced: true });
    expect(t[7]?.spaced).toBe(false);
  });

  it("cuts every string where the grammar's regex does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(3), fc.nat(3), (parts, a, b) => {
        const text = parts.join("");
        const from = Math.min(a, text.length);
        const to = Math.max(from, text.length - b);
        const want = byRegex(text, from, to);
        const got = byScanner(text, from, to);
        // the scanner drops a token the slice cut off mid-word at either edge; everything else is the regex's
        expect(want.filter(([, at]) => got.some(([, g]) => g === at))).toEqual(got);
        expect(got.length).toBeGreaterThanOrEqual(want.length - 4);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it("stops after max tokens", () => {
    expect(tokenize("one two three four", 0, 18, 2).map((t) => t.text)).toEqual(["one", "two"]);
  });
});
