// "shares which have advanced 4% this month", "sales have risen 10% so far this year": after a change told in the
// perfect, "this month" is the span from the month's start to now (to date), not a point. The reference date, when
// known, gives both ends; else they stay unknown. Elsewhere "this year" stays a date ("growth of 4% this year").
import type { Draft, PeriodDraft, Refiner } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import { CHANGE_PASTS } from "../lexicon/change-verbs.js";

const THIS_UNIT = /^this (week|month|year)$/i;
/** A change in the perfect right before the time ("have advanced 4%", "has risen by 10 pct", "have fallen"). */
const PERFECT_CHANGE = new RegExp(`\\b(?:has|have)\\s+(?:\\w+ly\\s+|already\\s+|also\\s+)?(?:${[...CHANGE_PASTS].join("|")})\\b[^.;:!?]{0,30}$`, "i");
const SO_FAR = /\bso far\s*$/i;
const DURATIONS: Readonly<Record<string, string>> = { week: "P1W", month: "P1M", year: "P1Y" };

export const toDate: Refiner = {
  name: "to-date",
  run(ctx, drafts) {
    return drafts.map((d): Draft => {
      if (d.type !== "date") return d;
      const m = THIS_UNIT.exec(ctx.text.slice(d.span.start, d.span.end));
      if (m === null) return d;
      const s = sentenceAt(ctx.sentences, d.span.start);
      const before = ctx.text.slice(Math.max(s?.start ?? 0, d.span.start - 80), d.span.start);
      if (!PERFECT_CHANGE.test(before) && !SO_FAR.test(before)) return d;
      const unit = m[1]!.toLowerCase();
      const ref = ctx.referenceDate;
      const period: PeriodDraft = {
        type: "period",
        span: d.span,
        rule: `${d.rule}+to-date`,
        start: ref === null || unit === "week" ? null : unit === "year" ? ref.slice(0, 4) : ref.slice(0, 7),
        end: ref === null || unit === "week" ? null : ref,
        // the unit it runs in, as the annotation reads "this month" (P1M)
        duration: DURATIONS[unit] ?? null,
      };
      return period;
    });
  },
};
