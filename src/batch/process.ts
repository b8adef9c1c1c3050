// One task → one document (or an error document in its place). Runs on a worker thread, or inline for --jobs 1.
// Never throws: every failure becomes {"schema","input","error"} so the run goes on.
import { readFile, stat } from "node:fs/promises";
import { extract } from "../extract.js";
import { extractInPiecesAsync, WHOLE_CHARS } from "../large/pieces.js";
import { SCHEMA_ID, type ClaimexDocument } from "../schema.js";
import { InputError } from "../cli/errors.js";
import { decodeText, describeFsError } from "../cli/input.js";
import { parseJsonlRecord, LabelledInputError } from "./jsonl-record.js";
import { TaskResult, type DocumentFormat, type RunOptions, type Task } from "./records.js";

/** `stop`: aborted when the run is interrupted (Ctrl-C): a huge document then stops at its next piece and its
 *  task ends as an error document ("interrupted") that the run does not write. */
export async function processTask(task: Task, opts: RunOptions, stop?: AbortSignal): Promise<TaskResult> {
  let bytes = 0;
  try {
    switch (task.kind) {
      case "failed":
        return TaskResult.of({ schema: SCHEMA_ID, input: task.input, error: task.problem }, bytes);
      case "file": {
        const data = await readPath(task.path);
        bytes = data.length;
        return TaskResult.of(await documentOf(task.path, data, task.format, null, opts, stop), bytes);
      }
      case "bytes":
        bytes = task.bytes.length;
        return TaskResult.of(await documentOf(task.input, task.bytes, task.format, null, opts, stop), bytes);
      case "jsonl": {
        bytes = task.bytes.length;
        const { input, record } = jsonlRecord(task.where, task.bytes);
        return TaskResult.of(await run(input, record.text, record.date, opts, stop), bytes);
      }
    }
  } catch (err) {
    const input = err instanceof LabelledInputError ? err.label : err instanceof InputError ? err.input : inputOf(task);
    const problem = err instanceof InputError ? err.problem : stop?.aborted === true ? "interrupted" : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    return TaskResult.of({ schema: SCHEMA_ID, input, error: problem }, bytes);
  }
}

async function readPath(path: string): Promise<Uint8Array> {
  try {
    if ((await stat(path)).isDirectory()) throw new InputError(path, "is a directory, expected a text file");
    return await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, describeFsError(err));
  }
}

function jsonlRecord(where: string | number, data: Uint8Array): ReturnType<typeof parseJsonlRecord> {
  try {
    return parseJsonlRecord(where, data);
  } catch (err) {
    // decodeText names the input by its string label; keep a line number a number
    if (err instanceof InputError && !(err instanceof LabelledInputError)) throw new LabelledInputError(where, err.problem);
    throw err;
  }
}

async function documentOf(input: string, data: Uint8Array, format: DocumentFormat, date: string | null, opts: RunOptions, stop: AbortSignal | undefined): Promise<ClaimexDocument> {
  const { text } = decodeText(input, data);
  if (format === "html" || (format === "auto" && looksLikeHtml(input, text))) {
    const { readHtml } = await import("./html.js"); // loaded only by runs that meet a web page
    const page = readHtml(text, input);
    if (page.text.trim() === "") throw new InputError(input, "no article text found in the HTML page");
    return run(input, page.text, page.date ?? date, opts, stop);
  }
  return run(input, text, date, opts, stop);
}

/** The huge documents of this thread, one after another (see run). */
let hugeQueue: Promise<unknown> = Promise.resolve();

async function run(input: string, text: string, date: string | null, opts: RunOptions, stop: AbortSignal | undefined): Promise<ClaimexDocument> {
  const referenceDate = opts.date ?? date;
  const options = {
    input,
    ...(referenceDate !== null ? { referenceDate } : {}),
    ...(opts.types !== undefined ? { types: opts.types } : {}),
    ...(opts.debug === true ? { debug: true } : {}),
  };
  if (text.length <= WHOLE_CHARS) return extract(text, options);
  // a huge document (extract() would run it in the same pieces): piece by piece with the event loop let run in
  // between, so that Ctrl-C is seen at once; one at a time, so that the huge documents of a window do not all
  // hold their claims at once (each ran to its end before another started when this was synchronous)
  const turn = hugeQueue.then(() => extractInPiecesAsync(text, options, stop));
  hugeQueue = turn.catch(() => undefined);
  return turn;
}

const HTML_EXTENSION = /\.(?:html?|xhtml)$/i;
// A comment's body cannot hold "-->": with a lazy [\s\S]*? one comment could also span several, and
// "<!---->\t<!---->…" then backtracks exponentially (232 characters took minutes).
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i;

/** A saved web page: by its extension, else by how its text starts. */
export function looksLikeHtml(input: string, text: string): boolean {
  return HTML_EXTENSION.test(input) || HTML_START.test(text.slice(0, 4096));
}

function inputOf(task: Task): string | number {
  switch (task.kind) {
    case "file":
      return task.path;
    case "bytes":
      return task.input;
    case "jsonl":
      return task.where;
    case "failed":
      return task.input;
  }
}
