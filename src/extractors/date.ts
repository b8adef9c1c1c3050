// date: a point in time — "Oct 12, 2017", "12 January", "Thursday", "August", "2014", "last year", "yesterday".
import type { DateDraft, Extractor } from "../types.js";
import { timeDrafts } from "../time/scan.js";

export const date: Extractor = {
  name: "date",
  run(ctx) {
    return timeDrafts(ctx).filter((d): d is DateDraft => d.type === "date");
  },
};
