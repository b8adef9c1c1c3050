// The quantity scan of a whole document, computed once and shared by the count, money and percent extractors.
import type { Context } from "../types.js";
import { mightHoldQuantity, scanSentence, type QuantityMatch } from "./scan.js";

export interface ScannedMatch extends QuantityMatch {
  sentence: number;
}

const cache = new WeakMap<Context, ScannedMatch[]>();

export function quantityMatches(ctx: Context): ScannedMatch[] {
  const hit = cache.get(ctx);
  if (hit !== undefined) return hit;
  const out: ScannedMatch[] = [];
  for (const s of ctx.sentences) {
    if (!mightHoldQuantity(s.text)) continue;
    // the matches are fresh objects read only here: they take their sentence in place (the last key, as a copy
    // with it would have)
    for (const m of scanSentence(ctx.text, s).matches) {
      (m as ScannedMatch).sentence = s.index;
      out.push(m as ScannedMatch);
    }
  }
  cache.set(ctx, out);
  return out;
}
