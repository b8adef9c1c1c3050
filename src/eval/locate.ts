// Finding gold items in the article: `text` plus `nth` (0-based occurrence) or `at` (offset of the occurrence).
import type { GoldItem } from "./gold.js";

export interface Span {
  start: number;
  end: number;
}

/** Every start offset of `needle` in `text`, overlapping occurrences included. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

export type Located = { ok: true; span: Span } | { ok: false; error: string };

export function locate(article: string, item: Pick<GoldItem, "text" | "nth" | "at">): Located {
  const found = occurrences(article, item.text);
  const len = item.text.length;
  if (found.length === 0) return { ok: false, error: `text ${JSON.stringify(item.text)} is not in the article` };
  if (item.at !== undefined && item.nth !== undefined) return { ok: false, error: `${JSON.stringify(item.text)} has both nth and at` };
  if (item.at !== undefined) {
    if (!found.includes(item.at)) return { ok: false, error: `${JSON.stringify(item.text)} does not occur at ${item.at} (occurs at ${found.slice(0, 5).join(", ")})` };
    return { ok: true, span: { start: item.at, end: item.at + len } };
  }
  if (item.nth !== undefined) {
    const start = found[item.nth];
    if (start === undefined) return { ok: false, error: `${JSON.stringify(item.text)} nth ${item.nth} but it occurs ${found.length} time(s)` };
    return { ok: true, span: { start, end: start + len } };
  }
  if (found.length > 1) return { ok: false, error: `${JSON.stringify(item.text)} occurs ${found.length} times: give nth or at` };
  return { ok: true, span: { start: found[0]!, end: found[0]! + len } };
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Spans of every occurrence of each text (debatable texts, link targets). */
export function allSpans(article: string, texts: readonly string[]): Span[] {
  return texts.flatMap((t) => occurrences(article, t).map((start) => ({ start, end: start + t.length })));
}
