// One JSONL input line → the record it holds. The contract (claim-schema.md, "Batch"): {"id","text","date"?}.
import { InputError } from "../cli/errors.js";
import { decodeText } from "../cli/input.js";
import { isoDay } from "./iso-day.js";

export interface JsonlRecord {
  id: string;
  text: string;
  /** YYYY-MM-DD, or null when the record has none. */
  date: string | null;
}

/**
 * Parse one line. Errors are InputErrors named by the record's id when it has one, else by `where` (its line
 * number), so the error line can stand in the record's place.
 */
export function parseJsonlRecord(where: string | number, bytes: Uint8Array): { input: string; record: JsonlRecord } {
  const label = String(where);
  const { text: line } = decodeText(label, bytes);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new LabelledInputError(where, `not a JSON line (${err instanceof Error ? err.message : String(err)})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new LabelledInputError(where, 'expected a JSON object {"id","text","date"?}');
  }
  const r = value as Record<string, unknown>;
  const id = typeof r.id === "string" && r.id !== "" ? r.id : typeof r.id === "number" ? String(r.id) : null;
  if (id === null) throw new LabelledInputError(where, 'record has no "id" (a non-empty string or a number)');
  if (typeof r.text !== "string") throw new LabelledInputError(id, 'record has no "text" string');
  if (r.text.trim() === "") throw new LabelledInputError(id, "empty text");
  let date: string | null = null;
  if (r.date !== undefined && r.date !== null) {
    date = typeof r.date === "string" ? isoDay(r.date) : null;
    if (date === null) throw new LabelledInputError(id, `"date": '${String(r.date)}' is not a real date YYYY-MM-DD`);
  }
  const text = r.text.charCodeAt(0) === 0xfeff ? r.text.slice(1) : r.text;
  return { input: id, record: { id, text, date } };
}

/** An InputError whose input may be a line number (the contract allows a number there). */
export class LabelledInputError extends InputError {
  constructor(
    readonly label: string | number,
    problem: string,
  ) {
    super(String(label), problem);
  }
}
