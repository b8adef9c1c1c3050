// The time scan of a whole document, computed once and shared by the date and period extractors: at each token
// the longest time expression wins, and the scan goes on after it. Values come out as ISO strings.
import type { Context, DateDraft, PeriodDraft, Sentence } from "../types.js";
import { sentenceTokens, type Token } from "../text/tokens.js";
import { iso, parseIsoDay } from "./calendar.js";
import { isoDuration } from "./duration.js";
import { longest, type Cursor, type TimeHit, type TimeRule } from "./hit.js";
import { ATOMS } from "./atoms.js";
import { SPAN_RULES } from "./rules-span.js";
import { canStart } from "./starts.js";
import { inFutureClause } from "./tense.js";

/** Composite spans first: on a tie in length they win over the atoms they are built from. */
export const TIME_RULES: readonly TimeRule[] = [...SPAN_RULES, ...ATOMS];

export type TimeDraft = DateDraft | PeriodDraft;

/** Cheap gate: digits, or a word that can start or hold a time expression ("since" alone: "since the election"). */
const GATE = /\d|\b(?:since|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|day|decade|centur|quarter|qtr|half|hour|minute|today|tonight|tomorrow|yesterday|spring|summer|autumn|fall|winter|christmas|easter|new year|halloween|valentine|thanksgiving|whit|future|season|seventies|eighties|nineties|noughties|sixties|fifties|forties|thirties|twenties|fortnight)/i;

const cache = new WeakMap<Context, TimeDraft[]>();

export function timeDrafts(ctx: Context): TimeDraft[] {
  const hit = cache.get(ctx);
  if (hit !== undefined) return hit;
  const ref = parseIsoDay(ctx.referenceDate);
  const out: TimeDraft[] = [];
  for (const s of ctx.sentences) {
    if (!GATE.test(s.text)) continue;
    for (const h of scanSentence(ctx.text, s, ref)) out.push(toDraft(h.hit, h.tokens));
  }
  cache.set(ctx, out);
  return out;
}

export function scanSentence(text: string, s: Sentence, ref: Cursor["ref"]): Array<{ hit: TimeHit; tokens: Token[] }> {
  const tokens = sentenceTokens(text, s);
  const c: Cursor = { tokens, ref };
  const out: Array<{ hit: TimeHit; tokens: Token[] }> = [];
  for (let i = 0; i < tokens.length; ) {
    const h = canStart(tokens, i) ? longest(TIME_RULES, c, i, false) : null;
    // a rule that reads past the sentence's last token is a bug in it: drop its hit rather than fail the document
    if (h === null || h.to > tokens.length || h.to <= i) {
      i++;
      continue;
    }
    out.push({ hit: h.kind === "date" ? inFutureClause(h, tokens, ref) : h, tokens });
    i = h.to;
  }
  return out;
}

function toDraft(h: TimeHit, tokens: readonly Token[]): TimeDraft {
  const last = tokens[h.to - 1]!;
  // a possessive stays outside the claim: "Thursday's meeting" → "Thursday", "last year's" → "last year"
  const end = last.kind === "word" && /['’]s$/.test(last.text) && last.text.length > 2 ? last.end - 2 : last.end;
  const span = { start: tokens[h.from]!.start, end };
  if (h.kind === "date") return { type: "date", span, rule: h.rule, date: iso(h.date) };
  const start = iso(h.start);
  const stop = iso(h.end);
  return {
    type: "period",
    span,
    rule: h.rule,
    start,
    // a period cannot end before it starts: "since 2000" read against a 1956 reference date has no known end
    end: start !== null && stop !== null && stop < start ? null : stop,
    duration: isoDuration(h.duration),
  };
}
