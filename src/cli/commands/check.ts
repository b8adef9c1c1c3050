// `claimex check [DIR…]`: re-extract every article fixture and compare it with its expected.json.
// Exit 0 when all match (or were updated), 1 when some differ or could not be checked, 2 on usage errors.
import { z } from "zod";
import { checkFixtures } from "../../check/check.js";
import { reportJson, reportText, summarize } from "../../check/report.js";
import { ClaimSchema } from "../../schema.js";
import { colorLevel, createPalette } from "../../render/style.js";
import { EXIT_INPUT_FAILED, EXIT_OK } from "../errors.js";
import { writeAll } from "../output.js";
import { parseOptions } from "../options.js";

/** Every field a claim or document can have (from the zod schema, so new fields come for free), nested ones dotted. */
function ignorableFields(): Set<string> {
  const fields = new Set(["input", "referenceDate", "span.start", "span.end", "sentence.index", "sentence.text", "range.low", "range.high"]);
  for (const option of ClaimSchema.options) for (const key of Object.keys(option.shape)) fields.add(key);
  // claims are paired by type: ignoring it would make every claim of another type "changed"
  fields.delete("type");
  return fields;
}

const IGNORABLE = ignorableFields();

const CheckOptionsSchema = z.object({
  update: z.boolean().optional(),
  format: z.enum(["text", "json"], { error: (i) => `--format: '${String(i.input)}' is not one of text, json` }).optional(),
  ignore: z
    .string()
    .transform((s) => s.split(",").map((f) => f.trim()).filter((f) => f !== ""))
    .pipe(
      z.array(
        z.string().refine((f) => IGNORABLE.has(f), {
          error: (i) => `--ignore: '${String(i.input)}' is not a field (one of ${[...IGNORABLE].sort().join(", ")})`,
        }),
      ),
    )
    .optional(),
});

export async function runCheck(dirs: string[], raw: Record<string, unknown>): Promise<number> {
  const opts = parseOptions(CheckOptionsSchema, raw);
  const results = await checkFixtures(dirs.length > 0 ? dirs : ["."], {
    update: opts.update === true,
    ignore: new Set(opts.ignore ?? []),
  });
  const text = opts.format === "json" ? reportJson(results) : reportText(results, createPalette(colorLevel(process.stdout)));
  await writeAll(process.stdout, text);
  const s = summarize(results);
  return s.failed > 0 || s.errors > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
