// A fuzz campaign: `count` generated cases from `seed`, checked on a worker thread under a watchdog. A case that
// breaks an invariant is shrunk and written to test/fuzz-regressions/; a case that gives no answer within
// `timeoutMs` is a hang: the thread is ended, the case regenerated here and written whole, and the run goes on.
import { Worker } from "node:worker_threads";
import { caseAt } from "./generators.js";
import { writeRegression } from "./regressions.js";
import type { WorkerJob, WorkerMessage } from "./worker.js";

export interface CampaignOptions {
  seed: number;
  count: number;
  maxLength: number;
  timeoutMs: number;
  out?: string;
  /** Progress lines (to standard error in the CLI). */
  log: (line: string) => void;
}

export interface CampaignResult {
  cases: number;
  chars: number;
  failures: string[];
  ms: number;
}

export async function runCampaign(o: CampaignOptions): Promise<CampaignResult> {
  const started = Date.now();
  const result: CampaignResult = { cases: 0, chars: 0, failures: [], ms: 0 };
  let next = 0;
  while (next < o.count) next = await runWorker(o, next, result);
  result.ms = Date.now() - started;
  return result;
}

/** Runs cases from `from` on one worker until the end or a hang; returns the index to go on from. */
function runWorker(o: CampaignOptions, from: number, result: CampaignResult): Promise<number> {
  const job: WorkerJob = { seed: o.seed, from, to: o.count, maxLength: o.maxLength };
  const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: job });
  let current = from;
  let lastBeat = Date.now();
  const found = (i: number, generator: string) => `npm run fuzz -- --seed ${o.seed} --max-length ${o.maxLength} (case ${i}, generator ${generator})`;
  return new Promise((resolve, reject) => {
    const watchdog = setInterval(() => {
      if (Date.now() - lastBeat < o.timeoutMs) return;
      clearInterval(watchdog);
      void worker.terminate();
      const c = caseAt(o.seed, current, o.maxLength);
      const problems = [`hang: no result within ${o.timeoutMs / 1000} s (${c.input.length} characters)`];
      const file = writeRegression({ found: found(current, c.generator), kind: "hang", problems, options: c.options, input: c.input }, o.out);
      result.failures.push(file);
      o.log(`fuzz: case ${current} (${c.generator}) hangs → ${file}`);
      resolve(current + 1);
    }, 250);
    worker.on("message", (m: WorkerMessage) => {
      lastBeat = Date.now();
      if (m.t === "start") {
        current = m.i;
        result.cases++;
        result.chars += m.chars;
        if (result.cases % 500 === 0) o.log(`fuzz: ${result.cases}/${o.count} cases, ${result.failures.length} failing`);
      } else if (m.t === "fail") {
        const file = writeRegression({ found: found(m.i, m.generator), kind: "invariant", problems: m.problems, options: m.options, input: m.input }, o.out);
        result.failures.push(file);
        o.log(`fuzz: case ${m.i} (${m.generator}) fails: ${m.problems[0]} → ${file}`);
      } else if (m.t === "end") {
        clearInterval(watchdog);
        resolve(o.count);
      }
    });
    worker.on("error", (err) => {
      clearInterval(watchdog);
      reject(err);
    });
  });
}
