// npm run fuzz -- [--count N] [--seed S] [--max-length CHARS] [--timeout SECONDS] [--out DIR]
// A longer randomized campaign than the property tests; exit code 1 when any case failed (files are written).
import { parseArgs } from "node:util";
import { runCampaign } from "./campaign.js";

const USAGE = "usage: npm run fuzz -- [--count N] [--seed S] [--max-length CHARS] [--timeout SECONDS] [--out DIR]";

function whole(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw new Error(`--${name}: '${v}' is not a whole number\n${USAGE}`);
  return Number(v);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { count: { type: "string" }, seed: { type: "string" }, "max-length": { type: "string" }, timeout: { type: "string" }, out: { type: "string" } },
  });
  const seed = whole("seed", values.seed, Date.now() % 1_000_000);
  const count = whole("count", values.count, 2000);
  const maxLength = whole("max-length", values["max-length"], 20_000);
  const timeoutMs = whole("timeout", values.timeout, 30) * 1000;
  const log = (line: string) => process.stderr.write(line + "\n");
  log(`fuzz: ${count} cases from seed ${seed}, slices up to ${maxLength} characters, hang after ${timeoutMs / 1000} s`);
  const r = await runCampaign({ seed, count, maxLength, timeoutMs, log, ...(values.out !== undefined ? { out: values.out } : {}) });
  const mb = (r.chars / 1e6).toFixed(1);
  log(`fuzz: ${r.cases} cases (${mb} M characters) in ${(r.ms / 1000).toFixed(1)} s, ${r.failures.length} failing`);
  for (const f of r.failures) log(`  ${f}`);
  if (r.failures.length > 0) log("replay: npx vitest run test/fuzz-regressions.test.ts");
  return r.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`fuzz: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
