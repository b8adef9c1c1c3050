// Quotation spans (src/sources/quotes.ts) on the marks news copy really has: curly and straight, mixed, paragraph
// continuations, lost closing marks, wire copy wrapped at a fixed width — and on input that is nothing but marks.
import { describe, expect, it } from "vitest";
import { findQuotes, type Quote } from "../src/sources/quotes.js";
import { extract } from "../src/index.js";

const inner = (text: string, q: Quote) => text.slice(q.start, q.end);

describe("findQuotes", () => {
  it("reads curly and straight pairs, and mixed ones", () => {
    const text = `“One two three four,” he said. "Five six seven eight," she said. “Nine ten eleven twelve," they said.`;
    const qs = findQuotes(text);
    expect(qs.map((q) => inner(text, q))).toEqual(["One two three four,", "Five six seven eight,", "Nine ten eleven twelve,"]);
    expect(qs.every((q) => q.closed && q.direct)).toBe(true);
  });

  it("continues a quotation whose paragraph opens with a mark after an unclosed one", () => {
    const text = "“The first paragraph of the quote\n\n“and the second one closes it,” the mayor said.";
    const [a, b] = findQuotes(text);
    expect(inner(text, a!)).toBe("The first paragraph of the quote");
    expect(a!.closed).toBe(false);
    expect(a!.next).toBe(b);
    expect(b!.prev).toBe(a);
    expect(inner(text, b!)).toBe("and the second one closes it,");
  });

  it("continues a quotation re-opened in the same line (paragraphs run together)", () => {
    const text = `She said: "We have already doubled it. "We are going to extend it further." She said more.`;
    const [a, b] = findQuotes(text);
    expect(inner(text, a!)).toBe("We have already doubled it.");
    expect(a!.next).toBe(b);
    expect(inner(text, b!)).toBe("We are going to extend it further.");
  });

  it("ends a quotation whose closing mark is lost at its paragraph end", () => {
    const text = `He said: "This never closes and goes on.\n\nThe company said profits rose. "Short," said X.`;
    const qs = findQuotes(text);
    expect(inner(text, qs[0]!)).toBe("This never closes and goes on.");
    expect(qs[0]!.closed).toBe(false);
    expect(qs[0]!.next).toBeUndefined();
  });

  it("keeps a wire-copy quotation across the line wraps of one paragraph", () => {
    const line = "The company said the results, which were announced today in New York, were good";
    const text = [`${line}.`, `    "Many speculators down here bought March soymeal and sold`, `May, looking for no deliveries," one trader said.`, line, line, line].join("\n");
    const q = findQuotes(text)[0]!;
    expect(inner(text, q)).toBe("Many speculators down here bought March soymeal and sold\nMay, looking for no deliveries,");
    expect(q.closed).toBe(true);
  });

  it("tells scare quotes, nicknames and titles from quotations", () => {
    const text = `The results were "respectable". Dwayne "The Rock" Johnson starred in "The Lord of the Rings". "Yes, we will."`;
    expect(findQuotes(text).map((q) => [inner(text, q), q.direct])).toEqual([
      ["respectable", false],
      ["The Rock", false],
      ["The Lord of the Rings", false],
      ["Yes, we will.", true],
    ]);
  });

  it("survives input made of marks only", () => {
    for (const text of ['"'.repeat(10_001), "“".repeat(5_000), "”".repeat(5_000), '" '.repeat(5_000), "“\n\n".repeat(3_000)]) {
      const qs = findQuotes(text);
      for (const q of qs) {
        expect(q.start).toBeLessThanOrEqual(q.end);
        expect(q.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe("sources and unbalanced quotation marks", () => {
  it("finds the sources of later paragraphs after a quotation that never closes", () => {
    const paragraphs = [`Mr Smith said: "This quotation is never closed and has 300 words.`];
    for (let i = 0; i < 50; i++) paragraphs.push(`The firm said it sold ${i + 2} cars.`);
    const doc = extract(paragraphs.join("\n\n"), {});
    const sources = doc.claims.filter((c) => c.type === "source");
    expect(sources).toHaveLength(51);
    const counts = doc.claims.filter((c) => c.type === "count");
    expect(counts.every((c) => "source" in c)).toBe(true);
  });

  it("never crashes on stray, doubled or mismatched marks around cues", () => {
    const texts = ['", said "', '”,” he said “', '"""said X"""', "“he said”", 'He said: "', '"Hello," said', "said “”", ", said X, ”"];
    for (const t of texts) expect(() => extract(t, {})).not.toThrow();
  });
});
