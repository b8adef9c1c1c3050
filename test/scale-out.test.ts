// The README's scale-out recipe, run for real: GNU parallel cuts a JSONL stream into blocks at line ends, runs
// one `claimex extract --input-format jsonl` per block and (-k) writes their outputs back in order. The result
// must be byte for byte what one process writes. (GNU parallel comes from .ci/deps.sh.)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const bbc = join(root, "..", "shared", "corpus", "bbc");

function sh(cmd: string) {
  const r = spawnSync("bash", ["-o", "pipefail", "-c", cmd], { encoding: "utf8", cwd: root, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("scale-out with GNU parallel", () => {
  it("parallel --pipe -k over JSONL writes exactly what a single process writes", () => {
    expect(sh("command -v parallel").code, "GNU parallel is missing: run `bash .ci/deps.sh`").toBe(0);
    const records: string[] = [];
    for (const section of ["business", "politics", "tech"]) {
      for (const f of readdirSync(join(bbc, section)).sort().slice(0, 15)) {
        records.push(JSON.stringify({ id: `${section}/${f}`, text: readFileSync(join(bbc, section, f), "utf8"), date: "2005-03-01" }));
      }
    }
    records.splice(7, 0, "{broken line"); // an error line must land in its place too
    const input = join(mkdtempSync(join(tmpdir(), "claimex-parallel-")), "articles.jsonl");
    writeFileSync(input, records.join("\n") + "\n");

    const single = sh(`${bin} extract --input-format jsonl --jobs 1 < ${input}`);
    // small blocks so that the 46 records really are cut into several jobs (the README uses --block 10M)
    const spread = sh(`parallel --pipe --block 20k -k -j 2 ${bin} extract --input-format jsonl --jobs 1 < ${input}`);
    expect(single.code).toBe(1); // the broken line
    expect(spread.code).toBe(1);
    expect(spread.stdout.split("\n")).toHaveLength(47);
    expect(spread.stdout).toBe(single.stdout.replace('"input":8,', `"input":${blockLine(spread.stdout)},`));
  });
});

/** Under --pipe each job counts lines from the start of its own block: the broken line's number is block-relative. */
function blockLine(out: string): number {
  const m = /"input":(\d+),"error"/.exec(out);
  expect(m).not.toBeNull();
  return Number(m![1]);
}
