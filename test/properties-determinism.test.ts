// Same input and options → byte-identical output, whatever the time zone, locale, clock or number of worker
// threads. Generated hostile inputs are written to files and run through the built CLI in child processes with
// different environments; the outputs are compared byte for byte.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzCase } from "../src/fuzz/generators.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const fakeClock = join(root, "test", "support", "fake-clock.mjs");

const ENVIRONMENTS: Record<string, NodeJS.ProcessEnv> = {
  utc: { TZ: "UTC", LC_ALL: "C", LANG: "C" },
  // UTC+14, Turkish locale (dotless i), the clock at the end of 2031
  kiritimati: { TZ: "Pacific/Kiritimati", LC_ALL: "tr_TR.UTF-8", LANG: "tr_TR.UTF-8", NODE_OPTIONS: `--import=${fakeClock}` },
  // UTC-3:30, Arabic locale (other digits, right-to-left)
  stjohns: { TZ: "America/St_Johns", LC_ALL: "ar_SA.UTF-8", LANG: "ar_SA.UTF-8" },
};

function run(args: string[], env: NodeJS.ProcessEnv): { code: number | null; stdout: string; stderr: string } {
  const base = { ...process.env };
  for (const k of ["TZ", "LC_ALL", "LANG", "NODE_OPTIONS"]) delete base[k];
  const r = spawnSync(bin, args, { cwd: root, encoding: "utf8", env: { ...base, NO_COLOR: "1", ...env }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("output is the same bytes", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimex-determinism-"));
  const folder = join(dir, "docs");
  mkdirSync(folder);
  const cases = fc.sample(fuzzCase(2500), { seed: 424_242, numRuns: 30 });
  cases.forEach((c, i) => writeFileSync(join(folder, `case-${String(i).padStart(2, "0")}.txt`), c.input || "x"));
  const jsonl = join(dir, "records.jsonl");
  writeFileSync(jsonl, cases.map((c, i) => JSON.stringify({ id: `r${i}`, text: c.input })).join("\n") + "\n");

  it("the fake clock really moves the clock (so the comparison below means something)", () => {
    const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(new Date().getUTCFullYear()))"], {
      encoding: "utf8",
      env: { ...process.env, ...ENVIRONMENTS["kiritimati"] },
    });
    expect(r.stdout).toBe("2031");
  });

  it("in any time zone, locale or clock, with 1, 2 or 3 worker threads (a folder of files)", { timeout: 300_000 }, () => {
    const a = run(["extract", folder, "--format", "jsonl", "--jobs", "1", "--quiet"], ENVIRONMENTS["utc"]!);
    const b = run(["extract", folder, "--format", "jsonl", "--jobs", "2", "--quiet"], ENVIRONMENTS["kiritimati"]!);
    const c = run(["extract", folder, "--format", "jsonl", "--jobs", "3", "--quiet"], ENVIRONMENTS["stjohns"]!);
    expect(a.stderr).toBe("");
    expect(a.stdout.split("\n").filter((l) => l !== "")).toHaveLength(cases.length);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    expect([a.code, b.code, c.code]).toEqual([a.code, a.code, a.code]);
  });

  it("for JSONL records, with and without a reference date", { timeout: 300_000 }, () => {
    for (const extra of [[], ["--date", "2019-10-24"]]) {
      const a = run(["extract", jsonl, "--format", "jsonl", "--jobs", "1", "--quiet", ...extra], ENVIRONMENTS["utc"]!);
      const b = run(["extract", jsonl, "--format", "jsonl", "--jobs", "3", "--quiet", ...extra], ENVIRONMENTS["kiritimati"]!);
      expect(a.stdout.split("\n").filter((l) => l !== "")).toHaveLength(cases.length);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it("for one document on standard input, pretty-printed JSON", { timeout: 120_000 }, () => {
    const text = cases.map((c) => c.input).join("\n\n");
    const outs = Object.values(ENVIRONMENTS).map((env) => spawnSync(bin, ["extract", "-", "--format", "json"], { cwd: root, input: text, encoding: "utf8", env: { ...process.env, ...env } }).stdout);
    expect(outs[0]!.length).toBeGreaterThan(20);
    for (const o of outs) expect(o).toBe(outs[0]);
  });
});
