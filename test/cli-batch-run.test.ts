// How a batch run behaves, spawned on real BBC articles (../shared/corpus/bbc): --jobs N writes exactly what
// --jobs 1 writes, in input order; stderr stays clean unless it is a terminal; Ctrl-C and a reader that leaves
// end the run with whole lines only.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DocumentSchema } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const bbc = join(root, "..", "shared", "corpus", "bbc");
let jsonl = "";

function run(args: string[], input?: string) {
  const r = spawnSync(bin, args, { encoding: "utf8", cwd: root, input, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The first `n` articles of every BBC section as JSONL records, sections interleaved so sizes vary. */
function bbcJsonl(n: number): string {
  const out: string[] = [];
  for (const section of ["business", "entertainment", "politics", "sport", "tech"]) {
    for (const f of readdirSync(join(bbc, section)).sort().slice(0, n)) {
      out.push(JSON.stringify({ id: `${section}/${f}`, text: readFileSync(join(bbc, section, f), "utf8") }));
    }
  }
  return out.join("\n") + "\n";
}

beforeAll(() => {
  jsonl = join(mkdtempSync(join(tmpdir(), "claimex-run-")), "bbc.jsonl");
  writeFileSync(jsonl, bbcJsonl(12));
});

describe("--jobs", () => {
  it("writes the same bytes with 3 workers as with one thread, in input order, nothing on stderr", () => {
    const one = run([jsonl, "--jobs", "1"]);
    const three = run([jsonl, "--jobs", "3"]);
    expect(one.code).toBe(0);
    expect(three.stderr).toBe("");
    expect(three.stdout).toBe(one.stdout);
    const quantities = run([jsonl, "--jobs", "2", "--types", "count,money,percent"]);
    const docs = quantities.stdout.trim().split("\n").map((l) => DocumentSchema.parse(JSON.parse(l)));
    expect(docs).toHaveLength(60);
    expect(docs.map((d) => d.input)).toEqual(readFileSync(jsonl, "utf8").trim().split("\n").map((l) => JSON.parse(l).id));
    expect(docs.reduce((n, d) => n + d.claims.length, 0)).toBeGreaterThan(100);
  });

  it("keeps a glob's order (folders by name, then files) with workers too", () => {
    const glob = join(bbc, "*", "01?.txt");
    const two = run([glob, "--jobs", "2"]);
    expect(two.stdout).toBe(run([glob, "--jobs", "1"]).stdout);
    const inputs = two.stdout.trim().split("\n").map((l) => JSON.parse(l).input as string);
    expect(inputs).toHaveLength(50);
    expect([inputs[0], inputs[10], inputs[49]]).toEqual(["business/010.txt", "entertainment/010.txt", "tech/019.txt"].map((f) => join(bbc, f)));
  });

  it("refuses a bad --jobs or --input-format as usage errors (exit 2)", () => {
    expect(run([jsonl, "--jobs", "0"])).toMatchObject({ code: 2, stderr: "claimex: --jobs: 0 is out of range (1 to 256)\n" });
    expect(run([jsonl, "--jobs", "two"]).code).toBe(2);
    expect(run([jsonl, "--input-format", "pdf"]).stderr).toMatch(/--input-format: 'pdf' is not one of auto, text, html, jsonl/);
  });
});

describe("a terminal on stderr", () => {
  // `script` gives the command a terminal; stdout goes to a file so only stderr is on it
  const onTerminal = (extra: string): string => {
    const out = join(tmpdir(), `claimex-tty-${process.pid}.jsonl`);
    const cmd = `${bin} extract ${jsonl} --jobs 2 ${extra} > ${out}`;
    const r = spawnSync("script", ["-qec", cmd, "/dev/null"], { encoding: "utf8", env: { ...process.env, COLUMNS: "100" } });
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(60);
    return r.stdout;
  };

  it("shows progress and a one-line summary; --quiet shows neither", () => {
    const shown = onTerminal("");
    expect(shown).toMatch(/claimex: 60 documents, [\d,]+ claims, 0 errors in [\d.]+ s \([\d.]+ MB\/s\)/);
    expect(onTerminal("--quiet").trim()).toBe("");
  });
});

describe("stopping early", () => {
  it("Ctrl-C stops the run with only whole lines written (exit 130)", async () => {
    const big = readFileSync(jsonl, "utf8").repeat(40);
    const child = spawn(bin, ["--input-format", "jsonl", "--jobs", "2", "--types", "count,money,percent"], { cwd: root });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (!child.killed && out.split("\n").length > 20) child.kill("SIGINT");
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdin.on("error", () => undefined); // it stops reading: a write may meet a closed pipe
    child.stdin.end(big);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(out.endsWith("\n")).toBe(true);
    const docs = out.trim().split("\n").map((l) => DocumentSchema.parse(JSON.parse(l)));
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(docs.length).toBeLessThan(6000);
    expect(err).toMatch(/^claimex: interrupted — [\d,]+ documents, [\d,]+ claims, 0 errors written\n$/);
  });

  it("a reader that leaves early (| head) ends the run quietly", () => {
    const r = spawnSync("sh", ["-c", `${bin} extract ${jsonl} --jobs 2 | head -n 2`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
    expect(r.stderr).toBe("");
  });
});
