// Time proportional to size: extract() on 1×, 2×, 4×, 8× the same input (one text of the base size, repeated), for
// ordinary news text and each pathological generator. Prints the cost per size and the ratio per doubling; a linear
// engine gives ~2.0 (the bound is 2.3). Figures only: nothing here passes or fails.
//
// Two ways to measure, because this machine's speed drifts by tens of percent within a minute:
//  - CPU time (default): one warmed process; the sizes run in interleaved rounds (1×, 2×, 4×, 8×, then again) with
//    a full GC before each run. Printed: each size's best run, the ratios of those, and — the figure the bound is
//    checked on — per doubling the median over rounds of the ratio of the two runs made one after the other in the
//    same round, so that the machine's drift between rounds cancels out of each pair.
//  - Instructions (--instructions): each size in its own `node --single-threaded` process under
//    `valgrind --tool=callgrind`, after a warm-up on other text of the same shape (--warm KB, default as much as
//    the largest size); the warm-up alone is counted once and taken off. Instruction counts do not depend on the
//    machine's load or clock, so a ratio over 2.3 is the engine's doing, not noise. Slow (about a minute per
//    100 KB), so meant for a few shapes and a small base.
//
//   npm run build && node bench/scaling.mjs [--base KB] [--runs N] [--only shape,shape] [--instructions [--warm KB]]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { extract } from "../dist/extract.js";
import { SHAPES } from "../dist/fuzz/shapes.js";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    runs: { type: "string" },
    only: { type: "string" },
    instructions: { type: "boolean" },
    warm: { type: "string" },
    child: { type: "string" },
  },
});
const FACTORS = [1, 2, 4, 8];
const BOUND = 2.3;

// --child shape:times:baseChars:warmChars — one measured run inside callgrind (see countInstructions below): the
// warm-up (other text of the same shape), then the base text repeated `times` times (0: the warm-up alone)
if (values.child !== undefined) {
  const [shape, times, baseChars, warmChars] = values.child.split(":").map((x, i) => (i === 0 ? x : Number(x)));
  const make = SHAPES[shape];
  make(1000);
  extract(make(warmChars + baseChars).slice(baseChars));
  if (times > 0) extract(make(baseChars).repeat(times));
  process.exit(0);
}

const instructionMode = values.instructions === true;
const base = Number(values.base ?? (instructionMode ? 32 : 256)) * 1024;
const runs = Number(values.runs ?? 5);
const only = values.only?.split(",");
const warmChars = Number(values.warm ?? (base / 1024) * FACTORS.at(-1)) * 1024;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

/** CPU milliseconds of one extract() after a full GC (the garbage of the run before is not billed to this one). */
function cpuMs(text) {
  gc();
  const c = process.cpuUsage();
  const claims = extract(text).claims.length;
  const used = process.cpuUsage(c);
  return { cost: (used.user + used.system) / 1000, claims };
}

/** Best CPU time per size over interleaved rounds, and each round's own times. */
function cpuRows(make) {
  const unit = make(base);
  const texts = FACTORS.map((f) => unit.repeat(f));
  cpuMs(texts[0]); // warm the JIT
  const rows = texts.map(() => ({ cost: Infinity, claims: 0 }));
  const rounds = [];
  for (let r = 0; r < runs; r++) {
    const round = texts.map((t, i) => {
      const m = cpuMs(t);
      if (m.cost < rows[i].cost) rows[i] = m;
      return m.cost;
    });
    rounds.push(round);
  }
  return { rows, rounds };
}

/** Per doubling, the median over rounds of the ratio of two runs made one after the other in the same round: the
 *  machine's drift between rounds cancels out of each pair. */
function pairedRatios(rounds) {
  return FACTORS.slice(1).map((_, i) => median(rounds.map((r) => r[i + 1] / Math.max(r[i], 0.001))));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Instructions of one child process (warm-up, then the base text `times` times) as callgrind counts them. */
function countInstructions(shape, times) {
  const r = spawnSync(
    "valgrind",
    ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, "--single-threaded", fileURLToPath(import.meta.url), "--child", `${shape}:${times}:${base}:${warmChars}`],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const m = /Collected : (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0 || m === null) throw new Error(`scaling: valgrind run for ${shape} ${times}× failed (${r.error?.message ?? r.status}): is valgrind installed?`);
  return Number(m[1]);
}

/** Instructions per size in millions, the warm-up's own count taken off. */
function instructionRows(name) {
  const warm = countInstructions(name, 0);
  return FACTORS.map((f) => ({ cost: (countInstructions(name, f) - warm) / 1e6 }));
}

const pad = (s, n) => String(s).padStart(n);
const unit = instructionMode ? "M instr" : "cpu ms";
console.log(
  instructionMode
    ? `claimex scaling: extract() on 1×, 2×, 4×, 8× of ${base / 1024} KB, instructions counted by callgrind after a ${warmChars / 1024} KB warm-up; node ${process.version}`
    : `claimex scaling: extract() on 1×, 2×, 4×, 8× of ${base / 1024} KB, best of ${runs} interleaved rounds, CPU time; node ${process.version}`,
);
console.log(
  ["shape".padEnd(18), ...FACTORS.map((f) => pad(`${f}× ${unit}`, 13)), "  ratio per doubling (best)", "  mean", ...(instructionMode ? [] : ["  paired median"]), "  max"].join(" "),
);
let worst = 0;
for (const [name, make] of Object.entries(SHAPES)) {
  if (only !== undefined && !only.includes(name)) continue;
  make(1000); // warm the corpus cache
  const { rows, rounds } = instructionMode ? { rows: instructionRows(name), rounds: null } : cpuRows(make);
  const ratios = rows.slice(1).map((r, i) => r.cost / Math.max(rows[i].cost, 0.001));
  const paired = rounds === null ? null : pairedRatios(rounds);
  // the paired medians, where there are rounds, are the figure the bound applies to; the ratios of the best runs
  // are printed beside them
  const max = Math.max(...(paired ?? ratios));
  // (8× / 1×)^(1/3): the doubling ratio of the whole range
  const mean = Math.cbrt(rows[3].cost / Math.max(rows[0].cost, 0.001));
  worst = Math.max(worst, max);
  console.log(
    [
      name.padEnd(18),
      ...rows.map((r) => pad(r.cost.toFixed(0), 13)),
      "  " + ratios.map((x) => x.toFixed(2)).join(" ").padEnd(24),
      "  " + mean.toFixed(2),
      ...(paired === null ? [] : ["  " + paired.map((x) => x.toFixed(2)).join(" ").padEnd(14)]),
      "  " + max.toFixed(2) + (max > BOUND ? "  ← over " + BOUND : ""),
    ].join(" "),
  );
}
console.log(`worst ratio per doubling: ${worst.toFixed(2)} (bound ${BOUND}${instructionMode ? "" : "; paired medians"})`);
