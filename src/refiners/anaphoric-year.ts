// "In 1999, when BMW still owned Rover, … During that year, 3,500 people produced 56,000 cars": "that year" (and "the
// same year") is the year the text named last, in its own sentence or the two before it. Further back, or with no
// year named, it stays unplaced.
import type { Context, Draft, Refiner } from "../types.js";
import { sentenceAt } from "../text/sentences.js";

const MAX_SENTENCES_BACK = 2;
const ANAPHORIC = /^(?:that|the same) year$/i;
const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b/;

export const anaphoricYear: Refiner = {
  name: "anaphoric-year",
  run(ctx, drafts) {
    let lastYear: { y: string; sentence: number } | null = null;
    for (const d of drafts) {
      // only time drafts name or take a year: the rest (most drafts) need no sentence look-up or text
      if (d.type !== "date" && d.type !== "period") continue;
      const at = sentenceAt(ctx.sentences, d.span.start)?.index ?? -1;
      if (d.type === "period" && d.start === null && d.end === null && ANAPHORIC.test(textOf(ctx, d))) {
        if (lastYear !== null && at - lastYear.sentence <= MAX_SENTENCES_BACK) {
          d.start = lastYear.y;
          d.end = lastYear.y;
          d.rule += "+anaphoric-year";
        }
        continue;
      }
      // only a year the text writes out ("April 1989"; not "September" resolved against the reference date)
      const y = WRITTEN_YEAR.test(textOf(ctx, d)) ? yearOf(d) : null;
      if (y !== null) lastYear = { y, sentence: at };
    }
    return drafts;
  },
};

function textOf(ctx: Context, d: Draft): string {
  return ctx.text.slice(d.span.start, d.span.end);
}

/** The one year a date or a period within a year names ("1999", "March 1999", "the first half of 2004"). */
function yearOf(d: Draft): string | null {
  if (d.type === "date") return d.date?.slice(0, 4) ?? null;
  if (d.type !== "period" || d.start === null || d.end === null) return null;
  const y = d.start.slice(0, 4);
  return d.end.slice(0, 4) === y ? y : null;
}
