// One huge document: a 50 MB file (ordinary paragraphs, the same text on one line, and the pathological shapes
// with --shapes) through the built CLI, as a user runs it, with its wall time, CPU time and peak RSS measured by
// /usr/bin/time. The bounds: under 500 MB RSS, time proportional to size (compare --mb 12.5/25/50).
//   npm run build && node bench/big.mjs [--mb 50] [--shapes paragraphs,one-line] [--format json|jsonl]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SHAPES } from "../dist/fuzz/shapes.js";

const { values } = parseArgs({ options: { mb: { type: "string" }, shapes: { type: "string" }, format: { type: "string" } } });
const mb = Number(values.mb ?? 50);
const shapes = (values.shapes ?? "paragraphs,one-line").split(",");
const format = values.format ?? "json";
const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "claimex-big-"));

console.log(`claimex big: one ${mb} MB document per shape through bin/claimex extract --format ${format}; node ${process.version}`);
console.log(["shape".padEnd(18), "MB in".padStart(7), "wall s".padStart(8), "cpu s".padStart(8), "MB/s".padStart(6), "peak RSS MB".padStart(12), "MB out".padStart(8), "exit".padStart(5)].join(" "));
try {
  for (const name of shapes) {
    const make = SHAPES[name];
    if (make === undefined) throw new Error(`unknown shape '${name}' (one of ${Object.keys(SHAPES).join(", ")})`);
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, make(Math.round(mb * 1e6)));
    const bytes = statSync(file).size;
    const out = join(dir, "out.json");
    // %e wall seconds, %U/%S user/system CPU seconds, %M peak resident set in KB
    const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", "sh", "-c", `"$0" extract "$1" --format ${format} > "$2"`, join(root, "bin", "claimex"), file, out], { encoding: "utf8" });
    const [wall, user, sys, kb] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
    const cpu = user + sys;
    const outMb = statSync(out).size / 1e6;
    console.log(
      [name.padEnd(18), (bytes / 1e6).toFixed(1).padStart(7), wall.toFixed(1).padStart(8), cpu.toFixed(1).padStart(8), (bytes / 1e6 / cpu).toFixed(2).padStart(6), (kb / 1024).toFixed(0).padStart(12), outMb.toFixed(0).padStart(8), String(r.status).padStart(5)].join(" "),
    );
    if (r.status !== 0) console.log(`  ${r.stderr.trim().split("\n").slice(0, 3).join("\n  ")}`);
    rmSync(file);
    rmSync(out);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
