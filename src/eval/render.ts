// Rendering an evaluation for people: the summary table and, with --verbose, every miss, false positive,
// wrong value and wrong link with the rule id that made the claim.
import type { EvalResult } from "./evaluate.js";
import type { Summary } from "./summary.js";
import { TYPES } from "./score.js";

const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string | number, n: number): string => String(s).padStart(n);

export function renderSummary(s: Summary): string {
  const lines: string[] = [];
  const head = ["type    ", "gold", "pred", "  tp", "  fp", "  fn", "exc", "    P", "    R", "   F1", "strictP", "strictR", "strictF1"];
  lines.push(head.join(" "));
  const row = (name: string, m: Summary["overall"]): string =>
    [name.padEnd(8), pad(m.gold, 4), pad(m.predicted, 4), pad(m.tp, 4), pad(m.fp, 4), pad(m.fn, 4), pad(m.excused, 3), pad(f3(m.precision), 5), pad(f3(m.recall), 5), pad(f3(m.f1), 5), pad(f3(m.strictPrecision), 7), pad(f3(m.strictRecall), 7), pad(f3(m.strictF1), 8)].join(" ");
  for (const t of TYPES) lines.push(row(t, s.types[t]));
  lines.push(row("overall", s.overall));
  lines.push("", "value checks (right/checked on matches)");
  for (const [k, v] of Object.entries(s.checks)) lines.push(`  ${k.padEnd(18)} ${pad(`${v.right}/${v.checked}`, 9)}  ${f3(v.accuracy)}`);
  lines.push("", "links (right/checked on matched gold quantities)");
  for (const k of ["source", "time", "all"] as const) lines.push(`  ${k.padEnd(18)} ${pad(`${s.links[k].right}/${s.links[k].checked}`, 9)}  ${f3(s.links[k].accuracy)}`);
  return lines.join("\n");
}

const q = (s: string): string => JSON.stringify(s.replace(/\s+/g, " "));
const rule = (r: string | undefined): string => (r !== undefined ? ` [${r}]` : "");
const show = (v: unknown): string => (typeof v === "string" ? q(v) : JSON.stringify(v));

export function renderVerbose(r: EvalResult): string {
  const lines: string[] = [];
  for (const a of r.articles) {
    const n = a.misses.length + a.falsePositives.length + a.wrongValues.length + a.wrongLinks.length + a.goldErrors.length;
    if (n === 0) continue;
    lines.push(`== ${a.goldFile} (${a.article})`);
    for (const e of a.goldErrors) lines.push(`  GOLD?  ${e}`);
    for (const m of a.misses) lines.push(`  MISS   ${m.type.padEnd(7)} ${q(m.text)}  ${m.context}`);
    for (const f of a.falsePositives) lines.push(`  FP     ${f.type.padEnd(7)} ${q(f.text)}${rule(f.rule)}  ${f.context}`);
    for (const w of a.wrongValues) {
      const why = w.failed.map((c) => `${c.check}: gold ${show(c.gold)} got ${show(c.got)}`).join("; ");
      lines.push(`  WRONG  ${w.type.padEnd(7)} ${q(w.text)}${rule(w.rule)}  ${why}  ${w.context}`);
    }
    for (const l of a.wrongLinks) lines.push(`  LINK   ${l.type.padEnd(7)} ${q(l.text)}${rule(l.rule)}  ${l.link}: gold ${q(l.gold)} got ${l.got === null ? "none" : q(l.got)}`);
  }
  return lines.join("\n");
}

export function renderProblems(r: EvalResult): string {
  return [
    ...r.failed.map((f) => `skipped ${f.goldFile}: ${f.error}`),
    ...r.cliErrors.map((f) => `claimex failed on ${f.goldFile} (scored as no claims): ${f.error}`),
    ...r.schemaErrors.map((f) => `claimex output for ${f.goldFile} breaks the claimex/v1 schema (scored anyway): ${f.error}`),
  ].join("\n");
}

/** The summary as Markdown tables, for the README's Accuracy section. */
export function renderMarkdown(s: Summary): string {
  const lines = ["| type | gold | P | R | F1 | strict F1 |", "|---|---:|---:|---:|---:|---:|"];
  const row = (name: string, m: Summary["overall"]): string => `| ${name} | ${m.gold} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.f1)} | ${f3(m.strictF1)} |`;
  for (const t of TYPES) lines.push(row(t, s.types[t]));
  lines.push(row("**overall**", s.overall));
  lines.push("", "| link | right / checked | accuracy |", "|---|---:|---:|");
  for (const k of ["source", "time", "all"] as const) lines.push(`| ${k} | ${s.links[k].right} / ${s.links[k].checked} | ${f3(s.links[k].accuracy)} |`);
  return lines.join("\n");
}
