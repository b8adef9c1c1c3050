// period: a span of time — "since 2014", "between 2016 and August 2019", "the last 12 months", "2003-04",
// "fourth quarter", "the 1980s", "12 years", "within a week".
import type { Extractor, PeriodDraft } from "../types.js";
import { timeDrafts } from "../time/scan.js";

export const period: Extractor = {
  name: "period",
  run(ctx) {
    return timeDrafts(ctx).filter((d): d is PeriodDraft => d.type === "period");
  },
};
