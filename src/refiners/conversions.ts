// A bracketed conversion takes the qualifier of the amount it converts:
// "up to 30 trillion rupiah ($3.2bn; £1.7bn)" → both conversions are at_most.
import type { Draft, Refiner } from "../types.js";

const MAX_GAP = 80;

export const conversions: Refiner = {
  name: "conversions",
  run(ctx, drafts) {
    let source: Draft | null = null;
    for (const d of drafts) {
      if (d.type !== "money") continue;
      if (source !== null && source.type === "money" && d.qualifier === "exact" && source.qualifier !== "exact" && source.qualifier !== "range") {
        const gap = ctx.text.slice(source.span.end, d.span.start);
        if (gap.length <= MAX_GAP && /^\s*[(\[]/.test(gap) && !/[)\]]/.test(gap)) {
          d.qualifier = source.qualifier;
          d.rule += "+conversion";
          continue; // the next conversion in the same bracket still refers to the first amount
        }
      }
      source = d;
    }
    return drafts;
  },
};
