// Turning drafts into the claimex/v1 document: order, ids, sentences, links as ids, type filter.
import type { Claim, ClaimexDocument } from "./schema.js";
import { SCHEMA_ID } from "./schema.js";
import type { Context, Draft } from "./types.js";
import { isQuantity } from "./types.js";
import { sentenceAt } from "./text/sentences.js";

export function buildDocument(ctx: Context, drafts: readonly Draft[]): ClaimexDocument {
  const types = ctx.options.types;
  const kept = drafts
    .filter((d) => types === undefined || types.includes(d.type))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const ids = new Map<Draft, string>();
  kept.forEach((d, i) => ids.set(d, `c${i + 1}`));
  const claims = kept.map((d) => toClaim(ctx, d, ids));
  return { schema: SCHEMA_ID, input: ctx.options.input ?? "-", referenceDate: ctx.referenceDate, claims };
}

const LINKS = new Set(["time", "source"]);

function toClaim(ctx: Context, d: Draft, ids: ReadonlyMap<Draft, string>): Claim {
  const s = sentenceAt(ctx.sentences, d.span.start);
  const claim: Record<string, unknown> = {
    id: ids.get(d)!,
    type: d.type,
    text: ctx.text.slice(d.span.start, d.span.end),
    span: { start: d.span.start, end: d.span.end },
    sentence: { index: s?.index ?? 0, text: s?.text ?? "" },
  };
  if (ctx.options.debug === true) claim["rule"] = d.rule;
  const linksAllowed = isQuantity(d);
  // for…in rather than Object.entries: drafts are plain object literals (no inherited keys), the order is the same,
  // and no [key, value] pair is built per field of every claim
  const fields = d as unknown as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (key === "span" || key === "rule" || key === "type" || value === undefined) continue;
    if (linksAllowed && LINKS.has(key)) {
      // links are draft references until here; a link to a claim filtered out by --types is dropped
      const id = ids.get(value as Draft);
      if (id !== undefined) claim[key] = id;
    } else claim[key] = value;
  }
  return claim as Claim;
}
