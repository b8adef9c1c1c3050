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

function toClaim(ctx: Context, d: Draft, ids: ReadonlyMap<Draft, string>): Claim {
  const s = sentenceAt(ctx.sentences, d.span.start);
  const base = {
    id: ids.get(d)!,
    type: d.type,
    text: ctx.text.slice(d.span.start, d.span.end),
    span: { start: d.span.start, end: d.span.end },
    sentence: { index: s?.index ?? 0, text: s?.text ?? "" },
    ...(ctx.options.debug === true ? { rule: d.rule } : {}),
  };
  const { span: _span, rule: _rule, ...fields } = d;
  if (isQuantity(d)) {
    const { time, source, ...rest } = fields as typeof fields & { time?: Draft; source?: Draft };
    const timeId = time !== undefined ? ids.get(time) : undefined;
    const sourceId = source !== undefined ? ids.get(source) : undefined;
    return {
      ...base,
      ...rest,
      ...(timeId !== undefined ? { time: timeId } : {}),
      ...(sourceId !== undefined ? { source: sourceId } : {}),
    } as Claim;
  }
  return { ...base, ...fields } as Claim;
}
