// The batch machinery's pieces on their own: the line splitter (chunks cut anywhere, CRLF, blank and overlong
// lines) and the ordered map (input order whatever the finishing order, never more than `window` at once).
import { describe, expect, it } from "vitest";
import { splitLines, type Line } from "../src/batch/lines.js";
import { orderedMap } from "../src/batch/ordered.js";
import { WorkerPool } from "../src/batch/pool.js";

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}
async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const show = (l: Line): string => ("bytes" in l ? `${l.lineNo}:${Buffer.from(l.bytes).toString()}` : `${l.lineNo}:too long (${l.tooLong})`);

describe("splitLines", () => {
  it("joins lines cut across chunks, drops CR of CRLF, skips blank lines but counts them", async () => {
    const lines = await collect(splitLines(chunks('{"id":1}\r\n{"i', 'd":2}\n', "\n  \n", '{"id":3}')));
    expect(lines.map(show)).toEqual(['1:{"id":1}', '2:{"id":2}', '5:{"id":3}']);
  });

  it("gives each line its own small buffer (a view would carry its whole chunk to the worker)", async () => {
    const [first] = await collect(splitLines(chunks("ab\n" + "x".repeat(100_000) + "\n")));
    expect(first && "bytes" in first ? first.bytes.buffer.byteLength : -1).toBe(2);
  });

  it("reports a line longer than the limit without holding it, and goes on", async () => {
    const lines = await collect(splitLines(chunks("short\n", "0123456789", "0123456789\nafter\n", "tail-too-long-at-end"), 12));
    expect(lines.map(show)).toEqual(["1:short", "2:too long (20)", "3:after", "4:too long (20)"]);
  });
});

describe("orderedMap", () => {
  it("yields in input order while tasks finish out of order, with at most `window` started and not yet taken", async () => {
    let started = 0;
    let taken = 0;
    let most = 0;
    async function* source(): AsyncGenerator<number> {
      for (let i = 0; i < 40; i++) yield i;
    }
    const work = (i: number): Promise<number> => {
      started++;
      most = Math.max(most, started - taken);
      return new Promise((resolve) => setTimeout(() => resolve(i * 10), (i * 7) % 5));
    };
    const out: number[] = [];
    for await (const r of orderedMap(source(), work, 6)) {
      taken++;
      out.push(r);
    }
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(most).toBe(6);
  });

  it("hands out a finished result while the input is still waiting for more", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    async function* slowSource(): AsyncGenerator<number> {
      yield 1;
      await gate; // e.g. a pipe whose writer pauses
      yield 2;
    }
    const it = orderedMap(slowSource(), async (i) => i, 4);
    expect((await it.next()).value).toBe(1); // not stuck behind the pending read
    release();
    expect((await it.next()).value).toBe(2);
    expect((await it.next()).done).toBe(true);
  });
});

describe("WorkerPool", () => {
  it("survives a worker that dies: the task it held fails alone, the others still complete", async () => {
    const pool = new WorkerPool(2, {}, new URL("./fixtures/crashing-worker.mjs", import.meta.url));
    const names = ["a", "b", "crash", "c", "d", "e", "f"];
    const results = await Promise.all(names.map((path) => pool.run({ kind: "file", path, format: "auto" })));
    await pool.close();
    expect(results.map((r) => r.doc.input)).toEqual(names);
    const failed = results.filter((r) => "error" in r.doc);
    expect(failed.map((r) => [r.doc.input, "error" in r.doc ? r.doc.error : ""])).toEqual([["crash", "internal error: worker exited with code 3"]]);
  });

  it("sends small documents in batches, one message for several, and gives the results back in input order", async () => {
    const pool = new WorkerPool(2, {}, new URL("./fixtures/crashing-worker.mjs", import.meta.url));
    const names = Array.from({ length: 60 }, (_, i) => `doc${i}`);
    const small = new TextEncoder().encode('{"id":"x","text":"Sales rose 5%."}');
    const results = await Promise.all(names.map((where) => pool.run({ kind: "jsonl", where, bytes: small })));
    const files = await Promise.all(names.map((path) => pool.run({ kind: "file", path, format: "auto" })));
    await pool.close();
    expect(results.map((r) => r.doc.input)).toEqual(names);
    const sizes = results.map((r) => (r.doc as unknown as { batch: number }).batch);
    expect(Math.max(...sizes)).toBe(8); // BATCH_DOCS
    // most in full batches; fewer when little is left to share between the workers
    expect(sizes.filter((n) => n === 8).length).toBeGreaterThanOrEqual(32);
    expect(sizes.reduce((messages, n) => messages + 1 / n, 0)).toBeLessThan(15);
    // a file's size is not known before the worker reads it: files go in smaller batches
    expect(Math.max(...files.map((r) => (r.doc as unknown as { batch: number }).batch))).toBe(4);
  });

  it("stops starting workers that cannot load, and fails every document with the reason", async () => {
    const pool = new WorkerPool(2, {}, new URL("./fixtures/broken-worker.mjs", import.meta.url));
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.run({ kind: "file", path: `f${i}`, format: "auto" })));
    await pool.close();
    expect(results.map((r) => r.doc.input)).toEqual(Array.from({ length: 40 }, (_, i) => `f${i}`));
    const errors = results.map((r) => ("error" in r.doc ? r.doc.error : ""));
    expect(errors.every((e) => e.includes("cannot load the engine"))).toBe(true);
    expect(errors.filter((e) => e.startsWith("internal error: worker threads cannot start")).length).toBeGreaterThan(30);
  });
});
