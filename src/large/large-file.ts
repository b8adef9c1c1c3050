// Whether a run is one huge plain-text file, to be extracted in pieces and written as it goes (src/large/cli.ts).
// Kept apart from that module so that the command line can ask without loading the engine: a run with workers
// never needs it on the main thread.
import { stat } from "node:fs/promises";
import type { InputFormat } from "../batch/records.js";

export const STREAM_BYTES = 8_000_000;

/** The path of the one input when it is a text file over `minBytes` (not standard input, not JSONL, not for the
 *  pretty format), else null. */
export async function largeTextFile(files: readonly string[], format: string, inputFormat: InputFormat, minBytes = STREAM_BYTES): Promise<string | null> {
  const path = files.length === 1 ? files[0]! : "-";
  if (path === "-" || format === "pretty" || (inputFormat !== "text" && inputFormat !== "auto") || /\.(?:jsonl|ndjson)$/i.test(path)) return null;
  const st = await stat(path).catch(() => null);
  return st === null || !st.isFile() || st.size <= minBytes ? null : path;
}
