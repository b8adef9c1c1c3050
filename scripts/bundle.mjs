// `npm run build`, second step: the CLI and its worker bundled from dist/ into dist/bundle/ (ES modules, shared
// chunks, zod inside, the other packages left as imports). A command run loads a few files instead of ~80 modules: starting node and
// extracting one article took 0.26-0.27 s of CPU bundled against 0.33 s from dist/cli (and up to 0.4 s less wall
// time on a loaded machine). The library (`import … from "claimex"`) stays the plain tsc output in dist/.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const outdir = join(root, "dist", "bundle");
rmSync(outdir, { recursive: true, force: true });
await build({
  // one folder, flat: src/batch/pool.ts finds its worker as "./worker.js" beside whichever file it ends up in
  entryPoints: { main: join(root, "dist", "cli", "main.js"), worker: join(root, "dist", "batch", "worker.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // zod is bundled (its ESM build is ~60 files to resolve and load, ~1/3 of what starting took); the others stay imports
  external: ["commander", "chalk", "@mozilla/readability", "linkedom"],
  logLevel: "warning",
});
