// "Nine consulates … will also be closed. … local staff replacing UK representation in another 11": a count after
// "another", "a further" or "an additional" with nothing counted after it counts what the count before it counts,
// in its sentence or the one before. Only those words: they say the figure adds to the same kind of thing.
import type { CountDraft, Refiner } from "../types.js";
import { sentenceAt } from "../text/sentences.js";

const ADDING = /\b(?:another|a further|an additional|an extra)\s*$/i;
const MAX_SENTENCES_BACK = 1;

export const unitCarry: Refiner = {
  name: "unit-carry",
  run(ctx, drafts) {
    let last: { unit: string; sentence: number } | null = null;
    for (const d of drafts) {
      if (d.type !== "count") continue;
      const at = sentenceAt(ctx.sentences, d.span.start)?.index ?? -1;
      if (d.unit !== null) {
        last = { unit: d.unit, sentence: at };
        continue;
      }
      const before = ctx.text.slice(Math.max(0, d.span.start - 20), d.span.start);
      if (last === null || at - last.sentence > MAX_SENTENCES_BACK || !ADDING.test(before)) continue;
      (d as CountDraft).unit = last.unit;
      d.rule += "+unit-carry";
    }
    return drafts;
  },
};
