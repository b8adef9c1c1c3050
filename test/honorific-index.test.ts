// HonorificIndex answers what the regex /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? Surname\b/ over the whole text answered, once
// per text instead of once per named source.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HonorificIndex } from "../src/sources/resolve.js";

const byRegex = (text: string, surname: string): boolean =>
  new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? ${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text);

describe("HonorificIndex", () => {
  it("finds a surname after an honorific, whole, with or without a full stop", () => {
    const idx = new HonorificIndex("Talks went on. Mrs Smith-Jones and Dr. O'Neill met Mr Mong-koo, not Smithson.");
    expect(idx.precedes("Smith")).toBe(true); // "Smith-Jones": a hyphen ends the word
    expect(idx.precedes("Smith-Jones")).toBe(true);
    expect(idx.precedes("O'Neill")).toBe(true);
    expect(idx.precedes("Mong-koo")).toBe(true);
    expect(idx.precedes("Smiths")).toBe(false);
    expect(idx.precedes("Smithson")).toBe(false); // named, but after no honorific
    expect(idx.precedes("Mong")).toBe(true);
    expect(new HonorificIndex("Amr Moussa").precedes("Moussa")).toBe(false); // "Mr" inside a word
  });

  it("agrees with the regex on random text", () => {
    const parts = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Amr", ".", " ", "Smith", "-", "Jones", "s", "_", "1", "'", "é"];
    const surnames = ["Smith", "Smith-Jones", "Jones", "s", "Smiths", "Mr", "1", "_", "Smith.", "Jones'", "é"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 14 }), (p) => {
        const text = p.join("");
        const idx = new HonorificIndex(text);
        for (const s of surnames) expect(idx.precedes(s), `${JSON.stringify(text)} / ${s}`).toBe(byRegex(text, s));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
