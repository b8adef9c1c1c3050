// Writing documents to stdout: json (pretty, one document — or an array for several), jsonl (one per line) or
// pretty (for a person at a terminal: src/render/pretty.ts).
// Waits for the stream to drain so that a piped stdout never loses lines.
import type { Writable } from "node:stream";
import { renderForStream } from "./pretty-output.js";

export interface DocumentWriter {
  write(doc: object): Promise<void>;
  end(): Promise<void>;
}

export type OutputFormat = "json" | "jsonl" | "pretty";

/** No --format: pretty for a person at a terminal, JSON (jsonl for several inputs) for a program. */
export function defaultFormat(inputs: number, out: { isTTY?: boolean } = process.stdout): OutputFormat {
  if (out.isTTY === true) return "pretty";
  return inputs > 1 ? "jsonl" : "json";
}

export function createWriter(format: OutputFormat, expected: number, out: Writable = process.stdout): DocumentWriter {
  let n = 0;
  const array = format === "json" && expected > 1;
  return {
    async write(doc) {
      let s: string;
      if (format === "jsonl") s = JSON.stringify(doc) + "\n";
      else if (format === "pretty") s = (n === 0 ? "" : "\n") + renderForStream(doc as Parameters<typeof renderForStream>[0], out);
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

export function writeAll(out: Writable, s: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(s, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else out.once("drain", resolve);
  });
}
