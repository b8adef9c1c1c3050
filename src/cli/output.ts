// Writing documents to stdout: json (pretty, one document — or an array for several) or jsonl (one per line).
// Waits for the stream to drain so that a piped stdout never loses lines.
import type { Writable } from "node:stream";

export interface DocumentWriter {
  write(doc: object): Promise<void>;
  end(): Promise<void>;
}

export function createWriter(format: "json" | "jsonl", expected: number, out: Writable = process.stdout): DocumentWriter {
  let n = 0;
  const array = format === "json" && expected > 1;
  return {
    async write(doc) {
      let s: string;
      if (format === "jsonl") s = JSON.stringify(doc) + "\n";
      else if (array) s = (n === 0 ? "[\n" : ",\n") + JSON.stringify(doc, null, 2);
      else s = JSON.stringify(doc, null, 2) + "\n";
      n++;
      await writeAll(out, s);
    },
    async end() {
      if (array) await writeAll(out, n === 0 ? "[]\n" : "\n]\n");
    },
  };
}

export function writeAll(out: Writable, s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(s, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else out.once("drain", resolve);
  });
}
