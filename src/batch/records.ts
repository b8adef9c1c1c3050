// What flows through a batch run: tasks (one per document, made by the sources in the main thread) and results
// (made by a worker, or inline). Tasks carry paths or raw bytes, not decoded text, so that reading, decoding,
// JSON and HTML parsing all happen on the worker threads, in parallel.
import type { ClaimType, ClaimexDocument, ErrorDocument } from "../schema.js";

/** How the bytes of one input are to be read. `auto` decides by extension, then by content. */
export type InputFormat = "auto" | "text" | "html" | "jsonl";
/** The format of one document once decided (a JSONL file is split into records before it gets here). */
export type DocumentFormat = "auto" | "text" | "html";

export type Task =
  /** A file read by the worker itself. */
  | { kind: "file"; path: string; format: DocumentFormat }
  /** A whole input already read (standard input as one document). */
  | { kind: "bytes"; input: string; bytes: Uint8Array; format: DocumentFormat }
  /** One line of a JSONL input: `{"id","text","date"?}`. `where` names it in errors (line number or path:line). */
  | { kind: "jsonl"; where: string | number; bytes: Uint8Array }
  /** A problem found before any worker saw the input (no match for a glob, unreadable folder, overlong line). */
  | { kind: "failed"; input: string | number; problem: string };

/** Options every document of a run shares. */
export interface RunOptions {
  /** --date: overrides any date a record or page carries. */
  date?: string;
  types?: readonly ClaimType[];
  debug?: boolean;
}

export interface TaskResult {
  doc: ClaimexDocument | ErrorDocument;
  /** Size of the input in bytes (0 when it could not be read), for MB/s. */
  bytes: number;
}

export function isErrorDocument(doc: ClaimexDocument | ErrorDocument): doc is ErrorDocument {
  return "error" in doc;
}
