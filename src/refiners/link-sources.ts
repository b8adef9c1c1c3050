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
    // One sweep over figures and stretches in text order (testing every source for every figure was quadratic:
    // a 50 MB archive has hundreds of thousands of each). Same choice as before: a figure inside a source's phrase
    // is nobody's; else the first source (in draft order) whose quotation holds it; else the nearest cue among the
    // sources whose reported clause holds it, the earlier source on a tie.
    const stretches: Array<Stretch & { kind: "phrase" | "quote" | "region"; si: number }> = [];
    sources.forEach((s, si) => {
      stretches.push({ ...s.scope.phrase, kind: "phrase", si });
      for (const q of s.scope.quotes) stretches.push({ ...q, kind: "quote", si });
      for (const r of s.scope.regions) stretches.push({ ...r, kind: "region", si });
    });
    stretches.sort((a, b) => a.start - b.start);
    const figures = drafts.filter((d) => isQuantity(d) && d.source === undefined).sort((a, b) => a.span.start - b.span.start);
    let active: typeof stretches = [];
    let next = 0;
    for (const d of figures) {
      if (!isQuantity(d)) continue;
      const at = d.span.start;
      while (next < stretches.length && stretches[next]!.start <= at) active.push(stretches[next++]!);
      active = active.filter((s) => s.end > at);
      if (active.some((s) => s.kind === "phrase")) continue;
      let speaker = -1;
      for (const s of active) if (s.kind === "quote" && (speaker === -1 || s.si < speaker)) speaker = s.si;
      let linked = speaker;
      if (linked === -1) {
        for (const s of active) {
          if (s.kind !== "region") continue;
          const dist = Math.abs(sources[s.si]!.scope.cueAt - at);
          const best = linked === -1 ? Infinity : Math.abs(sources[linked]!.scope.cueAt - at);
          if (dist < best || (dist === best && s.si < linked)) linked = s.si;
        }
      }
      if (linked !== -1) d.source = sources[linked]!.d;
    }
    return drafts;
  },
};

