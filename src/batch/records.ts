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

type OutputDocument = ClaimexDocument | ErrorDocument;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/**
 * One document back from the engine, as the object, as compact JSON text or as its JSONL line in UTF-8 — whichever
 * it was made as — plus what progress needs. The other forms are made only when asked for: a worker sends the
 * line's bytes (its buffer is transferred, not copied: a string result was copied by postMessage, ~6% of a
 * worker's time) and jsonl output writes them as they are (parsing on the main thread only to serialise again was
 * most of that thread's work).
 */
export class TaskResult {
  private constructor(
    private object: OutputDocument | undefined,
    private text: string | undefined,
    private line: Uint8Array | undefined,
    /** Size of the input in bytes (0 when it could not be read), for MB/s. */
    readonly bytes: number,
    readonly claims: number,
    /** The error document when the input failed, else null. */
    readonly error: ErrorDocument | null,
  ) {}

  static of(doc: OutputDocument, bytes: number): TaskResult {
    return isErrorDocument(doc) ? new TaskResult(doc, undefined, undefined, bytes, 0, doc) : new TaskResult(doc, undefined, undefined, bytes, doc.claims.length, null);
  }

  /** From a JSONL line: the document's compact JSON and "\n", in UTF-8. */
  static fromLine(line: Uint8Array, bytes: number, claims: number, error: ErrorDocument | null): TaskResult {
    return new TaskResult(undefined, undefined, line, bytes, claims, error);
  }

  get doc(): OutputDocument {
    return (this.object ??= JSON.parse(this.json) as OutputDocument);
  }

  get json(): string {
    if (this.text === undefined) this.text = this.line !== undefined ? fromUtf8.decode(this.line.subarray(0, -1)) : JSON.stringify(this.object);
    return this.text;
  }

  /** The document as one JSONL line, newline included, in UTF-8. */
  get jsonLine(): Uint8Array {
    return (this.line ??= utf8.encode(this.json + "\n"));
  }
}

export function isErrorDocument(doc: OutputDocument): doc is ErrorDocument {
  return "error" in doc;
}
