// A bare scaled figure after a money amount in the same sentence is money in the same currency:
// "17.18 billion N.Z. dlrs, up from 16.74 billion", "net 328.5 mln dlrs vs 310.2 mln".
import type { Draft, MoneyDraft, Refiner } from "../types.js";
import { sentenceAt } from "../text/sentences.js";

const SCALED = /(?:mln|million|bln|billion|bn|m|trillion|tn)$/i;
const MONEY_SCALED = /\d\s*(?:mln|million|bln|billion|bn|m|trillion|tn)\b/i;
const MAX_GAP = 150;

export const currencyCarry: Refiner = {
  name: "currency-carry",
  run(ctx, drafts) {
    let last: MoneyDraft | null = null;
    return drafts.map((d): Draft => {
      if (d.type === "money") {
        last = d;
        return d;
      }
      if (d.type !== "count" || last === null || d.unit !== null) return d;
      const text = ctx.text.slice(d.span.start, d.span.end);
      const money: MoneyDraft = last;
      const sameSentence = sentenceAt(ctx.sentences, money.span.start) === sentenceAt(ctx.sentences, d.span.start);
      if (!sameSentence || d.span.start - money.span.end > MAX_GAP || !SCALED.test(text)) return d;
      if (!MONEY_SCALED.test(ctx.text.slice(money.span.start, money.span.end))) return d;
      const { unit: _unit, predicate: _predicate, type: _type, ...rest } = d;
      return { ...rest, type: "money", currency: money.currency, rule: `${d.rule}+currency-carry` };
    });
  },
};
