// What must hold for every input, whatever it is: no exception, output that parses as claimex/v1 (after a JSON
// round trip, as a consumer reads it), the contract's invariants (text = slice of span, spans inside the input,
// unique ids, links to claims of the right type, order), no split surrogate pair, and the same bytes twice.
import { extract } from "../extract.js";
import { DocumentSchema, type ClaimexDocument } from "../schema.js";
import type { ExtractOptions } from "../types.js";
import { documentViolations } from "../check/invariants.js";

export interface Outcome {
  /** One line per broken invariant; empty when the input is handled. */
  problems: string[];
  json: string | null;
}

export function checkInput(input: string, options: ExtractOptions = {}): Outcome {
  let doc: ClaimexDocument;
  try {
    doc = extract(input, options);
  } catch (err) {
    return { problems: [`threw: ${err instanceof Error ? (err.stack ?? err.message).split("\n").slice(0, 3).join(" | ") : String(err)}`], json: null };
  }
  const json = JSON.stringify(doc);
  const problems: string[] = [];
  const parsed = DocumentSchema.safeParse(JSON.parse(json));
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 5)) problems.push(`schema: ${issue.path.join(".")}: ${issue.message}`);
  }
  for (const v of documentViolations(doc, input).slice(0, 5)) problems.push(`contract: ${v.path}: ${v.message}`);
  doc.claims.forEach((c, i) => {
    const { start, end } = c.span;
    if (start < 0 || end > input.length || start >= end) problems.push(`claims[${i}].span: ${start}–${end} is empty or outside 0–${input.length}`);
    if (splitsPair(input, start) || splitsPair(input, end)) problems.push(`claims[${i}].span: ${start}–${end} splits a surrogate pair`);
    if (cutsNumber(input, start) || cutsNumber(input, end)) problems.push(`claims[${i}].span: ${start}–${end} cuts a run of digits`);
  });
  const again = JSON.stringify(extract(input, options));
  if (again !== json) problems.push("nondeterministic: a second run gave different output");
  return { problems, json };
}

/** True when `at` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** True when `at` falls inside a run of digits: a claim made of part of a number is a false claim. */
export function cutsNumber(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
