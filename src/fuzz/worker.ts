// The fuzz campaign's worker thread: generates cases seed/index by index, checks each, shrinks failures. It runs
// apart from the campaign so that an input that hangs the engine can be detected and the thread ended.
import { parentPort, workerData } from "node:worker_threads";
import { checkInput } from "./check.js";
import { caseAt } from "./generators.js";
import { shrink } from "./shrink.js";
import type { ExtractOptions } from "../types.js";

export interface WorkerJob {
  seed: number;
  from: number;
  to: number;
  maxLength: number;
}

export type WorkerMessage =
  | { t: "start"; i: number; chars: number }
  | { t: "beat" }
  | { t: "fail"; i: number; generator: string; problems: string[]; input: string; options: ExtractOptions }
  | { t: "end" };

const job = workerData as WorkerJob;
const post = (m: WorkerMessage): void => parentPort!.postMessage(m);

for (let i = job.from; i < job.to; i++) {
  const c = caseAt(job.seed, i, job.maxLength);
  post({ t: "start", i, chars: c.input.length });
  const { problems } = checkInput(c.input, c.options);
  if (problems.length > 0) {
    const small = shrink(c.input, c.options, (s, o) => checkInput(s, o).problems.length > 0, 400, () => post({ t: "beat" }));
    post({ t: "fail", i, generator: c.generator, problems, input: small.input, options: small.options });
  }
}
post({ t: "end" });
