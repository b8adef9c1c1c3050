// Spans open at their far end, opened by a word before or after a point: "starting January 7", "beginning next
// month", "2018 and beyond", "2020 or later", "March onwards". Like "from", the opening words stay in the text.
import { atom, countedAfter, POINT_RULES } from "./atoms.js";
import { longest, periodHit, startOf, type Cursor, type TimeRule } from "./hit.js";
import { word } from "./words.js";

export const STARTING = new Set(["starting", "beginning", "commencing"]);
const AUXILIARIES = new Set(["be", "is", "are", "was", "were", "been", "am", "'s", "’s", "not"]);
const ONWARDS = new Set(["onwards", "onward", "beyond", "later", "after"]);

/** Cheap test first: "onwards", or "and"/"or" before "beyond"/"later"/"after", within the next few tokens. */
function onwardsAhead(tokens: Cursor["tokens"], k: number): boolean {
  for (let i = k + 1; i < k + 7 && i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w === "onwards" || w === "onward") return true;
    if ((w === "and" || w === "or") && ONWARDS.has(tokens[i + 1]?.lower ?? "")) return true;
  }
  return false;
}

export const OPEN_SPAN_RULES: readonly TimeRule[] = [
  {
    // "starting January 7", "beginning next month", "starting on Sept 1", "commencing in 2020": an open span
    // from a point, like "from"
    id: "period-starting",
    first: STARTING,
    starts: "word",
    read(c, k) {
      if (!STARTING.has(word(c.tokens, k))) return null;
      const at = /^(?:on|in|from)$/.test(word(c.tokens, k + 1)) ? k + 2 : k + 1;
      // "should be starting 2005 with an apology": after a verb of being, a bare time is the object
      if (at === k + 1 && AUXILIARIES.has(word(c.tokens, k - 1))) return null;
      const x = atom(c, at);
      if (x === null || (x.kind === "date" && x.anaphoric === true) || (x.kind === "period" && x.start === null && x.duration !== null) || countedAfter(c, x)) return null;
      return periodHit(k, x.to, startOf(x), null);
    },
  },
  {
    // "2018 and beyond", "2020 or later", "March onwards": an open span from a point
    id: "period-onwards",
    read(c, k) {
      if (!onwardsAhead(c.tokens, k)) return null;
      const x = longest(POINT_RULES, c, k, false);
      if (x === null || x.kind !== "date" || x.anaphoric === true) return null;
      const t = c.tokens;
      const w = word(t, x.to);
      if (w === "onwards" || w === "onward") return periodHit(k, x.to + 1, x.date, null);
      if ((w !== "and" && w !== "or") || !/^(?:beyond|later|after)$/.test(word(t, x.to + 1))) return null;
      // "in 2018 and later recovered", "2020 and beyond the reach": the clause goes on, no span
      const next = t[x.to + 2];
      if (next !== undefined && next.kind === "word" && (word(t, x.to + 1) !== "beyond" || /^(?:the|a|an|its|their|his|her|our|that|this)$/.test(next.lower))) return null;
      return periodHit(k, x.to + 2, x.date, null);
    },
  },
];
