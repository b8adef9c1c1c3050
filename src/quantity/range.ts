// Ranges: "between 10 and 20", "20-30bn rupiah", "10 to 15%", "$20-30bn", "1,750 to 1,780 dlrs".
// The two ends share what only one of them writes (currency, scale, percent sign).
import type { Token } from "../text/tokens.js";
import { readAmount, round, type Amount } from "./read-amount.js";

const DASHES = new Set(["-", "–", "—"]);

// "rose from 10 to 20", "up 23,600 to 27,700", "edged up 0.1% to 4.7%": a change and its result, not a range.
const CHANGE_BEFORE = new Set(["from", "up", "down", "by", "rose", "fell", "gained", "lost", "jumped", "dropped", "climbed", "slipped", "added", "shed"]);

export interface JoinedRange {
  amount: Amount;
  /** token index where the range starts ("between" included) */
  begin: number;
  low: number;
  high: number;
  rule: string;
}

export function joinRange(tokens: readonly Token[], a: Amount): JoinedRange | null {
  const c = tokens[a.end];
  if (c === undefined) return null;
  const between = tokens[a.begin - 1]?.lower === "between";
  let rule: string;
  if (DASHES.has(c.text)) rule = "range-dash";
  else if (c.lower === "to") rule = "range-to";
  else if (c.lower === "and" && between) rule = "range-between";
  else return null;
  if (a.num.kind === "vague" || a.num.kind === "multiplier" || (a.num.kind === "fraction" && !a.scaled)) return null;
  const b = readAmount(tokens, secondStart(tokens, a.end + 1), a.end + 1);
  if (b === null || b.num.kind === "vague" || b.num.kind === "multiplier" || (b.num.kind === "fraction" && !b.scaled)) return null;
  if (b.begin !== a.end + 1) return null; // only a currency sign may stand before the second number
  if (rule === "range-dash" && b.begin !== b.num.begin && b.currency === null) return null;
  // after a verb of change, "A to B" is a change unless A borrows its unit from B ("went up 10 to 15%")
  if (rule === "range-to" && CHANGE_BEFORE.has(tokens[a.begin - 1]?.lower ?? "") && !(a.type === "count" && b.type !== "count")) return null;

  // Share type, currency, scale and percent sign between the ends.
  if (a.type !== b.type && a.type !== "count" && b.type !== "count") return null;
  const type = a.type !== "count" ? a.type : b.type;
  const currency = a.currency ?? b.currency;
  const percentUnit = a.percentUnit ?? b.percentUnit;
  const fraction = currency?.fraction ?? 1;
  const lowScale = a.scaled ? a.scale : b.scale;
  const low = round(a.num.value * lowScale * fraction);
  const high = round(b.num.value * b.scale * fraction);
  if (!(low < high)) return null; // "3-1" is a score, "2003-04" handled by years; ranges rise
  if (rule === "range-dash" && a.num.kind === "digits" && /^\d{4}$/.test(tokens[a.num.begin]!.text) && !a.scaled && type === "count") return null;
  const amount: Amount = {
    ...a,
    type,
    value: low,
    end: b.end,
    scaled: a.scaled || b.scaled,
    scale: lowScale,
    currency,
    percentUnit,
  };
  return { amount, begin: between ? a.begin - 1 : a.begin, low, high, rule };
}

/** Where the second end's number starts: right after the joiner, or after a currency sign written again
 * ("between $10 and $20", "$24-$26", "£40m-£50m", "US$5 to US$7"). */
function secondStart(tokens: readonly Token[], k: number): number {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (j > k && t.spaced) break;
    if (t.kind === "num") return j;
  }
  return k;
}
