// Each count/money/percent gets the source that states it: the speaker of the quotation it sits in, else the
// source whose reported clause holds it (the nearest cue when two do). A figure in no such stretch is the
// writer's own statement and stays unlinked.
import { isQuantity, type Refiner, type SourceDraft } from "../types.js";
import { scopeOf, type Scope, type Stretch } from "../sources/scope.js";

interface Owned extends Stretch {
  owner: { d: SourceDraft; scope: Scope };
}

export const linkSources: Refiner = {
  name: "link-sources",
  run(_ctx, drafts) {
    const sources: Array<{ d: SourceDraft; scope: Scope }> = [];
    for (const d of drafts) {
      const scope = d.type === "source" ? scopeOf(d) : undefined;
      if (d.type === "source" && scope !== undefined) sources.push({ d, scope });
    }
    if (sources.length === 0) return drafts;
    // stretches sorted by start; sources and quotations do not nest, regions of one sentence may overlap
    const phrases = sorted(sources.map((s) => ({ ...s.scope.phrase, owner: s })));
    const quotes = sorted(sources.flatMap((s) => s.scope.quotes.map((q) => ({ ...q, owner: s }))));
    const regions = sorted(sources.flatMap((s) => s.scope.regions.map((r) => ({ ...r, owner: s }))));
    for (const d of drafts) {
      if (!isQuantity(d) || d.source !== undefined) continue;
      const at = d.span.start;
      if (containing(phrases, at).length > 0) continue;
      const speaker = containing(quotes, at)[0];
      const linked = speaker?.owner ?? nearest(containing(regions, at), at);
      if (linked !== undefined) d.source = linked.d;
    }
    return drafts;
  },
};

interface Sorted extends Array<Owned> {
  longest?: number;
}

function sorted(list: Owned[]): Sorted {
  const out: Sorted = list.sort((a, b) => a.start - b.start);
  out.longest = list.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  return out;
}

/** The stretches holding `at`: those starting at or before it, looked at back no further than the longest one. */
function containing(list: Sorted, at: number): Owned[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const out: Owned[] = [];
  for (let k = lo - 1; k >= 0 && at - list[k]!.start <= (list.longest ?? 0); k--) if (at < list[k]!.end) out.push(list[k]!);
  return out;
}

function nearest(list: Owned[], at: number): Owned["owner"] | undefined {
  let best: Owned | undefined;
  for (const s of list) if (best === undefined || Math.abs(s.owner.scope.cueAt - at) < Math.abs(best.owner.scope.cueAt - at)) best = s;
  return best?.owner;
}
