// `node bench/time.mjs` (after `npm run build`): in-process speed of the time scan (dates, periods) alone and of the
// whole extract() pipeline, on the BBC corpus and on the Reuters sample, in MB/s of one core (CPU time).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cpuUsage } from "node:process";
import { extract, createContext } from "../dist/extract.js";
import { timeDrafts } from "../dist/time/scan.js";

const shared = process.env.CLAIMEX_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpus");
const texts = (dir, filter = () => true) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith(".txt") && filter(String(f)))
    .map((f) => readFileSync(join(dir, String(f)), "utf8"));
const corpora = {
  bbc: texts(join(shared, "bbc"), (f) => f.includes("/")),
  reuters: texts(join(shared, "reuters21578")),
};

function cpu(fn) {
  const best = [];
  for (let run = 0; run < 3; run++) {
    const t0 = cpuUsage();
    fn();
    const d = cpuUsage(t0);
    best.push((d.user + d.system) / 1e6);
  }
  return Math.min(...best);
}

for (const [name, docs] of Object.entries(corpora)) {
  const mb = docs.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  let claims = 0;
  const scan = cpu(() => { for (const t of docs) claims = timeDrafts(createContext(t, { referenceDate: "2019-10-24" })).length; });
  const contextOnly = cpu(() => { for (const t of docs) createContext(t, {}); });
  const perMb = (s) => (mb / s).toFixed(1);
  console.log(`${name}: ${docs.length} docs, ${mb.toFixed(2)} MB, ${claims} time claims in the last — time scan ${perMb(scan - contextOnly)} MB/s per core (sentence split excluded)`);
  const all = cpu(() => { for (const t of docs) extract(t, { referenceDate: "2019-10-24" }); });
  console.log(`${name}: whole extract() ${perMb(all)} MB/s per core`);
}
