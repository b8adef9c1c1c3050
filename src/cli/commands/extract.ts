// `claimex extract [FILE|FOLDER|GLOB…]`: every input becomes one document (a JSONL input one per line), written
// in input order; a failed input becomes an error record in its place and the run goes on. The batch machinery
// (sources, the ordered worker pool, progress) lives in src/batch/.
import { ExtractOptionsSchema, parseOptions, type ParsedExtractOptions } from "../options.js";
import { BatchOptionsSchema } from "../batch-options.js";
import { createWriter, defaultFormat } from "../output.js";
import { openSources } from "../../batch/sources.js";
import { runBatch } from "../../batch/run.js";

export async function runExtract(files: string[], raw: Record<string, unknown>): Promise<number> {
  const opts: ParsedExtractOptions = parseOptions(ExtractOptionsSchema, raw);
  const batch = parseOptions(BatchOptionsSchema, raw);
  const sources = await openSources(files, batch.inputFormat);
  // "several" as far as the output is concerned: anything but one plain file or standard input
  const expected = sources.single ? 1 : 2;
  const writer = createWriter(opts.format ?? defaultFormat(expected), expected);
  return runBatch(sources, writer, {
    jobs: batch.jobs,
    quiet: batch.quiet,
    run: {
      ...(opts.date !== undefined ? { date: opts.date } : {}),
      ...(opts.types !== undefined ? { types: opts.types } : {}),
      ...(opts.debug === true ? { debug: true } : {}),
    },
  });
}
