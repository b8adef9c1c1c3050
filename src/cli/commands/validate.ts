// `claimex validate [FILE…]`: check claimex/v1 documents (JSON or JSONL; standard input when no file or '-')
// against the schema and the contract's invariants. Exit 1 when any violation, 2 on usage errors.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { z } from "zod";
import { validateStream, type InputLookup, type LocatedViolation } from "../../check/validate.js";
import { colorLevel, createPalette } from "../../render/style.js";
import { errorLine, EXIT_INPUT_FAILED, EXIT_OK, InputError } from "../errors.js";
import { describeFsError, readTextInput } from "../input.js";
import { parseOptions } from "../options.js";
import { writeAll } from "../output.js";

const ValidateOptionsSchema = z.object({
  input: z.string().min(1).optional(),
  format: z.enum(["text", "json"], { error: (i) => `--format: '${String(i.input)}' is not one of text, json` }).optional(),
});

export async function runValidate(files: string[], raw: Record<string, unknown>): Promise<number> {
  const opts = parseOptions(ValidateOptionsSchema, raw);
  const lookup = opts.input !== undefined ? await inputLookup(opts.input) : () => undefined;
  const names = files.length === 0 ? ["-"] : files;
  let documents = 0;
  let invalid = 0;
  let unreadable = 0;
  const violations: LocatedViolation[] = [];
  for (const name of names) {
    try {
      const r = await validateStream(await open(name), name, lookup);
      documents += r.documents;
      invalid += r.invalid;
      unreadable += r.unreadable;
      violations.push(...r.violations);
    } catch (err) {
      unreadable++;
      process.stderr.write(errorLine(err) + "\n");
    }
  }
  const ok = violations.length === 0 && unreadable === 0;
  if (opts.format === "json") {
    await writeAll(process.stdout, JSON.stringify({ schema: "claimex-validate/v1", ok, documents, invalid, unreadable, violations }, null, 2) + "\n");
  } else {
    const p = createPalette(colorLevel(process.stdout));
    const lines = violations.map((v) => `${v.where}: ${p.bold(v.path)}: ${v.message}`);
    const files = unreadable > 0 ? `; ${unreadable} input${unreadable === 1 ? "" : "s"} not readable as JSON or JSONL` : "";
    const summary = `${documents} document${documents === 1 ? "" : "s"}: ${documents - invalid} valid, ${invalid} with violations (${violations.length} in all)${files}`;
    lines.push(violations.length === 0 ? p.good(summary) : p.bad(summary));
    await writeAll(process.stdout, lines.join("\n") + "\n");
  }
  return ok ? EXIT_OK : EXIT_INPUT_FAILED;
}

async function open(name: string): Promise<Readable> {
  if (name === "-") return process.stdin;
  try {
    if ((await stat(name)).isDirectory()) throw new InputError(name, "is a directory, expected a JSON or JSONL file");
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(name, describeFsError(err));
  }
  return createReadStream(name);
}

/** --input: the article text (offsets refer to it), or a JSONL of records {"id","text"} matched by `input`. */
async function inputLookup(path: string): Promise<InputLookup> {
  const { text } = await readTextInput(path);
  if (!path.endsWith(".jsonl")) return () => text;
  const byId = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch {
      throw new InputError(`${path}:${i + 1}`, "not a JSON line");
    }
    const rec = r as { id?: unknown; text?: unknown };
    if ((typeof rec.id === "string" || typeof rec.id === "number") && typeof rec.text === "string") byId.set(String(rec.id), rec.text);
  });
  return (input) => byId.get(input);
}
