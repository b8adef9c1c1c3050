// Scoring one article: locate the gold, match, run the value checks on each match, check the links.
import type { Claim, ClaimType } from "../schema.js";
import { valueChecks, type CheckResult } from "./checks.js";
import { isGoldQuantity, type GoldFile } from "./gold.js";
import { allSpans, locate, overlap, type Span } from "./locate.js";
import { matchClaims, type PlacedGold } from "./match.js";
import { nameMatches } from "./words.js";

export interface Tally {
  right: number;
  checked: number;
}

export interface TypeCounts {
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  excused: number;
  /** Matches whose every value check passed. */
  strictTp: number;
}

export interface Finding {
  type: ClaimType;
  text: string;
  span: Span;
  context: string;
  rule?: string;
}

export interface ArticleScore {
  article: string;
  /** Gold items that could not be located (a malformed gold file); they are left out of the counts. */
  goldErrors: string[];
  types: Record<ClaimType, TypeCounts>;
  /** Keyed "type.check", e.g. "money.currency". */
  checks: Record<string, Tally>;
  links: { source: Tally; time: Tally };
  misses: Array<Finding & { gold: Record<string, unknown> }>;
  falsePositives: Finding[];
  wrongValues: Array<Finding & { goldText: string; failed: CheckResult[] }>;
  wrongLinks: Array<Finding & { link: "source" | "time"; gold: string; got: string | null }>;
}

export const TYPES: readonly ClaimType[] = ["count", "money", "percent", "date", "period", "source"];

export function emptyCounts(): Record<ClaimType, TypeCounts> {
  return Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, tp: 0, fp: 0, fn: 0, excused: 0, strictTp: 0 }])) as Record<
    ClaimType,
    TypeCounts
  >;
}

/** ±50 characters around a span, on one line, for reading a finding without opening the article. */
export function contextOf(text: string, span: Span): string {
  const from = Math.max(0, span.start - 50);
  const to = Math.min(text.length, span.end + 50);
  const clip = (s: string): string => s.replace(/\s+/g, " ");
  return `${from > 0 ? "…" : ""}${clip(text.slice(from, span.start))}[[${clip(text.slice(span.start, span.end))}]]${clip(text.slice(span.end, to))}${to < text.length ? "…" : ""}`;
}

export function scoreArticle(gold: GoldFile, articleText: string, claims: readonly Claim[]): ArticleScore {
  const goldErrors: string[] = [];
  const placed: PlacedGold[] = [];
  gold.items.forEach((item, index) => {
    const at = locate(articleText, item);
    if (at.ok) placed.push({ item, span: at.span, index });
    else goldErrors.push(`item ${index}: ${at.error}`);
  });
  const m = matchClaims(placed, claims, allSpans(articleText, gold.debatable));
  const types = emptyCounts();
  for (const p of placed) types[p.item.type].gold++;
  for (const c of claims) types[c.type].predicted++;
  for (const p of m.misses) types[p.item.type].fn++;
  for (const c of m.falsePositives) types[c.type].fp++;
  for (const c of m.excused) types[c.type].excused++;

  const finding = (c: Claim): Finding => ({ type: c.type, text: c.text, span: c.span, context: contextOf(articleText, c.span), ...(c.rule !== undefined ? { rule: c.rule } : {}) });
  const score: ArticleScore = {
    article: gold.article,
    goldErrors,
    types,
    checks: {},
    links: { source: { right: 0, checked: 0 }, time: { right: 0, checked: 0 } },
    misses: m.misses.map((p) => ({ type: p.item.type, text: p.item.text, span: p.span, context: contextOf(articleText, p.span), gold: p.item })),
    falsePositives: m.falsePositives.map(finding),
    wrongValues: [],
    wrongLinks: [],
  };
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const { gold: g, claim } of m.pairs) {
    types[claim.type].tp++;
    const results = valueChecks(g.item, claim);
    for (const r of results) {
      const tally = (score.checks[`${claim.type}.${r.check}`] ??= { right: 0, checked: 0 });
      tally.checked++;
      if (r.ok) tally.right++;
    }
    const failed = results.filter((r) => !r.ok);
    if (failed.length === 0) types[claim.type].strictTp++;
    else score.wrongValues.push({ ...finding(claim), goldText: g.item.text, failed });
    if (!isGoldQuantity(g.item) || !(claim.type === "count" || claim.type === "money" || claim.type === "percent")) continue;
    if (g.item.source !== undefined) {
      const target = claim.source !== undefined ? byId.get(claim.source) : undefined;
      const got = target?.type === "source" ? target.name : null;
      const ok = got !== null && nameMatches(g.item.source, got);
      tallyLink(score, "source", ok, finding(claim), g.item.source, got);
    }
    if (g.item.time !== undefined) {
      const target = claim.time !== undefined ? byId.get(claim.time) : undefined;
      // The time text may occur several times in the article: any occurrence will do.
      const ok = target !== undefined && allSpans(articleText, [g.item.time]).some((s) => overlap(s, target.span) > 0);
      tallyLink(score, "time", ok, finding(claim), g.item.time, target?.text ?? null);
    }
  }
  return score;
}

function tallyLink(score: ArticleScore, link: "source" | "time", ok: boolean, f: Finding, gold: string, got: string | null): void {
  score.links[link].checked++;
  if (ok) score.links[link].right++;
  else score.wrongLinks.push({ ...f, link, gold, got });
}
