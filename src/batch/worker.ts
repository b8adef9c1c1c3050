// Worker thread entry: processes the batches of tasks the pool sends, one document at a time, and answers each
// batch with one message.
// The engine is loaded once per worker (module scope), so a task costs only its own work.
import { parentPort, workerData } from "node:worker_threads";
import { processTask } from "./process.js";
import type { RunOptions, Task } from "./records.js";
import type { ErrorDocument } from "../schema.js";

/** Documents for the worker, in input order. Several go in one message: news articles are small, and a message
 *  each way per document cost more in thread wake-ups than the extraction of a short article. */
export interface BatchMessage {
  batch: Array<{ id: number; task: Task }>;
}
/** Sent once, when the worker has loaded the engine: from then on its death is blamed on a document, not on it. */
export interface ReadyMessage {
  ready: true;
}
/** The answers to one batch, in its order: each document's JSONL line in UTF-8 (TaskResult.jsonLine), all of them
 *  one after another in `lines` (its buffer is transferred, not copied), `length` bytes each. */
export interface ResultsMessage {
  results: Array<{ id: number; length: number; bytes: number; claims: number; error: ErrorDocument | null }>;
  lines: Uint8Array;
}

const port = parentPort;
if (port === null) throw new Error("claimex: batch/worker.js must run as a worker thread");
const opts = workerData as RunOptions;

// one batch at a time, each document after the other: the worker's memory is one document's
let previous: Promise<void> = Promise.resolve();
port.on("message", (msg: BatchMessage) => {
  previous = previous.then(() => answer(msg));
});
port.postMessage({ ready: true } satisfies ReadyMessage);

async function answer(msg: BatchMessage): Promise<void> {
  const done = [];
  for (const { id, task } of msg.batch) done.push({ id, r: await processTask(task, opts) });
  const lines = new Uint8Array(done.reduce((n, d) => n + d.r.jsonLine.length, 0));
  let at = 0;
  for (const { r } of done) {
    lines.set(r.jsonLine, at);
    at += r.jsonLine.length;
  }
  const results = done.map(({ id, r }) => ({ id, length: r.jsonLine.length, bytes: r.bytes, claims: r.claims, error: r.error }));
  port!.postMessage({ results, lines } satisfies ResultsMessage, [lines.buffer as ArrayBuffer]);
}
