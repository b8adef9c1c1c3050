// Time proportional to size: extract() on 1×, 2×, 4×, 8× the same kind of input, for ordinary news text and each
// pathological generator, best of --runs runs per size (the machine is shared, so the best run is the least
// disturbed one). Time is CPU time of the process (user + system), which other people's load on the machine
// disturbs far less than wall time; the wall time of the best 8× run is printed beside it. Prints the time per size
// and the ratio per doubling; a linear engine gives ~2.0 (the bound is 2.3). Figures only: nothing here
// passes or fails.
//   npm run build && node bench/scaling.mjs [--base KB] [--runs N] [--only shape,shape]
import { parseArgs } from "node:util";
import { extract } from "../dist/extract.js";
import { SHAPES } from "../dist/fuzz/shapes.js";

const { values } = parseArgs({ options: { base: { type: "string" }, runs: { type: "string" }, only: { type: "string" } } });
const base = Number(values.base ?? 256) * 1024;
const runs = Number(values.runs ?? 3);
const only = values.only?.split(",");
const FACTORS = [1, 2, 4, 8];
const BOUND = 2.3;

function best(text) {
  let min = Infinity;
  let wall = Infinity;
  let claims = 0;
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    claims = extract(text).claims.length;
    const used = process.cpuUsage(c);
    min = Math.min(min, (used.user + used.system) / 1000);
    wall = Math.min(wall, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: min, wall, claims };
}

const pad = (s, n) => String(s).padStart(n);
console.log(`claimex scaling: extract() on 1×, 2×, 4×, 8× of ${base / 1024} KB, best of ${runs}; node ${process.version}`);
console.log(["shape".padEnd(18), ...FACTORS.map((f) => pad(`${f}× cpu ms`, 11)), pad("8× wall ms", 11), pad("claims 8×", 10), pad("MB/s 8×", 8), "  ratio per doubling", "  mean", "  max"].join(" "));
let worst = 0;
for (const [name, make] of Object.entries(SHAPES)) {
  if (only !== undefined && !only.includes(name)) continue;
  make(1000); // warm the corpus cache
  best(make(base)); // warm the JIT
  const rows = FACTORS.map((f) => best(make(base * f)));
  const ratios = rows.slice(1).map((r, i) => r.ms / Math.max(rows[i].ms, 0.001));
  const max = Math.max(...ratios);
  // (8× / 1×)^(1/3): the doubling ratio of the whole range, less disturbed by one noisy size
  const mean = Math.cbrt(rows[3].ms / Math.max(rows[0].ms, 0.001));
  worst = Math.max(worst, max);
  const mbs = (base * 8) / 1e6 / (rows[3].ms / 1000);
  console.log(
    [
      name.padEnd(18),
      ...rows.map((r) => pad(r.ms.toFixed(0), 11)),
      pad(rows[3].wall.toFixed(0), 11),
      pad(rows[3].claims, 10),
      pad(mbs.toFixed(2), 8),
      "  " + ratios.map((x) => x.toFixed(2)).join(" "),
      "  " + mean.toFixed(2),
      "  " + max.toFixed(2) + (max > BOUND ? "  ← over " + BOUND : ""),
    ].join(" "),
  );
}
console.log(`worst ratio per doubling: ${worst.toFixed(2)} (bound ${BOUND})`);
