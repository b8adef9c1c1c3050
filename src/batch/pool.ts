// Runs tasks on worker threads (node:worker_threads directly: measured no slower than piscina/tinypool here, and
// a crash or a heap overflow must become an error line for the one document that caused it, which is easiest
// to get right by hand). One shared queue; tasks go to a worker in batches of up to BATCH_DOCS (one message
// each way per batch, not per document), and each worker holds at most two batches — one in work, one waiting —
// so it never waits for the main thread, and a long document strands few short ones behind it. Workers start
// lazily: a run with one document starts one.
import { Worker } from "node:worker_threads";
import { SCHEMA_ID } from "../schema.js";
import { TaskResult, type RunOptions, type Task } from "./records.js";
import type { BatchMessage, ReadyMessage, ResultsMessage } from "./worker.js";

export interface TaskRunner {
  /** Resolves with the task's result; never rejects (failures are error documents). */
  run(task: Task): Promise<TaskResult>;
  /** Ends the workers; tasks still pending resolve as interrupted. */
  close(): Promise<void>;
}

/** --jobs 1: the main thread does the work itself (no worker to start, nothing to copy). close() stops a huge
 *  document at its next piece (its task ends as "interrupted"), so Ctrl-C need not wait for the extraction. */
export function inlineRunner(opts: RunOptions): TaskRunner {
  // loaded here, not at the top: with workers the main thread never needs the engine
  const engine = import("./process.js");
  const stop = new AbortController();
  return {
    run: async (task) => (await engine).processTask(task, opts, stop.signal),
    close: async () => stop.abort(),
  };
}

/** Documents per message: a news article takes a millisecond or two to extract, about what a thread wake-up costs
 *  on a busy machine. */
const BATCH_DOCS = 8;
/** A batch stops growing at this much input (a file, whose size is not known yet, counts as FILE_GUESS). */
const BATCH_BYTES = 64 * 1024;
const FILE_GUESS = 16 * 1024;
/** Tasks a worker holds: two batches. */
const SLOT_JOBS = 2 * BATCH_DOCS;
// A document's working set is small. V8 sizes its heaps by these limits, and with its defaults (sized for the
// machine's RAM) each worker's heap grew to ~95 MB on the BBC corpus for ~50 MB of live data. A young generation
// that is too small costs CPU instead: with 8 MB per worker, scavenges promote short-lived objects, and the two
// workers of a 2-core run used more CPU per MB than one main thread with V8's default young generation (per-thread
// CPU from /proc on 4x the corpus, on a loaded machine: workers 16.8 s at 8 MB, 14.2-15 s at 32 MB).
// So the workers share one budget: 32 MB each for 2 workers, down to 8 MB each from 8 workers on, which keeps the
// RSS of a run flat whatever --jobs is. A document too big for these limits fails alone, as an error line
// ("worker ran out of memory"), instead of swamping the machine.
const YOUNG_GENERATION_BUDGET_MB = 64;
const youngGenerationMb = (workers: number): number => Math.max(8, Math.min(32, Math.floor(YOUNG_GENERATION_BUDGET_MB / workers)));
const OLD_GENERATION_MB = 256;
// Workers that die before they have loaded, in a row: the worker itself cannot run (a broken install), so stop
// starting new ones and fail what is left with that reason instead of one dead worker per document.
const MAX_FAILED_STARTS = 3;

interface Job {
  id: number;
  task: Task;
  resolve(r: TaskResult): void;
  /** Its batch lost its worker: it runs on its own, so that a document that kills workers is the one blamed. */
  alone?: boolean;
}
interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  ready: boolean;
}

export class WorkerPool implements TaskRunner {
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 0;
  private closed = false;
  private failedStarts = 0;
  private broken: string | null = null;

  constructor(
    private readonly size: number,
    private readonly opts: RunOptions,
    private readonly script = new URL("./worker.js", import.meta.url),
  ) {}

  run(task: Task): Promise<TaskResult> {
    if (this.closed) return Promise.resolve(failure(task, "interrupted"));
    if (this.broken !== null) return Promise.resolve(failure(task, this.broken));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(failure(job.task, "interrupted"));
    const slots = [...this.slots];
    this.slots.clear();
    for (const s of slots) for (const job of s.jobs.values()) job.resolve(failure(job.task, "interrupted"));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (this.accepts(s) && (slot === undefined || s.jobs.size < slot.jobs.size)) slot = s;
      // a new worker only when every running one is busy
      if ((slot === undefined || slot.jobs.size > 0) && this.slots.size < this.size) slot = this.spawn();
      if (slot === undefined) return;
      const batch = this.takeBatch(SLOT_JOBS - slot.jobs.size);
      for (const job of batch) slot.jobs.set(job.id, job);
      slot.worker.postMessage({ batch: batch.map((job) => ({ id: job.id, task: job.task })) } satisfies BatchMessage);
    }
  }

  /** An idle worker takes whatever waits; a busy one another batch only when a whole one waits and fits. */
  private accepts(s: Slot): boolean {
    return s.jobs.size === 0 || (s.jobs.size <= SLOT_JOBS - BATCH_DOCS && this.queue.length >= BATCH_DOCS);
  }

  /** Jobs from the head of the queue for one message: up to BATCH_DOCS and about BATCH_BYTES of input, no more
   *  than a fair share of what waits (so that every worker gets some); a job that must run alone goes alone. */
  private takeBatch(room: number): Job[] {
    const first = this.queue.shift() as Job;
    const out = [first];
    if (first.alone === true) return out;
    const max = Math.min(BATCH_DOCS, room, Math.ceil((this.queue.length + 1) / this.size));
    let bytes = sizeOf(first.task);
    while (out.length < max && this.queue.length > 0 && this.queue[0]!.alone !== true && bytes + sizeOf(this.queue[0]!.task) <= BATCH_BYTES) {
      const job = this.queue.shift() as Job;
      bytes += sizeOf(job.task);
      out.push(job);
    }
    return out;
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.opts, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(this.size), maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    const slot: Slot = { worker, jobs: new Map(), ready: false };
    worker.on("message", (msg: ResultsMessage | ReadyMessage) => {
      if ("ready" in msg) {
        slot.ready = true;
        this.failedStarts = 0;
        return;
      }
      let at = 0;
      for (const r of msg.results) {
        const line = msg.lines.subarray(at, (at += r.length));
        const job = slot.jobs.get(r.id);
        if (job === undefined) continue;
        slot.jobs.delete(r.id);
        job.resolve(TaskResult.fromLine(line, r.bytes, r.claims, r.error));
      }
      this.pump();
    });
    worker.on("error", (err) => this.lost(slot, err.message));
    worker.on("exit", (code) => this.lost(slot, `worker exited with code ${code}`));
    this.slots.add(slot);
    return slot;
  }

  /** A worker died. Holding one task, that task is blamed for it; holding several (a batch), they go back to the
   *  queue to run one at a time, so that the one that kills a worker again is blamed alone. */
  private lost(slot: Slot, why: string): void {
    if (!this.slots.delete(slot) || this.closed) return;
    const held = [...slot.jobs.values()];
    if (held.length === 1) held[0]!.resolve(failure(held[0]!.task, `internal error: ${why}`));
    else this.queue.unshift(...held.map((job) => ({ ...job, alone: true })));
    void slot.worker.terminate();
    if (!slot.ready && ++this.failedStarts >= MAX_FAILED_STARTS) {
      const broken = `internal error: worker threads cannot start (${why})`;
      this.broken = broken;
      const held = [...this.slots].flatMap((s) => [...s.jobs.values()]);
      for (const s of this.slots) void s.worker.terminate();
      this.slots.clear();
      for (const job of [...held, ...this.queue.splice(0)]) job.resolve(failure(job.task, broken));
    }
    this.pump();
  }
}

function failure(task: Task, problem: string): TaskResult {
  const input = task.kind === "file" ? task.path : task.kind === "jsonl" ? task.where : task.input;
  return TaskResult.of({ schema: SCHEMA_ID, input, error: problem }, 0);
}

/** Input bytes of a task, for the size of a batch. */
function sizeOf(task: Task): number {
  return task.kind === "jsonl" || task.kind === "bytes" ? task.bytes.length : task.kind === "file" ? FILE_GUESS : 0;
}
