// Shared by the in-process benchmarks (bench/time.mjs, bench/sources.mjs): the corpora as texts, and CPU time of
// the best of three runs (CPU, not wall time: the machine is often shared).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cpuUsage } from "node:process";

const shared = process.env.CLAIMEX_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpus");
const texts = (dir, filter = () => true) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith(".txt") && filter(String(f)))
    .map((f) => readFileSync(join(dir, String(f)), "utf8"));

export const corpora = {
  bbc: texts(join(shared, "bbc"), (f) => f.includes("/")),
  reuters: texts(join(shared, "reuters21578")),
};

export function cpu(fn) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const t0 = cpuUsage();
    fn();
    const d = cpuUsage(t0);
    runs.push((d.user + d.system) / 1e6);
  }
  return Math.min(...runs);
}
