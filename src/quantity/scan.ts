// The quantity scan of one sentence: read amounts, join ranges, attach qualifiers and units, drop non-quantities.
// Every match remembers the rules that made it.
import type { Qualifier } from "../schema.js";
import type { Sentence } from "../types.js";
import { sentenceTokens, type Token } from "../text/tokens.js";
import { MULTIPLIERS, TENS, UNITS, VAGUE, WORD_SCALES } from "../lexicon/numbers.js";
import { readAmount, type Amount } from "./read-amount.js";
import { qualifierAfter, qualifierBefore } from "./context.js";
import { rejectReason } from "./filters.js";
import { AGE_WORDS } from "./filter-cues.js";
import { readUnit, unitNamedBefore } from "./unit.js";
import { joinRange } from "./range.js";
import { signBefore } from "./read-number.js";
import { findPredicate } from "./predicate.js";

export interface QuantityMatch {
  type: Amount["type"];
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  range?: { low: number; high: number };
  currency: string | null;
  percentUnit: "percent" | "percentage points" | null;
  unit: string | null;
  predicate?: string;
  rule: string;
  /** Token index range of the match (qualifier included) inside `tokens`. */
  begin: number;
  endToken: number;
}

// "children under 18", "voters over 65": an age bracket after a word for people, not a figure
const PEOPLE = new Set(["children", "people", "voters", "adults", "those", "men", "women", "users", "citizens",
  "pupils", "students", "boys", "girls", "kids", "patients", "workers", "drivers", "anyone", "everyone", "teenagers"]);

export interface SentenceScan {
  tokens: Token[];
  matches: QuantityMatch[];
}

/** Cheap gate: could this sentence hold a quantity at all? */
const GATE = /[0-9$£€¥₹]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|tens|twice|thrice|half|quarter)\b/i;

export function mightHoldQuantity(sentenceText: string): boolean {
  return GATE.test(sentenceText);
}

/** Words that can start a number ("a" only before a scale word: "a dozen", "a quarter of"). */
const STARTERS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE), ...Object.keys(MULTIPLIERS), "half", "quarter", "a", "an",
]);

function isCandidate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === "num") return true;
  if (t.kind !== "word") return false;
  const w = t.lower;
  if (!STARTERS.has(w)) return w.endsWith("fold");
  if (w !== "a" && w !== "an") return true;
  const next = tokens[i + 1]?.lower ?? "";
  return WORD_SCALES[next] !== undefined || next === "quarter";
}

export function scanSentence(text: string, s: Sentence): SentenceScan {
  const tokens = sentenceTokens(text, s);
  const matches: QuantityMatch[] = [];
  let consumed = 0; // tokens before this index belong to an earlier amount ("10 rmb 20 usd")
  for (let i = 0; i < tokens.length; ) {
    if (!isCandidate(tokens, i)) {
      i++;
      continue;
    }
    const a = readAmount(tokens, i, consumed);
    if (a === null) {
      i++;
      continue;
    }
    const joined = joinRange(tokens, a);
    const amount = joined?.amount ?? a;
    if (rejectReason(tokens, amount) !== null) {
      i = Math.max(i + 1, a.end);
      continue;
    }
    const match = finish(text, tokens, amount, joined);
    i = Math.max(i + 1, amount.end);
    consumed = amount.end;
    if (match !== null) matches.push(match);
  }
  return { tokens, matches };
}

function finish(text: string, tokens: readonly Token[], a: Amount, joined: ReturnType<typeof joinRange>): QuantityMatch | null {
  let begin = joined?.begin ?? a.begin;
  let end = a.end; // token index after the match
  let qualifier: Qualifier = joined !== null ? "range" : a.num.kind === "vague" ? "at_least" : "exact";
  let rule = joined !== null ? `${a.rule}+${joined.rule}` : a.rule;
  if (joined === null) {
    const pre = qualifierBefore(tokens, a.begin);
    if (pre !== null) {
      begin = pre.begin;
      qualifier = a.num.kind === "vague" && pre.qualifier === "approximately" ? "at_least" : pre.qualifier;
      rule += `+${pre.rule}`;
    } else {
      const post = qualifierAfter(tokens, a.end);
      if (post !== null) {
        end = post.end;
        qualifier = post.qualifier;
        rule += `+${post.rule}`;
      }
    }
  }
  if (AGE_WORDS.has(tokens[begin - 1]?.lower ?? "")) return null; // "aged between 18 and 34", "aged under 30"
  // "a growth rate of -0.1%", "minus five percent": a percent may be below zero; a count of things or a sum of
  // money is not (a fall is written as a change: "down 5%")
  let value = a.value;
  if (a.type === "percent" && joined === null && begin === a.begin) {
    const sign = signBefore(tokens, a.begin);
    if (sign >= 0) {
      begin = sign;
      value = -value;
      rule += "+sign";
    }
  }
  let unit: string | null = null;
  let predicate: string | undefined;
  if (a.type === "count" && a.num.kind !== "multiplier" && !a.rule.includes("multiplier")) {
    const u = readUnit(text, tokens, end);
    unit = u?.text ?? unitNamedBefore(text, tokens, begin);
    if (u !== null && u.begin === end && !tokens[end]!.spaced) end = u.end; // "16.50m", "14Mbps": one token
    predicate = findPredicate(tokens, begin, u?.end ?? end);
    // a bare word number with nothing counted is a pronoun-like use ("won two", "one of them"), not a large one
    // ("unemployment is close to three million"); a bare dash pair is a code or a score ("737-800")
    if (unit === null && !a.scaled && ((a.num.kind === "words" && a.value < 1000) || joined?.rule === "range-dash")) return null;
    if (Number.isInteger(a.value) && a.value < 120 && (qualifier === "less_than" || qualifier === "more_than") && PEOPLE.has(tokens[begin - 1]?.lower ?? "")) return null;
  }
  const first = tokens[begin]!;
  const last = tokens[end - 1]!;
  return {
    type: a.type,
    start: first.start,
    end: last.end,
    value,
    qualifier,
    ...(joined !== null ? { range: { low: joined.low, high: joined.high } } : {}),
    currency: a.currency?.code ?? null,
    percentUnit: a.percentUnit,
    unit,
    ...(predicate !== undefined ? { predicate } : {}),
    rule,
    begin,
    endToken: end,
  };
}
