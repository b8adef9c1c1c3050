// The check's results for people (a short diff per fixture) and for programs (--format json).
import type { Claim } from "../schema.js";
import type { Palette } from "../render/style.js";
import { clip, formatValue } from "../render/values.js";
import type { FixtureResult } from "./check.js";
import type { ClaimChange, DocumentDiff, FieldChange } from "./compare.js";

export interface Summary {
  fixtures: number;
  passed: number;
  failed: number;
  errors: number;
  updated: number;
}

export function summarize(results: readonly FixtureResult[]): Summary {
  const count = (...s: FixtureResult["status"][]): number => results.filter((r) => s.includes(r.status)).length;
  return { fixtures: results.length, passed: count("pass"), failed: count("fail"), errors: count("error"), updated: count("updated", "created") };
}

export function reportJson(results: readonly FixtureResult[]): string {
  const summary = summarize(results);
  const ok = summary.failed === 0 && summary.errors === 0;
  return JSON.stringify({ schema: "claimex-check/v1", ok, summary, fixtures: results }, null, 2) + "\n";
}

export function reportText(results: readonly FixtureResult[], p: Palette): string {
  const out: string[] = [];
  for (const r of results) {
    switch (r.status) {
      case "pass":
        out.push(`${p.good("ok")}      ${r.path} ${p.dim(`(${r.claims} claims)`)}`);
        break;
      case "error":
        out.push(`${p.bad("ERROR")}   ${r.error}`);
        break;
      case "fail":
        out.push(`${p.bad("FAIL")}    ${r.path}  ${counts(r.diffs)}`, ...r.diffs.flatMap((d) => diffLines(d, r.diffs.length > 1, p)));
        break;
      case "created":
        out.push(`${p.warn("created")} ${r.file} ${p.dim(`(${r.diffs.reduce((n, d) => n + d.added.length, 0)} claims) — review it`)}`);
        break;
      case "updated":
        out.push(`${p.warn("updated")} ${r.file}  ${r.replaced !== undefined ? p.dim(`(replaced: ${r.replaced})`) : counts(r.diffs)}`);
        if (r.replaced === undefined) out.push(...r.diffs.flatMap((d) => diffLines(d, r.diffs.length > 1, p)));
        break;
    }
  }
  const s = summarize(results);
  if (results.some((r) => r.status === "fail" || (r.status === "updated" && r.replaced === undefined))) {
    out.push("", p.dim("+ extracted now, not expected   - expected, not extracted now   ~ changed: expected → now"));
  }
  if (s.failed > 0) out.push(p.dim("If the changes are right: claimex check --update <dir>, then review the diff of expected.json."));
  const parts = [`${s.passed} passed`, `${s.failed} failed`, `${s.errors} with errors`, ...(s.updated > 0 ? [`${s.updated} updated`] : [])];
  out.push("", `${s.fixtures} fixture${s.fixtures === 1 ? "" : "s"}: ${parts.join(", ")}`);
  return out.join("\n") + "\n";
}

function counts(diffs: readonly DocumentDiff[]): string {
  const n = (f: (d: DocumentDiff) => number): number => diffs.reduce((s, d) => s + f(d), 0);
  const parts = [
    [n((d) => d.added.length), "added"],
    [n((d) => d.missing.length), "missing"],
    [n((d) => d.changed.length), "changed"],
  ] as const;
  const doc = n((d) => d.fields.length);
  return [...parts.filter(([k]) => k > 0).map(([k, w]) => `${k} ${w}`), ...(doc > 0 ? [`${doc} document field${doc > 1 ? "s" : ""} changed`] : [])].join(", ");
}

function diffLines(d: DocumentDiff, named: boolean, p: Palette): string[] {
  const out: string[] = [];
  const pad = named ? "    " : "  ";
  if (named) out.push(`  ${p.bold(d.input)}${d.only === "actual" ? " (new record)" : d.only === "expected" ? " (record gone)" : ""}`);
  for (const f of d.fields) out.push(`${pad}${fieldLine(f, p)}`);
  // one list in text order, so the diff reads along the article
  const items: Array<{ at: number; lines: string[] }> = [
    ...d.added.map((c) => ({ at: c.span.start, lines: [`${pad}${p.good("+")} ${claimLine(c, p)}`] })),
    ...d.missing.map((c) => ({ at: c.span.start, lines: [`${pad}${p.bad("-")} ${claimLine(c, p)}`] })),
    ...d.changed.map((ch) => ({ at: ch.actual.span.start, lines: changedLines(ch, pad, p) })),
  ];
  for (const it of items.sort((a, b) => a.at - b.at)) out.push(...it.lines);
  return out;
}

function claimLine(c: Claim, p: Palette): string {
  return `${c.id.padEnd(4)} ${p.type(c.type, c.type.padEnd(7))} ${JSON.stringify(clip(c.text, 50))} ${p.dim(`at ${c.span.start}`)}  ${formatValue(c)}`;
}

function changedLines(ch: ClaimChange, pad: string, p: Palette): string[] {
  const was = ch.expected.id !== ch.actual.id ? p.dim(` (was ${ch.expected.id})`) : "";
  return [`${pad}${p.warn("~")} ${claimLine(ch.actual, p)}${was}`, ...ch.fields.map((f) => `${pad}      ${fieldLine(f, p)}`)];
}

function fieldLine(f: FieldChange, p: Palette): string {
  // a link's value is already a description of the claim it points at (compare.ts), not a string of the document
  const link = f.field === "time" || f.field === "source";
  return `${f.field}: ${p.bad(show(f.expected, link))} → ${p.good(show(f.actual, link))}`;
}

function show(v: unknown, raw: boolean): string {
  if (v === undefined) return "(none)";
  if (typeof v !== "string") return JSON.stringify(v);
  return raw ? clip(v, 70) : JSON.stringify(clip(v, 60));
}
