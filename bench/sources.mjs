// `node bench/sources.mjs` (after `npm run build`): in-process speed of the source extractor with link-sources, and
// of the whole extract() pipeline, on the BBC corpus and the Reuters sample, in MB/s of one core (CPU time, best of
// three runs). The sentences' tokens are made first, as the other extractors would have made them in the pipeline.
import { corpora, cpu } from "./in-process.mjs";
import { extract, createContext } from "../dist/extract.js";
import { sentenceTokens } from "../dist/text/tokens.js";
import { source } from "../dist/extractors/source.js";
import { linkSources } from "../dist/refiners/link-sources.js";

for (const [name, docs] of Object.entries(corpora)) {
  const mb = docs.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const contexts = docs.map((t) => createContext(t, {}));
  for (const ctx of contexts) for (const s of ctx.sentences) sentenceTokens(ctx.text, s);
  let sources = 0;
  const secs = cpu(() => {
    sources = 0;
    for (const ctx of contexts) {
      const drafts = linkSources.run(ctx, source.run(ctx));
      sources += drafts.length;
    }
  });
  const perMb = (s) => (mb / s).toFixed(1);
  console.log(`${name}: ${docs.length} docs, ${mb.toFixed(2)} MB, ${sources} sources — source + link-sources ${perMb(secs)} MB/s per core`);
  const all = cpu(() => { for (const t of docs) extract(t, {}); });
  console.log(`${name}: whole extract() ${perMb(all)} MB/s per core`);
}
