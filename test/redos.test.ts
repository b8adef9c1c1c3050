// ReDoS: every regular expression in src/ is checked for super-linear backtracking with recheck (automata theory,
// falling back to its fuzzer for look-arounds). A rule-based extractor is a pile of regexes; one that backtracks
// catastrophically turns a malformed page into a hang. Found by parsing the sources, so new regexes are covered.
import { join } from "node:path";
import { check, type Diagnostics } from "recheck";
import { describe, expect, it } from "vitest";
import { findRegexes, type FoundRegex } from "./support/regexes.js";

const root = join(import.meta.dirname, "..");

// Regexes that may stay super-linear because no input text reaches them or only a slice of bounded length does,
// each with the reason. Keyed by file and
// pattern, not line, so an edit elsewhere in the file does not break the list. Anything else must be linear.
const EXEMPT: ReadonlyArray<{ file: string; source: string; why: string }> = [
  { file: "src/batch/walk.ts", source: String.raw`\/+$`, why: "trims a command-line argument (a folder path)" },
  { file: "src/eval/words.ts", source: String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, why: "eval harness: trims single words of gold/extracted text split on whitespace" },
  { file: "src/refiners/link-time.ts", source: String.raw`^\W*(?:\p{L}+\s+)?$`, why: "tests a sentence's lead only when it is at most FRAME_LEAD (40) characters" },
  { file: "src/conformance/skips.ts", source: "", why: "pattern comes from fixtures/conformance-skips.json, matched against spec inputs" },
];

// Deterministic: recheck's fuzzer is seeded; generous time limit because CI machines are shared.
const PARAMS = { randomSeed: 8, timeout: 60_000 } as const;

function exempt(r: FoundRegex): string | undefined {
  const file = r.where.replace(/:\d+$/, "");
  return EXEMPT.find((e) => e.file === file && e.source === r.source)?.why;
}

function describeProblem(r: FoundRegex, d: Diagnostics): string {
  if (d.status === "vulnerable") return `${r.where} /${r.source}/${r.flags}: ${d.complexity.summary}, e.g. ${d.attack.pattern}`;
  if (d.status === "unknown") return `${r.where} /${r.source}/${r.flags}: could not be checked (${d.error.kind})`;
  return "";
}

describe("regular expressions in src/", () => {
  const found = findRegexes(root);

  it("are found (the scan works)", () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((r) => r.where.startsWith("src/text/sentences.ts"))).toBe(true);
  });

  it("are built from literals or templates, so each can be checked", () => {
    const opaque = found.filter((r) => r.dynamic && r.source === "" && exempt(r) === undefined);
    expect(opaque.map((r) => r.where)).toEqual([]);
  });

  it("backtrack at most linearly on any input", { timeout: 600_000 }, async () => {
    const bySource = new Map<string, FoundRegex[]>();
    for (const r of found) {
      if (exempt(r) !== undefined || r.source === "") continue;
      const key = `${r.flags.replace(/[gy]/g, "")}/${r.source}`;
      bySource.set(key, [...(bySource.get(key) ?? []), r]);
    }
    const problems: string[] = [];
    for (const group of bySource.values()) {
      const r = group[0]!;
      const d = await check(r.source, r.flags.replace(/[gy]/g, ""), PARAMS);
      if (d.status !== "safe") for (const each of group) problems.push(describeProblem(each, d));
    }
    expect(problems).toEqual([]);
  });

  it("the exemption list names only regexes that still exist", { timeout: 120_000 }, async () => {
    for (const e of EXEMPT) {
      const r = found.find((f) => f.where.startsWith(`${e.file}:`) && f.source === e.source);
      expect(r, `${e.file} /${e.source}/`).toBeDefined();
    }
  });
});

describe("the ReDoS check itself", () => {
  it("flags catastrophic and quadratic patterns", async () => {
    expect((await check("^(a+)+$", "", PARAMS)).status).toBe("vulnerable");
    // the sentence splitter's boundary before the look-behind fix: a run of "!" rescanned from every mark
    expect((await check(String.raw`[.!?]+["')]*(?=\s)|\n`, "", PARAMS)).status).toBe("vulnerable");
  });
});
