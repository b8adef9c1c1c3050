// A batch run: sources → (worker pool, in input order, bounded) → writer, with progress, Ctrl-C and a closed
// stdout handled. Returns the exit code: 0, 1 when some input failed, 128+signal when stopped by a signal.
import type { RunOptions, TaskResult } from "./records.js";
import { orderedMap } from "./ordered.js";
import { inlineRunner, WorkerPool, type TaskRunner } from "./pool.js";
import { Progress } from "./progress.js";
import type { Sources } from "./sources.js";

/** Where the documents go, in input order. */
export interface BatchOutput {
  write(result: TaskResult): Promise<void>;
  /** After the last document, also after an interrupted run (json closes its array). */
  end(): Promise<void>;
}

export interface BatchOptions {
  /** Worker threads; 1 runs everything on the main thread. */
  jobs: number;
  /** No progress bar and no summary (errors are still reported). */
  quiet: boolean;
  run: RunOptions;
}

/** Tasks held at once per job: enough to keep every worker fed with whole batches (two of BATCH_DOCS each, see
 *  pool.ts), few enough that memory stays flat. */
const WINDOW_PER_JOB = 16;
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export async function runBatch(sources: Sources, writer: BatchOutput, o: BatchOptions): Promise<number> {
  const progress = new Progress(process.stderr, !o.quiet && process.stderr.isTTY === true, sources.stats);
  const runner: TaskRunner = o.jobs <= 1 || sources.single ? inlineRunner(o.run) : new WorkerPool(o.jobs, o.run);
  let signal: keyof typeof SIGNAL_EXIT | null = null;
  let outputClosed = false;

  const onSignal = (sig: keyof typeof SIGNAL_EXIT): void => {
    if (signal !== null) process.exit(SIGNAL_EXIT[sig]); // a second Ctrl-C: stop now (whole lines were written)
    signal = sig;
    process.stdin.destroy(); // a read in flight must not keep the process alive
    void runner.close();
  };
  const onOutputError = (): void => {
    outputClosed = true; // e.g. `claimex … | head`: the reader left, nothing more to do
    void runner.close();
  };
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  process.stdout.on("error", onOutputError);
  try {
    const window = Math.max(16, o.jobs * WINDOW_PER_JOB);
    for await (const result of orderedMap(sources.tasks, (t) => runner.run(t), window)) {
      if (signal !== null || outputClosed) break;
      const { error } = result;
      progress.done(result.bytes, result.claims, error !== null);
      if (error !== null) progress.error(`claimex: ${typeof error.input === "number" ? `line ${error.input}` : error.input}: ${error.error}`);
      if (process.stdout.isTTY === true) progress.clear(); // stdout and the bar share the terminal
      await writer.write(result).catch(onOutputError);
    }
    if (!outputClosed) await writer.end().catch(onOutputError);
  } finally {
    // once interrupted the handler stays: another Ctrl-C while shutting down exits at once, still between lines
    if (signal === null) process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
    process.stdout.off("error", onOutputError);
    await runner.close();
    progress.finish(signal !== null);
  }
  if (signal !== null) return SIGNAL_EXIT[signal];
  return progress.counts.errors > 0 ? 1 : 0;
}
