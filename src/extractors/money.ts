// money: "$8 billion", "£600m", "US$1.13bn", "8 billion dollars", "30 trillion rupiah", "50p".
import type { Extractor, MoneyDraft } from "../types.js";
import { quantityMatches } from "../quantity/index.js";
import { quantityFields } from "./quantity-fields.js";

export const money: Extractor = {
  name: "money",
  run(ctx) {
    return quantityMatches(ctx)
      .filter((m) => m.type === "money")
      .map((m): MoneyDraft => ({ type: "money", ...quantityFields(m), currency: m.currency }));
  },
};
