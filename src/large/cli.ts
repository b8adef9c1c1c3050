// `claimex extract BIG.txt`: one text file larger than STREAM_BYTES, as json or jsonl, is extracted in pieces and
// written as it goes (src/large/pieces.ts, stream.ts), so that a 50 MB document needs a few hundred MB, not
// gigabytes. Everything else — several inputs, standard input, HTML, JSONL, pretty output, unreadable or invalid
// files (whose errors the normal path reports) — takes the normal path: this returns null for those.
// Ctrl-C (or SIGTERM) stops it at the next piece: the document is closed there (whole lines, valid JSON with the
// claims found so far), a line on stderr says it is incomplete, and the exit code is 130 (143); a second one
// exits at once, as in a batch.
import { readFile } from "node:fs/promises";
import v8 from "node:v8";
import vm from "node:vm";
import type { Writable } from "node:stream";
import { decodeText } from "../cli/input.js";
import { writeAll, type OutputFormat } from "../cli/output.js";
import { looksLikeHtml } from "../batch/process.js";
import type { InputFormat, RunOptions } from "../batch/records.js";
import { SIGNAL_EXIT } from "../batch/run.js";
import { extractPieces, nextTurn } from "./pieces.js";
import { documentJson } from "./stream.js";
import { largeTextFile, STREAM_BYTES } from "./large-file.js";

export { STREAM_BYTES } from "./large-file.js";
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
  const path = await largeTextFile(files, format, inputFormat, minBytes);
  if (path === null || format === "pretty") return null;
  let signal: keyof typeof SIGNAL_EXIT | null = null;
  const onSignal = (sig: keyof typeof SIGNAL_EXIT): void => {
    if (signal !== null) process.exit(SIGNAL_EXIT[sig]);
    signal = sig;
  };
  // the reader may leave (`claimex big.txt | head`): then stop writing, as the batch path does
  let closed = false;
  const onError = (): void => {
    closed = true;
  };
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  out.on("error", onError);
  try {
    let text: string;
    try {
      text = decodeText(path, await readFile(path)).text;
    } catch {
      return null;
    }
    if (signal !== null) return SIGNAL_EXIT[signal]; // stopped while reading: nothing written
    if (inputFormat === "auto" && looksLikeHtml(path, text)) return null;
    const { head, claims } = extractPieces(text, {
      input: path,
      ...(run.date !== undefined ? { referenceDate: run.date } : {}),
      ...(run.types !== undefined ? { types: run.types } : {}),
      ...(run.debug === true ? { debug: true } : {}),
    });
    const collect = fullCollection();
    let pieces = 0;
    for (const s of documentJson(head, claims, format, () => signal !== null)) {
      if (closed) break;
      if (s !== "") await writeAll(out, s).catch(onError);
      if (++pieces % COLLECT_EVERY === 0) collect();
      await nextTurn(); // a signal is handled here, between pieces
    }
  } finally {
    out.off("error", onError);
    // once interrupted the handler stays: another Ctrl-C while closing exits at once
    if (signal === null) process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
  if (signal === null) return 0;
  process.stderr.write(`claimex: interrupted: ${path}: the document written holds only the claims found before the interruption\n`);
  return SIGNAL_EXIT[signal];
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
