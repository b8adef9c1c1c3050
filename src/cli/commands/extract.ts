// `claimex extract [FILE…]`: read each input, extract, write documents; a failed input becomes an error
// record in its place and the run goes on.
import { extract } from "../../extract.js";
import { SCHEMA_ID } from "../../schema.js";
import type { ClaimexDocument, ErrorDocument } from "../../schema.js";
import { ExtractOptionsSchema, parseOptions, type ParsedExtractOptions } from "../options.js";
import { readTextInput } from "../input.js";
import { errorLine, EXIT_INPUT_FAILED, InputError } from "../errors.js";
import { createWriter, defaultFormat } from "../output.js";

export async function runExtract(files: string[], raw: Record<string, unknown>): Promise<number> {
  const opts: ParsedExtractOptions = parseOptions(ExtractOptionsSchema, raw);
  const inputs = files.length === 0 ? ["-"] : files;
  const format = opts.format ?? defaultFormat(inputs.length);
  const writer = createWriter(format, inputs.length);
  let failed = 0;
  for (const path of inputs) {
    let doc: ClaimexDocument | ErrorDocument;
    try {
      const { input, text } = await readTextInput(path);
      doc = extract(text, {
        input,
        ...(opts.date !== undefined ? { referenceDate: opts.date } : {}),
        ...(opts.types !== undefined ? { types: opts.types } : {}),
        ...(opts.debug === true ? { debug: true } : {}),
      });
    } catch (err) {
      failed++;
      process.stderr.write(errorLine(err) + "\n");
      doc = { schema: SCHEMA_ID, input: err instanceof InputError ? err.input : path, error: err instanceof InputError ? err.problem : String(err) };
    }
    await writer.write(doc);
  }
  await writer.end();
  return failed > 0 ? EXIT_INPUT_FAILED : 0;
}
