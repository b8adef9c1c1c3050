// Worker thread entry: processes the tasks the pool sends, one at a time, and answers each by its id.
// The engine is loaded once per worker (module scope), so a task costs only its own work.
import { parentPort, workerData } from "node:worker_threads";
import { processTask } from "./process.js";
import type { RunOptions, Task } from "./records.js";
import type { ErrorDocument } from "../schema.js";

export interface TaskMessage {
  id: number;
  task: Task;
}
/** Sent once, when the worker has loaded the engine: from then on its death is blamed on a document, not on it. */
export interface ReadyMessage {
  ready: true;
}
export interface ResultMessage {
  id: number;
  /** The document's JSONL line in UTF-8 (TaskResult.jsonLine); its buffer is transferred. */
  line: Uint8Array;
  bytes: number;
  claims: number;
  error: ErrorDocument | null;
}

const port = parentPort;
if (port === null) throw new Error("claimex: batch/worker.js must run as a worker thread");
const opts = workerData as RunOptions;

port.on("message", (msg: TaskMessage) => {
  void processTask(msg.task, opts).then((r) => {
    const line = r.jsonLine;
    port.postMessage({ id: msg.id, line, bytes: r.bytes, claims: r.claims, error: r.error } satisfies ResultMessage, [line.buffer as ArrayBuffer]);
  });
});
port.postMessage({ ready: true } satisfies ReadyMessage);
