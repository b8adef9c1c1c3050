// Matching predicted claims to gold items: same type, overlapping spans, one to one. Pairs are taken greedily
// by overlap (largest first), so each claim ends up with the gold item it overlaps most among those still free,
// and a claim spanning two gold items takes only one of them.
import type { Claim } from "../schema.js";
import type { GoldItem } from "./gold.js";
import { overlap, type Span } from "./locate.js";

export interface PlacedGold {
  item: GoldItem;
  span: Span;
  /** Index of the item in its gold file, for reports. */
  index: number;
}

export interface Matching {
  pairs: Array<{ gold: PlacedGold; claim: Claim }>;
  misses: PlacedGold[];
  falsePositives: Claim[];
  /** Unmatched claims that overlap a debatable text: neither rewarded nor penalised. */
  excused: Claim[];
}

export function matchClaims(golds: readonly PlacedGold[], claims: readonly Claim[], debatable: readonly Span[]): Matching {
  const candidates: Array<{ g: number; c: number; size: number; drift: number }> = [];
  golds.forEach((gold, g) => {
    claims.forEach((claim, c) => {
      if (claim.type !== gold.item.type) return;
      const size = overlap(gold.span, claim.span);
      if (size > 0) candidates.push({ g, c, size, drift: Math.abs(gold.span.start - claim.span.start) + Math.abs(gold.span.end - claim.span.end) });
    });
  });
  candidates.sort((a, b) => b.size - a.size || a.drift - b.drift || a.c - b.c || a.g - b.g);
  const goldTaken = new Set<number>();
  const claimTaken = new Set<number>();
  const pairs: Matching["pairs"] = [];
  for (const { g, c } of candidates) {
    if (goldTaken.has(g) || claimTaken.has(c)) continue;
    goldTaken.add(g);
    claimTaken.add(c);
    pairs.push({ gold: golds[g]!, claim: claims[c]! });
  }
  pairs.sort((a, b) => a.gold.span.start - b.gold.span.start);
  const misses = golds.filter((_, g) => !goldTaken.has(g));
  const unmatched = claims.filter((_, c) => !claimTaken.has(c));
  const isDebatable = (claim: Claim): boolean => debatable.some((d) => overlap(d, claim.span) > 0);
  return {
    pairs,
    misses,
    falsePositives: unmatched.filter((c) => !isDebatable(c)),
    excused: unmatched.filter(isDebatable),
  };
}
