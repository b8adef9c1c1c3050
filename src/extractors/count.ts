// count: "around 1,000 Chinese nationals", "hundreds of", "464,000 subscribers", "three times", "300 tonnes".
import type { CountDraft, Extractor } from "../types.js";
import { quantityMatches } from "../quantity/index.js";
import { quantityFields } from "./quantity-fields.js";

export const count: Extractor = {
  name: "count",
  run(ctx) {
    return quantityMatches(ctx)
      .filter((m) => m.type === "count")
      .map((m): CountDraft => ({
        type: "count",
        ...quantityFields(m),
        unit: m.unit,
        ...(m.predicate !== undefined ? { predicate: m.predicate } : {}),
      }));
  },
};
