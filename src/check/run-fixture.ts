// One fixture → the documents claimex makes of its article now, and the documents expected.json holds.
// A document's `input` is the article's file name (or a JSONL record's id), so expected.json does not depend on
// the folder the check was started from.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { extract } from "../extract.js";
import { ClaimTypeSchema, DocumentSchema, type ClaimexDocument } from "../schema.js";
import { decodeText, describeFsError } from "../cli/input.js";
import { isValidIsoDate } from "../cli/options.js";
import type { Fixture } from "./fixtures.js";
import { issuePath } from "./issue-path.js";

/** A fixture can't be checked: the message names the file and what is wrong with it. */
export class FixtureError extends Error {
  override readonly name = "FixtureError";
}

const FixtureOptionsSchema = z.strictObject({
  referenceDate: z.string().refine(isValidIsoDate, "expected a real date YYYY-MM-DD").nullable().optional(),
  types: z.array(ClaimTypeSchema).min(1).optional(),
});
type FixtureOptions = z.infer<typeof FixtureOptionsSchema>;

const JsonlRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  date: z.string().refine(isValidIsoDate, "expected a real date YYYY-MM-DD").nullable().optional(),
});

export async function readFixtureOptions(f: Fixture): Promise<FixtureOptions> {
  if (f.options === null) return {};
  const r = FixtureOptionsSchema.safeParse(await readJson(f.options));
  if (!r.success) throw new FixtureError(`${f.options}: ${issuePath(r.error.issues[0])}`);
  return r.data;
}

/** What claimex extracts from the fixture's article today: one document, or one per JSONL record. */
export async function extractFixture(f: Fixture, opts: FixtureOptions): Promise<ClaimexDocument[]> {
  const { text } = decodeText(f.article, await readBytes(f.article));
  const types = opts.types !== undefined ? { types: opts.types } : {};
  if (f.kind === "html") {
    // the same reading as `claimex extract page.html`: the article body, and the page's published date
    const { readHtml } = await import("../batch/html.js");
    const page = readHtml(text);
    if (page.text.trim() === "") throw new FixtureError(`${f.article}: no article text found in the HTML page`);
    const referenceDate = opts.referenceDate !== undefined ? opts.referenceDate : page.date;
    return [extract(page.text, { input: basename(f.article), ...(referenceDate !== null ? { referenceDate } : {}), ...types })];
  }
  if (f.kind === "txt") {
    const referenceDate = opts.referenceDate !== undefined ? { referenceDate: opts.referenceDate } : {};
    return [extract(text, { input: basename(f.article), ...referenceDate, ...types })];
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, n }) => {
      const r = JsonlRecordSchema.safeParse(parseJson(line, `${f.article}:${n}`));
      if (!r.success) throw new FixtureError(`${f.article}:${n}: ${issuePath(r.error.issues[0])}`);
      const referenceDate = opts.referenceDate !== undefined ? opts.referenceDate : (r.data.date ?? null);
      return extract(r.data.text, { input: String(r.data.id), referenceDate, ...types });
    });
}

/** expected.json: one claimex/v1 document (an array of them for a JSONL article). */
export async function readExpected(f: Fixture): Promise<ClaimexDocument[]> {
  const value = await readJson(f.expected);
  const docs = f.kind === "jsonl" && Array.isArray(value) ? value : [value];
  if (f.kind !== "jsonl" && Array.isArray(value)) throw new FixtureError(`${f.expected}: is an array, expected one claimex/v1 document`);
  return docs.map((d, i) => {
    const r = DocumentSchema.safeParse(d);
    const where = docs.length > 1 || Array.isArray(value) ? `[${i}]` : "";
    if (!r.success) throw new FixtureError(`${f.expected}: not a claimex/v1 document: ${issuePath(r.error.issues[0], where)}`);
    return r.data;
  });
}

/** The text expected.json is written with: stable, readable, diffable. */
export function expectedJson(f: Fixture, docs: readonly ClaimexDocument[]): string {
  return JSON.stringify(f.kind === "jsonl" ? docs : docs[0], null, 2) + "\n";
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new FixtureError(`${path}: ${describeFsError(err)}`);
  }
}

async function readJson(path: string): Promise<unknown> {
  const { text } = decodeText(path, await readBytes(path));
  return parseJson(text, path);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new FixtureError(`${where}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}
