// Worker thread entry: processes the tasks the pool sends, one at a time, and answers each by its id.
// The engine is loaded once per worker (module scope), so a task costs only its own work.
import { parentPort, workerData } from "node:worker_threads";
import { processTask } from "./process.js";
import type { RunOptions, Task, TaskResult } from "./records.js";

export interface TaskMessage {
  id: number;
  task: Task;
}
/** The document travels as JSON text: serialising it is much cheaper than a structured clone of the object. */
export interface ResultMessage {
  id: number;
  json: string;
  bytes: TaskResult["bytes"];
}

const port = parentPort;
if (port === null) throw new Error("claimex: batch/worker.js must run as a worker thread");
const opts = workerData as RunOptions;

port.on("message", (msg: TaskMessage) => {
  void processTask(msg.task, opts).then(({ doc, bytes }) =>
    port.postMessage({ id: msg.id, json: JSON.stringify(doc), bytes } satisfies ResultMessage),
  );
});
