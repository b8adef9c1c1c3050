// `claimex extract [FILE|FOLDER|GLOB…]`: every input becomes one document (a JSONL input one per line), written
// in input order; a failed input becomes an error record in its place and the run goes on. The batch machinery
// (sources, the ordered worker pool, progress) lives in src/batch/.
import { ExtractOptionsSchema, parseOptions, type ParsedExtractOptions } from "../options.js";
import { BatchOptionsSchema } from "../batch-options.js";
import { createWriter, defaultFormat, writeAll } from "../output.js";
import { openSources } from "../../batch/sources.js";
import { runBatch, type BatchOutput } from "../../batch/run.js";
import { largeTextFile } from "../../large/large-file.js";

export async function runExtract(files: string[], raw: Record<string, unknown>): Promise<number> {
  const opts: ParsedExtractOptions = parseOptions(ExtractOptionsSchema, raw);
  const batch = parseOptions(BatchOptionsSchema, raw);
  const run = {
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.types !== undefined ? { types: opts.types } : {}),
    ...(opts.debug === true ? { debug: true } : {}),
  };
  // one huge text file: extracted in pieces and written as it goes, in bounded memory (the engine is loaded here
  // only then: with worker threads the main thread never needs it)
  if ((await largeTextFile(files, opts.format ?? defaultFormat(1), batch.inputFormat)) !== null) {
    const { streamLargeInput } = await import("../../large/cli.js");
    const streamed = await streamLargeInput(files, opts.format ?? defaultFormat(1), batch.inputFormat, run);
    if (streamed !== null) return streamed;
  }
  const sources = await openSources(files, batch.inputFormat);
  // "several" as far as the output is concerned: anything but one plain file or standard input
  const expected = sources.single ? 1 : 2;
  const format = opts.format ?? defaultFormat(expected);
  const writer = createWriter(format, expected);
  const output: BatchOutput = {
    // jsonl: the line is the document's compact JSON, which a worker has already made (in UTF-8)
    write: format === "jsonl" ? (r) => writeAll(process.stdout, r.jsonLine) : (r) => writer.write(r.doc),
    end: () => writer.end(),
  };
  return runBatch(sources, output, {
    jobs: batch.jobs,
    quiet: batch.quiet,
    run,
  });
}
