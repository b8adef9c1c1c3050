// Bare figures that are money by their context (wire style), as rules with ids:
// - "carry-scaled": a scaled figure after a scaled money amount in the same sentence ("17.18 billion N.Z. dlrs,
//   up from 16.74 billion");
// - "carry-versus": a figure right after "vs"/"against" that compares with a money amount ("3.2 mln dlrs vs 2.9 mln");
// - "statement-label": a figure labelled as a line of accounts ("Net loss 7,041,000", "Revs 138.9 mln"), in the
//   currency of the article's nearest money amount, else USD ("$" is USD unless the text says otherwise).
import type { CountDraft, Draft, MoneyDraft, Refiner } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import type { Context } from "../types.js";

const SCALED = /(?:mln|million|bln|billion|bn|m|trillion|tn)$/i;
const MONEY_SCALED = /\d\s*(?:mln|million|bln|billion|bn|m|trillion|tn)\b/i;
const MAX_GAP = 150;
const VERSUS = /(?:\bvs\.?|\bversus|\bagainst|\bcompared with|\bfrom)\s*$/i;
// the label words of a results table, right before the figure ("Net loss", "Oper net", "Revs", "Sales")
const STATEMENT_LABEL = /\b(?:net|net (?:loss|profit|income|earnings)|oper(?:ating)? (?:net|profit|loss)|loss|profit|revs?|revenues?|sales|turnover|income|earnings)\s*$/i;

interface Rule {
  id: string;
  applies(ctx: Context, d: CountDraft, last: MoneyDraft | null, before: string): MoneyDraft | "USD" | null;
}

const sameSentenceNear = (ctx: Context, m: MoneyDraft, d: Draft) =>
  d.span.start - m.span.end <= MAX_GAP && sentenceAt(ctx.sentences, m.span.start) === sentenceAt(ctx.sentences, d.span.start);

const RULES: readonly Rule[] = [
  {
    id: "carry-scaled",
    applies: (ctx, d, last) =>
      last !== null && sameSentenceNear(ctx, last, d) && SCALED.test(ctx.text.slice(d.span.start, d.span.end)) &&
      MONEY_SCALED.test(ctx.text.slice(last.span.start, last.span.end)) ? last : null,
  },
  { id: "carry-versus", applies: (ctx, d, last, before) => (last !== null && sameSentenceNear(ctx, last, d) && VERSUS.test(before) ? last : null) },
  { id: "statement-label", applies: (_ctx, _d, last, before) => (STATEMENT_LABEL.test(before) && !/\bshrs?\s*$/i.test(before) ? last ?? "USD" : null) },
];

export const currencyCarry: Refiner = {
  name: "currency-carry",
  run(ctx, drafts) {
    let last: MoneyDraft | null = null;
    return drafts.map((d): Draft => {
      if (d.type === "money") {
        last = d;
        return d;
      }
      if (d.type !== "count" || d.unit !== null) return d;
      const before = ctx.text.slice(Math.max(0, d.span.start - 40), d.span.start);
      for (const rule of RULES) {
        const from = rule.applies(ctx, d, last, before);
        if (from === null) continue;
        const { unit: _unit, predicate: _predicate, type: _type, ...rest } = d;
        const currency = from === "USD" ? "USD" : from.currency;
        last = { ...rest, type: "money", currency, rule: `${d.rule}+${rule.id}` };
        return last;
      }
      return d;
    });
  },
};
