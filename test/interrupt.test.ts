// Ctrl-C while one huge document is being extracted (--jobs 1, so on the main thread): the extraction runs in
// pieces and lets the event loop run between them, so the CLI stops at the next piece with exit code 130 and
// whole lines on stdout, instead of finishing the document first. Each test waits for output that shows the
// extraction is under way before it sends SIGINT, and then only for the exit: no timing is asserted except a
// bound far above a piece's time and far below the document's.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusOfLength } from "../src/fuzz/corpus.js";
import { STREAM_BYTES } from "../src/large/cli.js";
import { DocumentSchema } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
/** After SIGINT the CLI must be gone within this (a piece takes well under a second even on a loaded machine;
 *  the huge documents below take tens of seconds of CPU to extract whole). */
const PROMPT_MS = 20_000;

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimex-interrupt-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  /** From SIGINT to exit. */
  ms: number;
}

/** Spawns the CLI, sends SIGINT once `started(stdout so far)` holds, and waits for it to end. */
function interrupt(args: string[], started: (out: string) => boolean): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: root });
    let out = "";
    let err = "";
    let sentAt = 0;
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (sentAt === 0 && started(out)) {
        sentAt = Date.now();
        child.kill("SIGINT");
      }
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, out, err, ms: sentAt === 0 ? -1 : Date.now() - sentAt }));
  });
}

describe("Ctrl-C during one huge document", () => {
  it("a huge text file (written as it is extracted): stops at the next piece, closes the document, exit 130", { timeout: 300_000 }, async () => {
    const file = join(dir, "huge.txt");
    const text = corpusOfLength(STREAM_BYTES + 4_000_000);
    writeFileSync(file, text);
    // the first piece's claims on stdout: the extraction is under way
    const r = await interrupt(["extract", "--jobs", "1", "--format", "jsonl", file], (out) => out.length > 0);
    expect(r.ms).toBeGreaterThanOrEqual(0); // it was interrupted, not finished before
    expect(r.signal).toBeNull(); // it handled the signal itself (not killed by it)
    expect(r.code).toBe(130);
    expect(r.ms).toBeLessThan(PROMPT_MS);
    // whole lines of valid JSON: the one document, closed where it stopped, with fewer claims than the whole text's
    expect(r.out.endsWith("\n")).toBe(true);
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const doc = DocumentSchema.parse(JSON.parse(lines[0]!));
    expect(doc.claims.length).toBeGreaterThan(0);
    expect(doc.claims.at(-1)!.span.end).toBeLessThan(text.length - 1_000_000);
    expect(r.err).toMatch(/^claimex: interrupted: .*huge\.txt: the document written holds only the claims found before the interruption\n$/);
  });

  it("a huge JSONL record on the batch path: stops at the next piece, writes only the documents done, exit 130", { timeout: 300_000 }, async () => {
    const file = join(dir, "records.jsonl");
    const small = JSON.stringify({ id: "small", text: "Sales rose 5% to $3bn in 2004, the company said." });
    const huge = JSON.stringify({ id: "huge", text: corpusOfLength(20_000_000) });
    writeFileSync(file, `${small}\n${huge}\n${small}\n`);
    // the small record's line on stdout: the huge one is being read or extracted
    const r = await interrupt(["extract", "--jobs", "1", "--format", "jsonl", file], (out) => out.includes("\n"));
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(r.ms).toBeLessThan(PROMPT_MS);
    expect(r.out.endsWith("\n")).toBe(true);
    const docs = r.out.trimEnd().split("\n").map((l) => DocumentSchema.parse(JSON.parse(l)));
    expect(docs.map((d) => d.input)).toEqual(["small"]);
    expect(r.err).toMatch(/^claimex: interrupted — 1 documents?, [\d,]+ claims, 0 errors written\n$/);
  });
});
