// `node bench/time.mjs` (after `npm run build`): in-process speed of the time scan (dates, periods) alone and of the
// whole extract() pipeline, on the BBC corpus and on the Reuters sample, in MB/s of one core (CPU time).
import { corpora, cpu } from "./in-process.mjs";
import { extract, createContext } from "../dist/extract.js";
import { timeDrafts } from "../dist/time/scan.js";

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
