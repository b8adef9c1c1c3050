// What the claimex/v1 contract promises beyond the shape zod checks: offsets that agree with the text, unique ids,
// links that point at claims of the right type, claims in order of span.start, values that are consistent.
import type { Claim, ClaimexDocument } from "../schema.js";
import { isValidIsoDate } from "../cli/options.js";

export interface Violation {
  /** where in the document, e.g. "claims[3].time" */
  path: string;
  message: string;
}

const TIME_TARGETS: ReadonlySet<string> = new Set(["date", "period"]);

/** `input`: the text the document was extracted from, when known — then every `text` must be its span's slice. */
export function documentViolations(doc: ClaimexDocument, input?: string): Violation[] {
  const out: Violation[] = [];
  const add = (path: string, message: string): number => out.push({ path, message });
  if (doc.referenceDate !== null && !isRealDate(doc.referenceDate)) add("referenceDate", `'${doc.referenceDate}' is not a real date`);
  const firstWithId = new Map<string, number>();
  doc.claims.forEach((c, i) => {
    const seen = firstWithId.get(c.id);
    if (seen !== undefined) add(`claims[${i}].id`, `duplicate id '${c.id}' (also claims[${seen}])`);
    else firstWithId.set(c.id, i);
  });
  doc.claims.forEach((c, i) => {
    const at = `claims[${i}]`;
    const prev = doc.claims[i - 1];
    if (prev !== undefined && c.span.start < prev.span.start) {
      add(`${at}.span.start`, `claims are not in order of span.start (${c.span.start} comes after ${prev.span.start})`);
    }
    for (const v of spanViolations(c, input)) add(`${at}.${v.path}`, v.message);
    for (const v of valueViolations(c)) add(`${at}.${v.path}`, v.message);
    for (const v of linkViolations(c, doc.claims, firstWithId)) add(`${at}.${v.path}`, v.message);
  });
  return out;
}

function spanViolations(c: Claim, input: string | undefined): Violation[] {
  const { start, end } = c.span;
  if (end < start) return [{ path: "span", message: `span.end (${end}) is before span.start (${start})` }];
  if (input === undefined) {
    return c.text.length === end - start ? [] : [{ path: "text", message: `text has ${c.text.length} characters but the span covers ${end - start}` }];
  }
  if (end > input.length) return [{ path: "span.end", message: `${end} is beyond the end of the input (${input.length} characters)` }];
  const slice = input.slice(start, end);
  const out: Violation[] = [];
  if (slice !== c.text) out.push({ path: "text", message: `${quote(c.text)} but the input at ${start}–${end} reads ${quote(slice)}` });
  const s = input.lastIndexOf(c.sentence.text, start);
  if (c.sentence.text === "" || s === -1 || start >= s + c.sentence.text.length) {
    out.push({ path: "sentence.text", message: `is not the sentence of the input that holds the claim at ${start}` });
  }
  return out;
}

function valueViolations(c: Claim): Violation[] {
  const out: Violation[] = [];
  if (c.type === "count" || c.type === "money" || c.type === "percent") {
    if (c.qualifier === "range" && c.range === undefined) out.push({ path: "range", message: "qualifier is 'range' but range is missing" });
    if (c.qualifier !== "range" && c.range !== undefined) out.push({ path: "range", message: `range given but qualifier is '${c.qualifier}'` });
    if (c.range !== undefined && c.range.low > c.range.high) out.push({ path: "range", message: `low (${c.range.low}) is above high (${c.range.high})` });
  }
  const dates: Array<[string, string | null]> =
    c.type === "date" ? [["date", c.date]] : c.type === "period" ? [["start", c.start], ["end", c.end]] : [];
  for (const [path, d] of dates) if (d !== null && !isRealDate(d)) out.push({ path, message: `'${d}' is not a real date` });
  // ISO dates of any precision compare as strings ("2016" < "2019-08")
  if (c.type === "period" && c.start !== null && c.end !== null && c.start > c.end) {
    out.push({ path: "end", message: `period ends (${c.end}) before it starts (${c.start})` });
  }
  return out;
}

function linkViolations(c: Claim, claims: readonly Claim[], index: ReadonlyMap<string, number>): Violation[] {
  if (c.type !== "count" && c.type !== "money" && c.type !== "percent") return [];
  const out: Violation[] = [];
  const check = (field: "time" | "source", id: string | undefined, ok: (t: Claim) => boolean, want: string): void => {
    if (id === undefined) return;
    const i = index.get(id);
    const target = i !== undefined ? claims[i] : undefined;
    if (target === undefined) out.push({ path: field, message: `points at '${id}', which is not a claim of this document` });
    else if (!ok(target)) out.push({ path: field, message: `points at '${id}', a ${target.type} claim; ${field} links go to ${want}` });
  };
  check("time", c.time, (t) => TIME_TARGETS.has(t.type), "a date or period claim");
  check("source", c.source, (t) => t.type === "source", "a source claim");
  return out;
}

/** A string as JSON, cut to 60 characters: a wrong span can cover the whole article. */
function quote(s: string): string {
  return s.length <= 60 ? JSON.stringify(s) : `${JSON.stringify(s.slice(0, 59))}… (${s.length} characters)`;
}

/** ISO date at any precision (2014, 2019-08, 2017-10-12) naming a real month and day. */
function isRealDate(d: string): boolean {
  if (/^\d{4}$/.test(d)) return true;
  if (/^\d{4}-\d{2}$/.test(d)) return isValidIsoDate(`${d}-01`);
  return isValidIsoDate(d);
}
