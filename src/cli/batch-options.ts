// The batch options of `claimex extract` (issue "batch at archive scale"), parsed with zod like the others in
// options.ts and kept apart from them so each feature's options live with it.
import { availableParallelism } from "node:os";
import { z } from "zod";
import type { InputFormat } from "../batch/records.js";

export const INPUT_FORMATS = ["auto", "text", "html", "jsonl"] as const satisfies readonly InputFormat[];

export const BatchOptionsSchema = z.object({
  inputFormat: z
    .enum(INPUT_FORMATS, { error: (i) => `--input-format: '${String(i.input)}' is not one of ${INPUT_FORMATS.join(", ")}` })
    .default("auto"),
  jobs: z
    .string()
    .regex(/^\d+$/, { error: (i) => `--jobs: '${String(i.input)}' is not a whole number of worker threads` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 256, { error: (i) => `--jobs: ${String(i.input)} is out of range (1 to 256)` })
    .optional()
    .transform((n) => n ?? availableParallelism()),
  quiet: z.boolean().default(false),
});

export type ParsedBatchOptions = z.output<typeof BatchOptionsSchema>;
