// What the words around an amount say: its qualifier, and whether it is a quantity at all.
import type { Token } from "../text/tokens.js";
import type { Qualifier } from "../schema.js";
import { MOVING_VERBS, POST_QUALIFIERS, PRE_QUALIFIERS, THRESHOLD_NOUNS, THRESHOLD_VERBS, type QualifierRule } from "../lexicon/qualifiers.js";
import { MONTHS } from "../lexicon/time-words.js";

interface CompiledRule {
  id: string;
  words: readonly string[];
  qualifier: Qualifier;
}

function compile(rules: readonly QualifierRule[]): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const r of rules) {
    for (const phrase of r.words.split("|")) {
      out.push({ id: r.id, qualifier: r.qualifier, words: phrase.replace(/\\/g, "").split(" ") });
    }
  }
  return out.sort((a, b) => b.words.length - a.words.length);
}

const PRE = compile(PRE_QUALIFIERS);
const POST = compile(POST_QUALIFIERS);

export interface QualifierMatch {
  qualifier: Qualifier;
  /** token index range [begin, end) */
  begin: number;
  end: number;
  rule: string;
}

/** The qualifier phrase ending right before tokens[begin], if any ("at least", "around"). */
export function qualifierBefore(tokens: readonly Token[], begin: number): QualifierMatch | null {
  for (const r of PRE) {
    const from = begin - r.words.length;
    if (from < 0) continue;
    if (wordsMatch(tokens, from, r.words)) {
      // "over the …" is a preposition of time, not "more than": it needs the number right after
      if (r.words.length === 2 && r.words[0] === "up" && movedUp(tokens, from)) return null;
      return { qualifier: r.qualifier, begin: from, end: begin, rule: r.id };
    }
  }
  return null;
}

const MAX_MOVE_GAP = 7;
const CLAUSE_MARKS = new Set([",", ";", ":", ".", "(", ")", '"', "!", "?"]);

/** A verb of moving a few words before "up to" ("brings the order book up to 225"), inside the clause. */
function movedUp(tokens: readonly Token[], up: number): boolean {
  for (let k = up - 1; k >= 0 && k >= up - MAX_MOVE_GAP; k--) {
    const t = tokens[k]!;
    if (CLAUSE_MARKS.has(t.text) || t.lower === "and" || t.lower === "but") return false;
    if (MOVING_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** The qualifier phrase right after tokens[end - 1] ("or more", "-plus"), or one the words around imply
 *  ("broke the 100 million mark": more than; the text stays the figure's). */
export function qualifierAfter(tokens: readonly Token[], end: number): QualifierMatch | null {
  for (const r of POST) {
    let at = end;
    if (r.words[0] === "plus" && tokens[at]?.text === "-" && !tokens[at]!.spaced) at++;
    if (wordsMatch(tokens, at, r.words)) return { qualifier: r.qualifier, begin: end, end: at + r.words.length, rule: r.id };
  }
  return THRESHOLD_NOUNS.has(tokens[end]?.lower ?? "") ? impliedByThreshold(tokens, end) : null;
}

const MAX_AMOUNT_TOKENS = 4;

/** "passed the 10,000 barrier", "fell below the 5,000 level": "the" before the amount, a verb or preposition of
 *  passing or staying under before "the". */
function impliedByThreshold(tokens: readonly Token[], end: number): QualifierMatch | null {
  for (let k = end - 1; k >= 0 && k >= end - MAX_AMOUNT_TOKENS; k--) {
    if (tokens[k]!.lower !== "the") continue;
    const q = THRESHOLD_VERBS[tokens[k - 1]?.lower ?? ""];
    return q === undefined ? null : { qualifier: q, begin: end, end, rule: "q-implied-threshold" };
  }
  return null;
}

function wordsMatch(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[from + k];
    if (t === undefined) return false;
    const w = words[k]!;
    if (t.lower !== w && !(w.endsWith(".") && t.lower === w.slice(0, -1) && tokens[from + k + 1]?.text === ".")) return false;
  }
  return true;
}

/** A month name or abbreviation ("Aug", "August", "Sept"). */
export function isMonth(t: Token | undefined): boolean {
  return t !== undefined && MONTHS[t.lower] !== undefined;
}
