// Inputs of any exact length for the scaling benchmark (bench/scaling.mjs, bench/big.mjs): ordinary news text and
// each pathological generator of the property tests, made deterministically (no fast-check) so that 1×, 2×, 4×
// and 8× are the same kind of text.
import { corpusOfLength } from "./corpus.js";
import { ENGINE_WORDS, longDigits, longGroups, PROTOTYPE_WORDS, PUNCTUATION, QUOTE_MARKS, UNICODE_BITS } from "./fragments.js";

/** Pieces picked by a fixed linear congruential sequence and joined until `length` characters. */
function woven(length: number, pieces: readonly string[], seps: readonly string[], seed = 1): string {
  const out: string[] = [];
  let have = 0;
  let x = seed;
  const next = (n: number) => {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    return (x >>> 8) % n;
  };
  while (have < length) {
    const p = pieces[next(pieces.length)]! + seps[next(seps.length)]!;
    out.push(p);
    have += p.length;
  }
  return out.join("").slice(0, length);
}

export const SHAPES: Readonly<Record<string, (length: number) => string>> = {
  paragraphs: (n) => corpusOfLength(n),
  "one-line": (n) => corpusOfLength(n).replace(/\s+/g, " "),
  "all-caps": (n) => corpusOfLength(n).toUpperCase(),
  "no-spaces": (n) => corpusOfLength(Math.ceil(n * 1.25)).replace(/\s+/g, "").slice(0, n),
  "long-number": (n) => longDigits(n - 1),
  "thousands-groups": (n) => longGroups(Math.floor((n - 1) / 4)),
  "numbers-spaced": (n) => woven(n, ["1", "22", "1,000", "3.5", "2019", "10-20", "5%", "$4bn"], [" ", ", ", " and ", " to "]),
  "punctuation-run": (n) => "!".repeat(n),
  "mixed-punctuation": (n) => woven(n, [...PUNCTUATION, ...QUOTE_MARKS], [""]),
  quotes: (n) => woven(n, [...QUOTE_MARKS, ...ENGINE_WORDS, "he said", "“We", "they’re"], [" ", ""]),
  unicode: (n) => woven(n, [...UNICODE_BITS, ...ENGINE_WORDS], [" ", "", "\u00a0", "\u200b"]),
  "prototype-words": (n) => woven(n, [...PROTOTYPE_WORDS, ...ENGINE_WORDS], [" ", ". ", ", "]),
  "engine-soup": (n) => woven(n, ENGINE_WORDS, [" ", ", ", ". ", "\n"]),
};
