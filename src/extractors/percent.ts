// percent: "76%", "27 per cent", "3.5 pct", "half a percentage point".
import type { Extractor, PercentDraft } from "../types.js";
import { quantityMatches } from "../quantity/index.js";
import { quantityFields } from "./quantity-fields.js";

export const percent: Extractor = {
  name: "percent",
  run(ctx) {
    return quantityMatches(ctx)
      .filter((m) => m.type === "percent")
      .map((m): PercentDraft => ({ type: "percent", ...quantityFields(m), unit: m.percentUnit ?? "percent" }));
  },
};
