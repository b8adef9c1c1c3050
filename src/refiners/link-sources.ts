// Each count/money/percent gets the source that states it: the speaker of the quotation it sits in, else the
// source whose reported clause holds it (the nearest cue when two do). A figure in no such stretch is the
// writer's own statement and stays unlinked.
import { isQuantity, type Draft, type Refiner, type SourceDraft } from "../types.js";
import { scopeOf, type Scope, type Stretch } from "../sources/scope.js";

export const linkSources: Refiner = {
  name: "link-sources",
  run(_ctx, drafts) {
    const sources: Array<{ d: SourceDraft; scope: Scope }> = [];
    for (const d of drafts) {
      const scope = d.type === "source" ? scopeOf(d) : undefined;
      if (d.type === "source" && scope !== undefined) sources.push({ d, scope });
    }
    if (sources.length === 0) return drafts;
    for (const d of drafts) {
      if (!isQuantity(d) || d.source !== undefined) continue;
      const at = d.span.start;
      if (sources.some((s) => inside(s.scope.phrase, at))) continue;
      const speaker = sources.find((s) => s.scope.quotes.some((q) => inside(q, at)));
      const linked = speaker ?? nearest(sources.filter((s) => s.scope.regions.some((r) => inside(r, at))), at);
      if (linked !== undefined) d.source = linked.d;
    }
    return drafts;
  },
};

function nearest<T extends { scope: Scope }>(list: T[], at: number): T | undefined {
  let best: T | undefined;
  for (const s of list) if (best === undefined || Math.abs(s.scope.cueAt - at) < Math.abs(best.scope.cueAt - at)) best = s;
  return best;
}

const inside = (s: Stretch, at: number) => at >= s.start && at < s.end;
