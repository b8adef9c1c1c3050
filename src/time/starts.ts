// Which tokens can open a time expression. The scan tries its rules only there: most words of a text start none,
// and running every rule at every token is what would make the scan slow.
import { MONTHS, WEEKDAYS } from "../lexicon/time-words.js";
import { TENS, UNITS } from "../lexicon/numbers.js";
import { DECADE_WORDS, HOLIDAYS, ORDINALS, RELATIVE_WORDS, SEASONS } from "../lexicon/time-phrases.js";
import type { Token } from "../text/tokens.js";

const STARTERS = new Set([
  "the", "a", "an", "between", "from", "since", "until", "till", "untill", "within", "all", "early", "late", "mid",
  "earlier", "later", "past", "recent", "preceding", "following", "first", "full", "whole", "entire", "latest", "final",
  "same", "initial", "remaining", "further", "fiscal", "calendar", "yesterday", "today", "tomorrow", "tonight", "half",
  "year", "up", "nearly", "almost", "about", "around", "more", "less", "at", "just", "its", "their", "each", "q", "h",
  "new", "boxing", "valentine's", "couple", "over", "under", "ad", "a.d.",
  // units and parts after "the"/"a": "the quarter", "a decade ago", "the end of 2006"
  "quarter", "qtr", "week", "weekend", "month", "decade", "century", "fortnight", "hour", "minute", "day", "end",
  "start", "beginning", "middle", "close", "turn",
]);

/** Words that open an expression only when the next token could go on with it ("the year", not "the company"). */
const LEADS = new Set(["the", "a", "an", "its", "their", "each", "at", "about", "around", "more", "less", "up", "just"]);

export function canStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === "num") return true;
  if (t.kind !== "word") return t.text === "'"; // "the '80s" starts at the apostrophe only without "the"
  const w = t.lower;
  if (LEADS.has(w)) {
    const next = tokens[i + 1];
    return next !== undefined && (next.kind !== "word" || isStarter(next.lower) || LEADS.has(next.lower) || next.lower === "than" || next.lower === "to" || next.lower === "least");
  }
  return isStarter(w);
}

// one Set of every word that can open an expression: a Set lookup is far cheaper than ten table lookups
const ALL_STARTERS: ReadonlySet<string> = new Set([
  ...STARTERS,
  ...[MONTHS, WEEKDAYS, RELATIVE_WORDS, ORDINALS, UNITS, TENS, SEASONS, HOLIDAYS, DECADE_WORDS].flatMap((t) => Object.keys(t)),
]);

function isStarter(lower: string): boolean {
  return ALL_STARTERS.has(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
}
