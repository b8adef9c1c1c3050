// Where the time goes: the corpus through `node --cpu-prof` on one thread, summarised by function and by source
// file (self time), so a slow extractor shows up by name.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

export function profileEngine(root, corpusFile, outDir) {
  const dir = join(outDir, "cpu-prof");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    ["--cpu-prof", "--cpu-prof-dir", dir, join(root, "dist", "cli", "main.js"), "extract", "--jobs", "1", "--format", "jsonl", corpusFile],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (r.status !== 0) throw new Error(`bench: profiled run exited ${r.status}`);
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  return { file: join(dir, file), ...summarise(JSON.parse(readFileSync(join(dir, file), "utf8")), root) };
}

/** Self time per function and per file, in ms, largest first. */
export function summarise(profile, root) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fns = new Map();
  const files = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === "(idle)") continue; // waiting is not work
    const file = url.startsWith("file://") ? relative(root, new URL(url).pathname) : url || functionName; // (garbage collector), (program)
    const fn = `${functionName || "(anonymous)"} ${file}${url ? `:${lineNumber + 1}` : ""}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
    total += us;
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, functions: top(fns, 20), files: top(files, 15) };
}
