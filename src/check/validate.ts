// `claimex validate`: claimex/v1 documents (JSON, a JSON array, or JSONL) checked against the zod schema and the
// contract's invariants. JSONL is read line by line, so a batch output of any size is checked in flat memory.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { DocumentSchema, ErrorDocumentSchema } from "../schema.js";
import { documentViolations, type Violation } from "./invariants.js";
import { formatPath } from "./issue-path.js";

export interface LocatedViolation extends Violation {
  /** the file, with the JSONL line (`out.jsonl:3`) or array index (`out.json[2]`) of the document */
  where: string;
}

/** The input text a document's offsets refer to, by the document's `input`; undefined when unknown. */
export type InputLookup = (docInput: string) => string | undefined;

/** All problems of one parsed JSON value: schema issues first; invariants only once the shape is right. */
export function validateValue(value: unknown, inputText: InputLookup): Violation[] {
  const r = DocumentSchema.safeParse(value);
  if (r.success) return documentViolations(r.data, inputText(r.data.input));
  // a batch's error line ({"schema","input","error"}) is part of the contract
  if (value !== null && typeof value === "object" && "error" in value && ErrorDocumentSchema.safeParse(value).success) return [];
  return r.error.issues.map((i) => ({ path: formatPath(i.path) || "(document)", message: i.message }));
}

export interface StreamResult {
  /** documents read (a JSONL line that is not JSON counts as one, invalid) */
  documents: number;
  /** documents with at least one violation */
  invalid: number;
  /** files that are not JSON or JSONL at all, or empty */
  unreadable: number;
  violations: LocatedViolation[];
}

/** Reads one file or stream: JSONL when its first line is a whole JSON object, else one JSON value. */
export async function validateStream(stream: Readable, name: string, inputText: InputLookup): Promise<StreamResult> {
  const result: StreamResult = { documents: 0, invalid: 0, unreadable: 0, violations: [] };
  const report = (where: string, found: readonly Violation[]): void => {
    result.documents++;
    if (found.length > 0) result.invalid++;
    for (const v of found) result.violations.push({ where, ...v });
  };
  const check = (value: unknown, where: string): void => report(where, validateValue(value, inputText));
  const fileProblem = (message: string): void => {
    result.unreadable++;
    result.violations.push({ where: name, path: "(file)", message });
  };
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let mode: "unknown" | "jsonl" | "json" = "unknown";
  const buffered: string[] = [];
  let n = 0;
  for await (const raw of lines) {
    const line = n++ === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (mode === "unknown") {
      if (line.trim() === "") continue;
      mode = line.trimStart().startsWith("{") && parses(line) ? "jsonl" : "json";
    }
    if (mode === "json") {
      buffered.push(line);
      continue;
    }
    if (line.trim() === "") continue;
    const parsed = tryParse(line);
    if (parsed.ok) check(parsed.value, `${name}:${n}`);
    else report(`${name}:${n}`, [{ path: "(line)", message: `not valid JSON (${parsed.error})` }]);
  }
  if (mode === "unknown") fileProblem("empty: no document to validate");
  if (mode === "json") {
    const parsed = tryParse(buffered.join("\n"));
    if (!parsed.ok) fileProblem(`not valid JSON or JSONL (${parsed.error})`);
    else if (Array.isArray(parsed.value)) parsed.value.forEach((v, i) => check(v, `${name}[${i}]`));
    else check(parsed.value, name);
  }
  return result;
}

function parses(line: string): boolean {
  return tryParse(line).ok;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
