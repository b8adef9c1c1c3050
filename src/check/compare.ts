// Expected vs actual document, as a person wants to read it: claims added, missing, changed (field by field).
// Claims are paired by type and span, not by id — one new claim early in an article renumbers all later ids,
// which is no change at all. Links are compared by the claim they point at, for the same reason.
import type { Claim, ClaimexDocument } from "../schema.js";

export interface FieldChange {
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface ClaimChange {
  expected: Claim;
  actual: Claim;
  fields: FieldChange[];
}

export interface DocumentDiff {
  input: string;
  /** the whole document is only in one of the two (JSONL fixtures) */
  only?: "expected" | "actual";
  fields: FieldChange[];
  added: Claim[];
  missing: Claim[];
  changed: ClaimChange[];
}

export function isSame(d: DocumentDiff): boolean {
  return d.only === undefined && d.fields.length + d.added.length + d.missing.length + d.changed.length === 0;
}

/** Documents paired by `input` (the article's name, or a JSONL record's id); a document on one side only is reported whole. */
export function compareAll(expected: readonly ClaimexDocument[], actual: readonly ClaimexDocument[], ignore: ReadonlySet<string>): DocumentDiff[] {
  const byInput = new Map(expected.map((d) => [d.input, d]));
  const out: DocumentDiff[] = [];
  for (const a of actual) {
    const e = byInput.get(a.input);
    byInput.delete(a.input);
    out.push(e !== undefined ? compareDocuments(e, a, ignore) : { input: a.input, only: "actual", fields: [], added: a.claims, missing: [], changed: [] });
  }
  for (const e of byInput.values()) out.push({ input: e.input, only: "expected", fields: [], added: [], missing: e.claims, changed: [] });
  return out;
}

/** `ignore`: field names ("predicate", "sentence", "sentence.text", "referenceDate") left out of the comparison. */
export function compareDocuments(expected: ClaimexDocument, actual: ClaimexDocument, ignore: ReadonlySet<string>): DocumentDiff {
  const fields = (["input", "referenceDate"] as const)
    .filter((f) => !ignore.has(f) && expected[f] !== actual[f])
    .map((f) => ({ field: f, expected: expected[f], actual: actual[f] }));
  const pairs = pairClaims(expected.claims, actual.claims);
  const exp = linkTargets(expected.claims);
  const act = linkTargets(actual.claims);
  const changed: ClaimChange[] = [];
  for (const [e, a] of pairs) {
    const diffs = diffFields(flatten(e, exp), flatten(a, act), ignore);
    if (diffs.length > 0) changed.push({ expected: e, actual: a, fields: diffs });
  }
  const paired = new Set(pairs.flat());
  return {
    input: actual.input,
    fields,
    added: actual.claims.filter((c) => !paired.has(c)),
    missing: expected.claims.filter((c) => !paired.has(c)),
    changed,
  };
}

/** Same type and span first; then same type and overlapping spans, largest overlap first. */
function pairClaims(expected: readonly Claim[], actual: readonly Claim[]): Array<[Claim, Claim]> {
  const pairs: Array<[Claim, Claim]> = [];
  const freeE = new Set(expected);
  const freeA = new Set(actual);
  const key = (c: Claim): string => `${c.type}@${c.span.start}-${c.span.end}`;
  const byKey = new Map<string, Claim[]>();
  for (const a of actual) (byKey.get(key(a)) ?? byKey.set(key(a), []).get(key(a))!).push(a);
  for (const e of expected) {
    const a = byKey.get(key(e))?.shift();
    if (a !== undefined) take(e, a);
  }
  const overlaps: Array<{ e: Claim; a: Claim; size: number }> = [];
  for (const e of freeE) {
    for (const a of freeA) {
      const size = Math.min(e.span.end, a.span.end) - Math.max(e.span.start, a.span.start);
      if (e.type === a.type && size > 0) overlaps.push({ e, a, size });
    }
  }
  overlaps.sort((x, y) => y.size - x.size || x.e.span.start - y.e.span.start);
  for (const o of overlaps) if (freeE.has(o.e) && freeA.has(o.a)) take(o.e, o.a);
  return pairs.sort((x, y) => x[1].span.start - y[1].span.start);

  function take(e: Claim, a: Claim): void {
    pairs.push([e, a]);
    freeE.delete(e);
    freeA.delete(a);
  }
}

/** A link's target described by what it is, not by its id. */
function linkTargets(claims: readonly Claim[]): Map<string, string> {
  return new Map(claims.map((c) => [c.id, `${c.type} "${c.text}" at ${c.span.start}`]));
}

/** A claim as field → value, nested objects as dotted fields; the id is left out (it only numbers the order). */
function flatten(c: Claim, targets: ReadonlyMap<string, string>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(c)) {
    if (k === "id") continue;
    if ((k === "time" || k === "source") && typeof v === "string") out.set(k, targets.get(v) ?? `${v} (no such claim)`);
    else if (v !== null && typeof v === "object") for (const [k2, v2] of Object.entries(v)) out.set(`${k}.${k2}`, v2);
    else out.set(k, v);
  }
  return out;
}

function diffFields(e: Map<string, unknown>, a: Map<string, unknown>, ignore: ReadonlySet<string>): FieldChange[] {
  const names = [...new Set([...e.keys(), ...a.keys()])];
  return names
    .filter((f) => !ignore.has(f) && !ignore.has(f.split(".")[0]!))
    .filter((f) => !Object.is(e.get(f), a.get(f)))
    .map((f) => ({ field: f, expected: e.get(f), actual: a.get(f) }));
}
