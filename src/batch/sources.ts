// The command line's inputs → one ordered stream of tasks: files, folders (recursing), globs, JSONL files and
// standard input. Pulled one task at a time, so nothing is read ahead of what the pool can take.
import { createReadStream, fstatSync } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { describeFsError } from "../cli/input.js";
import { MAX_LINE_BYTES, ownBytes, splitLines } from "./lines.js";
import type { InputFormat, Task } from "./records.js";
import { isGlob, walkFolder, walkGlob, type Found } from "./walk.js";

export interface SourceStats {
  /** Documents handed out so far. */
  documents: number;
  /** True once every input has been listed: `documents` is then the total. */
  finished: boolean;
  /** The total known before reading, when every input is a plain file or standard input (no folder, glob, JSONL). */
  planned: number | null;
  /** Bytes of all input when known up front (JSONL files, standard input redirected from a file), else null. */
  bytesTotal: number | null;
}

export interface Sources {
  tasks: AsyncGenerator<Task>;
  stats: SourceStats;
  /** Exactly one document, known before reading: pretty JSON by default, and no worker worth starting. */
  single: boolean;
}

const JSONL_EXTENSION = /\.(?:jsonl|ndjson)$/i;

export async function openSources(args: readonly string[], format: InputFormat, stdin: Readable = process.stdin): Promise<Sources> {
  const inputs = args.length === 0 ? ["-"] : [...args];
  const stats: SourceStats = { documents: 0, finished: false, planned: await plainFiles(inputs, format), bytesTotal: await jsonlBytes(inputs, format) };
  return { tasks: counted(tasksOf(inputs, format, stdin), stats), stats, single: stats.planned === 1 };
}

/** How many documents, when every input is one document (a file, a missing file, standard input); else null. */
async function plainFiles(inputs: string[], format: InputFormat): Promise<number | null> {
  for (const arg of inputs) {
    if (isJsonl(arg, format)) return null;
    if (arg === "-") continue;
    const st = await stat(arg).catch(() => null);
    if (st !== null ? st.isDirectory() : isGlob(arg)) return null;
  }
  return inputs.length;
}

async function* counted(tasks: AsyncGenerator<Task>, stats: SourceStats): AsyncGenerator<Task> {
  for await (const t of tasks) {
    stats.documents++;
    yield t;
  }
  stats.finished = true;
}

async function* tasksOf(inputs: string[], format: InputFormat, stdin: Readable): AsyncGenerator<Task> {
  for (const arg of inputs) {
    if (arg === "-") {
      if (format === "jsonl") yield* jsonlTasks(stdin, null);
      else yield await stdinTask(stdin, format);
      continue;
    }
    const st = await stat(arg).catch(() => null);
    const found = st?.isDirectory() ? walkFolder(arg) : st === null && isGlob(arg) ? walkGlob(arg) : one(arg);
    for await (const f of found) {
      if ("problem" in f) yield { kind: "failed", input: f.path, problem: f.problem };
      else if (isJsonl(f.path, format)) yield* jsonlTasks(createReadStream(f.path, { highWaterMark: 1 << 20 }), f.path);
      else yield { kind: "file", path: f.path, format: format === "jsonl" ? "auto" : format };
    }
  }
}

async function* one(path: string): AsyncGenerator<Found> {
  yield { path };
}

function isJsonl(path: string, format: InputFormat): boolean {
  return format === "jsonl" || (format === "auto" && path !== "-" && JSONL_EXTENSION.test(path));
}

async function stdinTask(stdin: Readable, format: InputFormat): Promise<Task> {
  try {
    const bytes = await readAll(stdin);
    return { kind: "bytes", input: "-", bytes: ownBytes(bytes), format: format === "jsonl" ? "auto" : format };
  } catch (err) {
    return { kind: "failed", input: "-", problem: describeFsError(err) };
  }
}

/** Lines of a JSONL stream as tasks; `path` null for standard input (errors then name the bare line number). */
async function* jsonlTasks(stream: Readable, path: string | null): AsyncGenerator<Task> {
  const where = (n: number): string | number => (path === null ? n : `${path}:${n}`);
  try {
    for await (const line of splitLines(stream as AsyncIterable<Uint8Array>)) {
      if ("bytes" in line) yield { kind: "jsonl", where: where(line.lineNo), bytes: line.bytes };
      else yield { kind: "failed", input: where(line.lineNo), problem: `line of ${line.tooLong} bytes, longer than the ${MAX_LINE_BYTES} a record may have` };
    }
  } catch (err) {
    yield { kind: "failed", input: path ?? "-", problem: describeFsError(err) };
  } finally {
    if (path !== null) stream.destroy();
  }
}

/** Total bytes when every input is a JSONL file (or a redirected standard input) whose size is known. */
async function jsonlBytes(inputs: string[], format: InputFormat): Promise<number | null> {
  let total = 0;
  for (const arg of inputs) {
    if (!isJsonl(arg, format)) return null;
    const st = arg === "-" ? safeFstat() : await stat(arg).catch(() => null);
    if (st === null || !st.isFile()) return null;
    total += Number(st.size);
  }
  return total;
}

function safeFstat(): ReturnType<typeof fstatSync> | null {
  try {
    return fstatSync(0);
  } catch {
    return null;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
