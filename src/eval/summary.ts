// Adding article scores up: per type and overall precision / recall / F1 (loose: any match counts) and strict
// (a match counts only when every value check passed), value-check accuracy and link accuracy.
import type { ClaimType } from "../schema.js";
import { emptyCounts, TYPES, type ArticleScore, type Tally, type TypeCounts } from "./score.js";

export interface Metrics extends TypeCounts {
  precision: number;
  recall: number;
  f1: number;
  strictPrecision: number;
  strictRecall: number;
  strictF1: number;
}

export interface Summary {
  articles: number;
  goldErrors: number;
  types: Record<ClaimType, Metrics>;
  overall: Metrics;
  checks: Record<string, Tally & { accuracy: number }>;
  links: Record<"source" | "time" | "all", Tally & { accuracy: number }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function metrics(c: TypeCounts): Metrics {
  // Predictions that count: matches plus false positives (excused ones are neither).
  const judged = c.tp + c.fp;
  const precision = ratio(c.tp, judged);
  const recall = ratio(c.tp, c.gold);
  const strictPrecision = ratio(c.strictTp, judged);
  const strictRecall = ratio(c.strictTp, c.gold);
  return { ...c, precision, recall, f1: f1(precision, recall), strictPrecision, strictRecall, strictF1: f1(strictPrecision, strictRecall) };
}

const withAccuracy = (t: Tally): Tally & { accuracy: number } => ({ ...t, accuracy: ratio(t.right, t.checked) });

export function summarize(scores: readonly ArticleScore[]): Summary {
  const types = emptyCounts();
  const checks: Record<string, Tally> = {};
  const links = { source: { right: 0, checked: 0 }, time: { right: 0, checked: 0 } };
  for (const s of scores) {
    for (const t of TYPES) for (const k of Object.keys(types[t]) as Array<keyof TypeCounts>) types[t][k] += s.types[t][k];
    for (const [k, v] of Object.entries(s.checks)) {
      const c = (checks[k] ??= { right: 0, checked: 0 });
      c.right += v.right;
      c.checked += v.checked;
    }
    for (const l of ["source", "time"] as const) {
      links[l].right += s.links[l].right;
      links[l].checked += s.links[l].checked;
    }
  }
  const overall = emptyCounts().count;
  for (const t of TYPES) for (const k of Object.keys(overall) as Array<keyof TypeCounts>) overall[k] += types[t][k];
  const all = { right: links.source.right + links.time.right, checked: links.source.checked + links.time.checked };
  return {
    articles: scores.length,
    goldErrors: scores.reduce((n, s) => n + s.goldErrors.length, 0),
    types: Object.fromEntries(TYPES.map((t) => [t, metrics(types[t])])) as Record<ClaimType, Metrics>,
    overall: metrics(overall),
    checks: Object.fromEntries(Object.entries(checks).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, withAccuracy(v)])),
    links: { source: withAccuracy(links.source), time: withAccuracy(links.time), all: withAccuracy(all) },
  };
}
