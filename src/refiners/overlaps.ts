// One claim per stretch of text: time expressions own their numbers ("the last 12 months", "since 2014"),
// and of two overlapping quantities the longer wins.
import { isQuantity, type Draft, type Refiner } from "../types.js";

const isTime = (d: Draft) => d.type === "date" || d.type === "period";

export const overlaps: Refiner = {
  name: "overlaps",
  run(_ctx, drafts) {
    const sorted = [...drafts].sort((a, b) => a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start));
    const kept: Draft[] = [];
    for (const d of sorted) {
      let drop = false;
      for (let k = kept.length - 1; k >= 0; k--) {
        const o = kept[k]!;
        if (o.span.end <= d.span.start) {
          if (d.span.start - o.span.end > 200) break;
          continue;
        }
        if (!overlap(o, d)) continue;
        if (o.type === "source" || d.type === "source") continue; // sources may hold figures in their names
        if (isQuantity(d) && isTime(o)) drop = true;
        else if (isQuantity(o) && isTime(d)) kept.splice(k, 1);
        else if (o.type === d.type || (isQuantity(o) && isQuantity(d)) || (isTime(o) && isTime(d))) {
          if (d.span.end - d.span.start > o.span.end - o.span.start) kept.splice(k, 1);
          else drop = true;
        }
        if (drop) break;
      }
      if (!drop) kept.push(d);
    }
    return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  },
};

function overlap(a: Draft, b: Draft): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
