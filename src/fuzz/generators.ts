// fast-check generators of hostile input: slices and splices of real news, random Unicode, unbalanced quotes,
// very long numbers, runs of punctuation, all-caps, no spaces, Object.prototype words. Each case names the
// generator that made it, so a failure says what kind of garbage broke the engine.
import fc from "fast-check";
import { CLAIM_TYPES } from "../schema.js";
import type { ExtractOptions } from "../types.js";
import { corpusTexts } from "./corpus.js";
import { ENGINE_WORDS, longDigits, longGroups, PROTOTYPE_WORDS, PUNCTUATION, QUOTE_MARKS, UNICODE_BITS } from "./fragments.js";

const LONG_NUMBERS = [longDigits(10_000), longGroups(5_000), "0." + longDigits(5_000), longDigits(400), "9".repeat(309), "1e308"];
const NUMBER_FRAMES: ReadonlyArray<(n: string, a: string, b: string) => string> = [
  (n, a, b) => `${a} ${n} ${b}`,
  (n) => `$${n} billion`,
  (n) => `${n}%`,
  (n) => `between ${n} and ${n}`,
  (n) => `${n}-${n}`,
  (n) => `£${n}m in ${n}`,
  (n) => n,
];

export interface FuzzCase {
  generator: string;
  input: string;
  options: ExtractOptions;
}

/** `maxLength`: the longest slice of real text taken (long numbers and punctuation runs have their own sizes). */
export function fuzzCase(maxLength = 3000): fc.Arbitrary<FuzzCase> {
  const texts = corpusTexts();
  const slice = fc
    .tuple(fc.nat(texts.length - 1), fc.nat(), fc.integer({ min: 0, max: maxLength }))
    .map(([d, at, len]) => {
      const t = texts[d]!;
      const start = at % (t.length + 1);
      return t.slice(start, start + len);
    });
  const word = fc.oneof(fc.constantFrom(...ENGINE_WORDS), slice.map((s) => s.split(/\s+/)[1] ?? s.slice(0, 12)));
  const sep = fc.constantFrom(" ", "", "\n", ", ", ". ", "\u00a0", "\t", "\n\n", " - ");
  const joined = (items: fc.Arbitrary<string>, max: number) =>
    fc.array(fc.tuple(items, sep), { maxLength: max }).map((xs) => xs.map(([a, b]) => a + b).join(""));

  const generators: Record<string, fc.Arbitrary<string>> = {
    "corpus-slice": slice,
    "corpus-splice": joined(fc.oneof(slice, word, fc.constantFrom(...UNICODE_BITS)), 6),
    unicode: joined(fc.oneof(fc.constantFrom(...UNICODE_BITS), word, fc.string({ unit: "binary", maxLength: 8 })), 200),
    "lone-surrogates": joined(fc.oneof(word, fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), 100),
    quotes: joined(fc.oneof(fc.constantFrom(...QUOTE_MARKS), word, slice.map((s) => s.slice(0, 200))), 120),
    "long-number": fc
      .tuple(fc.constantFrom(...LONG_NUMBERS), fc.constantFrom(...NUMBER_FRAMES), word, word)
      .map(([n, frame, a, b]) => frame(n, a, b)),
    "punct-run": fc
      .tuple(fc.constantFrom(...PUNCTUATION), fc.integer({ min: 1, max: 20_000 }), word)
      .map(([p, n, w]) => `${w} ${p.repeat(n)} ${w}`),
    "mixed-punct": joined(fc.constantFrom(...PUNCTUATION, ...QUOTE_MARKS), 2000),
    caps: slice.map((s) => s.toUpperCase()),
    "no-spaces": slice.map((s) => s.replace(/\s+/g, "")),
    "prototype-words": joined(fc.oneof(fc.constantFrom(...PROTOTYPE_WORDS), word), 80),
    "engine-soup": joined(word, 300),
  };
  const options = fc.record({
    referenceDate: fc.option(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
    types: fc.option(fc.subarray([...CLAIM_TYPES], { minLength: 1 }), { nil: undefined }),
    debug: fc.boolean(),
  });
  return fc.tuple(fc.constantFrom(...Object.keys(generators)), fc.nat(), options).chain(([name, , opts]) =>
    generators[name]!.map((input) => ({ generator: name, input, options: clean(opts) })),
  );
}

/** Options without undefined fields, as a caller would pass them (and as they are written to a regression file). */
function clean(o: { referenceDate: string | undefined; types: Array<(typeof CLAIM_TYPES)[number]> | undefined; debug: boolean }): ExtractOptions {
  return {
    ...(o.referenceDate !== undefined ? { referenceDate: o.referenceDate } : {}),
    ...(o.types !== undefined ? { types: o.types } : {}),
    ...(o.debug ? { debug: true } : {}),
  };
}

/** The `index`-th case of a campaign with `seed`: the same on every run, so a hang can be regenerated. */
export function caseAt(seed: number, index: number, maxLength?: number): FuzzCase {
  return fc.sample(fuzzCase(maxLength), { seed: (seed * 1_000_003 + index) | 0, numRuns: 1 })[0]!;
}
