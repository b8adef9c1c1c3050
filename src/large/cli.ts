// `claimex extract BIG.txt`: one text file larger than STREAM_BYTES, as json or jsonl, is extracted in pieces and
// written as it goes (src/large/pieces.ts, stream.ts), so that a 50 MB document needs a few hundred MB, not
// gigabytes. Everything else — several inputs, standard input, HTML, JSONL, pretty output, unreadable or invalid
// files (whose errors the normal path reports) — takes the normal path: this returns null for those.
import { readFile, stat } from "node:fs/promises";
import v8 from "node:v8";
import vm from "node:vm";
import type { Writable } from "node:stream";
import { decodeText } from "../cli/input.js";
import { writeAll, type OutputFormat } from "../cli/output.js";
import { looksLikeHtml } from "../batch/process.js";
import type { InputFormat, RunOptions } from "../batch/records.js";
import { extractPieces } from "./pieces.js";
import { documentJson } from "./stream.js";

export const STREAM_BYTES = 8_000_000;
/** A full collection after this many pieces (about 1 MB of text). V8 otherwise lets the pieces' dead working
 *  data pile up to ~1 GB before it collects (measured on 50 MB: 1,003 MB peak RSS; with this, ~310 MB). */
const COLLECT_EVERY = 10;

export async function streamLargeInput(
  files: readonly string[],
  format: OutputFormat,
  inputFormat: InputFormat,
  run: RunOptions,
  out: Writable = process.stdout,
  minBytes = STREAM_BYTES,
): Promise<number | null> {
  const path = files.length === 1 ? files[0]! : "-";
  if (path === "-" || format === "pretty" || (inputFormat !== "text" && inputFormat !== "auto") || /\.(?:jsonl|ndjson)$/i.test(path)) return null;
  const st = await stat(path).catch(() => null);
  if (st === null || !st.isFile() || st.size <= minBytes) return null;
  let text: string;
  try {
    text = decodeText(path, await readFile(path)).text;
  } catch {
    return null;
  }
  if (inputFormat === "auto" && looksLikeHtml(path, text)) return null;
  const { head, claims } = extractPieces(text, {
    input: path,
    ...(run.date !== undefined ? { referenceDate: run.date } : {}),
    ...(run.types !== undefined ? { types: run.types } : {}),
    ...(run.debug === true ? { debug: true } : {}),
  });
  // the reader may leave (`claimex big.txt | head`): then stop writing, as the batch path does
  let closed = false;
  const onError = (): void => {
    closed = true;
  };
  out.on("error", onError);
  const collect = fullCollection();
  let pieces = 0;
  try {
    for (const s of documentJson(head, claims, format)) {
      if (closed) break;
      await writeAll(out, s).catch(onError);
      if (++pieces % COLLECT_EVERY === 0) collect();
    }
  } finally {
    out.off("error", onError);
  }
  return 0;
}

/** V8's full garbage collection, made reachable at run time (the flag only exposes it to new contexts). */
function fullCollection(): () => void {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc: unknown = vm.runInNewContext("gc");
    if (typeof gc === "function") return gc as () => void;
  } catch {
    // not available: V8 collects on its own schedule
  }
  return () => {};
}
