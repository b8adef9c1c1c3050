// Replays every input the fuzz campaign (npm run fuzz) or the property tests found failing, as written to
// test/fuzz-regressions/*.json: each must now keep every invariant (src/fuzz/check.ts). A "hang" case passes when
// it finishes at all (and the scaling benchmark shows it in time proportional to its size).
import { describe, expect, it } from "vitest";
import { checkInput } from "../src/fuzz/check.js";
import { readRegressions } from "../src/fuzz/regressions.js";

const all = readRegressions();

describe("fuzz regressions", () => {
  it("are stored as valid regression files", () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(all.map((r) => [r.file, r.regression] as const))("%s", (_file, r) => {
    expect(checkInput(r.input, r.options).problems).toEqual([]);
  });
});
