// Each count, money and percent draft gets `time`: the date or period in the same clause that scopes it
// ("around $8 billion between 2016 and August 2019"; "at least 2,700 … since 2014"). The nearest wins, and one
// after the figure is preferred: news writes the figure first and its time frame after ("rose 5% in 2004").
// A time that belongs to another figure is not borrowed: "2.0% this year and 1.9% from 2.4% in 2005" gives
// 1.9% the year 2005, and "up 27% from its 2003 performance" is a comparison, not 27%'s time frame. With no time
// in the clause, a frame that opens the sentence ("In October, …", "Last year, …") scopes it; else no link.
// Work per sentence is about (figures + times) × log: a figure looks only at the times within REACH of it, and
// every "which figure/time/break lies between" question is a binary search (a results table packs hundreds of
// figures and years into one sentence: comparing each figure with every time made that quadratic).
import { isQuantity, type Draft, type QuantityDraft, type Refiner, type Sentence } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import { clauseBreaks } from "../text/clauses.js";

/** A time frame before the figure counts as this much further away than one after it. */
const BEFORE_PENALTY = 1.5;
/** Text between a figure and a time that makes the time the figure's own ("2.0% this year", "2.8% in 2005"). */
// (one \s* per side of the preposition: two adjacent \s* backtrack quadratically over a run of spaces)
const ATTACHED = /^(?:['’]s)?\s*(?:(?:in|on|at|for|during|over)\s*)?$/;
/** Words that introduce the base of a comparison. */
const COMPARISON = /\b(?:from|than|compared (?:with|to)|against|versus)\b/;
/** q is itself the base of a comparison ("a loss for the last three months of 2004, against a $375m profit a year
 * before"): the time before it belongs to the figure compared with it. */
const BASE_BEFORE = /\b(?:than|compared (?:with|to)|against|versus)(?:\s+(?:a|an|the|its|their))?\s*$/;
/** Times that are a comparison's base by nature ("a year earlier", "the prior year"). */
const BASELINE_RULES = /^date-(?:anaphoric|previous-unit)/;
const FRAME_LEAD = 40;
const DATELINE_REACH = 400;
/** A time further than this from the figure (in characters of text between them) is not its time frame. */
const REACH = 250;
const STATEMENT = /\b(?:said|says|announced|told \w+|reported|added|stated|confirmed|disclosed|revealed|warned|wrote)\s+(?:late |early )?on\s+$/;

interface Group {
  /** By start offset (ties in draft order); rank[k] is times[k]'s place in draft order, which breaks ties of distance. */
  times: Draft[];
  rank: number[];
  /** The longest time's length: the times ending within REACH before a figure start at most this much earlier. */
  longest: number;
  quantities: QuantityDraft[];
  breaks: number[];
  sentence: Sentence;
  /** The figures right before and right after each time, when nothing but "in"/"'s"/spaces separates them. */
  left: Map<Draft, QuantityDraft>;
  right: Map<Draft, QuantityDraft>;
}

export const linkTime: Refiner = {
  name: "link-time",
  run(ctx, drafts) {
    const groups = new Map<number, Group>();
    for (const d of drafts) {
      if (d.type !== "date" && d.type !== "period" && !isQuantity(d)) continue;
      const s = sentenceAt(ctx.sentences, d.span.start);
      if (s === undefined) continue;
      let g = groups.get(s.index);
      if (g === undefined) groups.set(s.index, (g = { times: [], rank: [], longest: 0, quantities: [], breaks: [], sentence: s, left: new Map(), right: new Map() }));
      if (isQuantity(d)) g.quantities.push(d);
      else if (!isDateline(ctx.text, d) && !datesStatement(ctx.text, d)) g.times.push(d);
    }
    for (const g of groups.values()) {
      if (g.times.length === 0) continue;
      g.breaks = clauseBreaks(g.sentence);
      g.quantities.sort((a, b) => a.span.start - b.span.start);
      const order = new Map(g.times.map((t, i) => [t, i]));
      g.times.sort((a, b) => a.span.start - b.span.start || order.get(a)! - order.get(b)!);
      g.rank = g.times.map((t) => order.get(t)!);
      g.longest = g.times.reduce((m, t) => Math.max(m, t.span.end - t.span.start), 0);
      findNeighbours(ctx.text, g);
      const opening = frame(ctx.text, g);
      for (const q of g.quantities) {
        if (q.time !== undefined) continue;
        const t = nearest(ctx.text, g, q) ?? opening;
        if (t !== undefined) q.time = t;
      }
    }
    return drafts;
  },
};

function nearest(text: string, g: Group, q: QuantityDraft): Draft | undefined {
  // the times in reach and in q's clause (only those starting from REACH + the longest time's length before q on
  // can be), then, nearest first (the same distance: first in draft order), the first that is not another
  // figure's or a comparison's base — usually the nearest, so the text between is read once or twice, not for all
  const near: number[] = [];
  const gaps: number[] = [];
  const last = q.span.end + REACH;
  for (let k = firstFrom(g.times, q.span.start - REACH - g.longest); k < g.times.length && g.times[k]!.span.start <= last; k++) {
    const t = g.times[k]!;
    const after = t.span.start >= q.span.end;
    const [a, b] = after ? [q.span.end, t.span.start] : [t.span.end, q.span.start];
    if (b < a || b - a > REACH || crosses(g.breaks, a, b)) continue;
    near.push(k);
    gaps.push(after ? b - a : (b - a) * BEFORE_PENALTY);
  }
  while (near.length > 0) {
    let i = 0;
    for (let j = 1; j < near.length; j++) {
      if (gaps[j]! < gaps[i]! || (gaps[j] === gaps[i] && g.rank[near[j]!]! < g.rank[near[i]!]!)) i = j;
    }
    const t = g.times[near[i]!]!;
    const refused = t.span.start >= q.span.end
      ? isComparisonBase(text, g, q, t)
      : attachedElsewhere(text, g, q, t) || BASE_BEFORE.test(text.slice(t.span.end, q.span.start));
    if (!refused) return t;
    near.splice(i, 1);
    gaps.splice(i, 1);
  }
  return undefined;
}

/** Index of the first draft in `list` (sorted by start) that starts at or after `at`. */
function firstFrom(list: readonly Draft[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a clause break lies in [a, b) (breaks sorted). */
function crosses(breaks: readonly number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < breaks.length && breaks[lo]! < b;
}

/** "up 27% from its 2003 performance", "£75m compared with £125m a year earlier": t is what q is compared with. */
function isComparisonBase(text: string, g: Group, q: QuantityDraft, t: Draft): boolean {
  const between = text.slice(q.span.end, t.span.start);
  const m = COMPARISON.exec(between);
  if (m === null) return false;
  if (BASELINE_RULES.test(t.rule)) return true;
  const from = q.span.end + m.index;
  // "1.9% from 2.4% in 2005": another figure between the comparison word and the time makes 2005 both figures' year
  for (let k = firstFrom(g.quantities, from); k < g.quantities.length && g.quantities[k]!.span.start < t.span.start; k++) {
    if (g.quantities[k] !== q) return false;
  }
  return true;
}

/** A time right next to another figure is that figure's when a list separates it from q ("2.0% this year and
 * 1.9%", "last year's 40 cts a share, falling to 34 cts"), but not in "narrowed by 4.9% in December to £56.4bn". */
function attachedElsewhere(text: string, g: Group, q: QuantityDraft, t: Draft): boolean {
  if (!/\band\b|,/.test(text.slice(t.span.end, q.span.start))) return false;
  const before = g.left.get(t);
  const after = g.right.get(t);
  return (before !== undefined && before !== q) || (after !== undefined && after !== q && after.span.end <= q.span.start);
}

/** For each time, the figure right before it and right after it, if attached: the first figure starting at or
 *  after the time's end, and the last one before that which ends by the time's start. */
function findNeighbours(text: string, g: Group): void {
  const qs = g.quantities;
  for (const t of g.times) {
    const k = firstFrom(qs, t.span.end);
    const after = qs[k];
    let j = k - 1;
    while (j >= 0 && qs[j]!.span.end > t.span.start) j--;
    const before = j >= 0 ? qs[j] : undefined;
    if (before !== undefined && t.span.start - before.span.end <= 12 && ATTACHED.test(text.slice(before.span.end, t.span.start))) g.left.set(t, before);
    if (after !== undefined && after.span.start - t.span.end <= 12 && ATTACHED.test(text.slice(t.span.end, after.span.start))) g.right.set(t, after);
  }
}

/** "ATLANTA, Feb 26 - Red Lion Inns said …": the dateline dates the report, not the figures in it. */
function isDateline(text: string, t: Draft): boolean {
  if (t.span.start > DATELINE_REACH) return false;
  const lineStart = text.lastIndexOf("\n", t.span.start - 1) + 1;
  return /,\s*$/.test(text.slice(lineStart, t.span.start)) && /^\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s/.test(text.slice(t.span.end, t.span.end + 40));
}

/** "…, the chairman said on Monday": the day the statement was made, not the figure's time frame. */
function datesStatement(text: string, t: Draft): boolean {
  return STATEMENT.test(text.slice(Math.max(0, t.span.start - 30), t.span.start));
}

/** A time that opens the sentence and scopes all of it: "In October, …", "Since 1997 10 posts …", "During
 * 2004 about 25 million …", "Reporting its results for the three months to 31 December 2004, …". */
function frame(text: string, g: Group): Draft | undefined {
  const first = g.times.reduce((a, b) => (b.span.start < a.span.start ? b : a));
  const lead = text.slice(g.sentence.start, first.span.start);
  if (lead.length > FRAME_LEAD || lead.includes(",")) return undefined;
  return text[first.span.end] === "," || /^\W*(?:\p{L}+\s+)?$/u.test(lead) ? first : undefined;
}
