// A month or a day written without a year is resolved against the reference date. News is mostly about the past,
// so the default is the latest such month or day (src/time/resolve.ts); but a clause in the future tense ("the
// show will open in May", "the vote is due on 5 May") speaks of the next one. Read backwards from the date to the
// nearest verb of its clause: a future auxiliary or "due/set/scheduled to" moves the date to the next year; a
// past or present verb, or the clause's edge, leaves it.
import type { Token } from "../text/tokens.js";
import type { Point } from "./calendar.js";
import { compare, daysBetween, isRealDay } from "./calendar.js";
import type { DateHit } from "./hit.js";
import { VERB_LEMMAS } from "../lexicon/verb-lemmas.js";
import { IRREGULAR_PASTS } from "../lexicon/irregular-pasts.js";

const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(["will", "'ll", "shall", "won't"]);
/** "is due to", "are set to", "was scheduled to" (still ahead when written), "plans to", "expects to". */
const FUTURE_PLANS: ReadonlySet<string> = new Set(["due", "set", "scheduled", "slated", "plans", "plan", "planned", "expects", "expected", "aims", "intends", "hopes", "poised"]);
const CLAUSE_EDGES: ReadonlySet<string> = new Set([".", ",", ";", ":", "?", "!", "(", ")", "but", "while", "whereas", "although", "though", "because", "since", "after", "before", "when", "which", "who", "that", "and"]);
/** Words that end the look-back as a verb of another time: "was", "has", "says" — and the irregular pasts
 *  ("fell", "said"; not "cut", which "will cut jobs in March" uses as its base form). */
const OTHER_VERBS: ReadonlySet<string> = new Set(["was", "were", "is", "are", "has", "have", "had", "did", "does", "do", "been", "says"]);
const LOOK_BACK = 8;
const PRESENT_BE: ReadonlySet<string> = new Set(["is", "are", "'s", "'re", "be"]);
const PAST_BE: ReadonlySet<string> = new Set(["had", "been", "was", "were"]);
/** "will benefit from its acquisition in late December": a possessive opens a noun phrase with its own time. */
const DETERMINERS: ReadonlySet<string> = new Set(["its", "his", "her", "their", "our", "my", "your"]);

/** True when the nearest verb before tokens[from] in its clause speaks of the future. */
export function futureClause(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - LOOK_BACK; k--) {
    const w = tokens[k]!.lower;
    if (FUTURE_AUXILIARIES.has(w)) return true;
    if (FUTURE_PLANS.has(w) && (tokens[k + 1]?.lower === "to" || tokens[k + 1]?.lower === "for" || w === "due")) {
      const before = tokens[k - 1]?.lower ?? "";
      // "the vote is due on 5 May", not "71 mln due on September 29" (an adjective of another clause's noun);
      // "had been scheduled to expire February 28" is a plan of the past
      if (w === "due") return PRESENT_BE.has(before);
      return !PAST_BE.has(before);
    }
    if (CLAUSE_EDGES.has(w) || DETERMINERS.has(w)) return false;
    // a verb form other than the base ("opened", "fell"): the clause is told in another tense — unless it is a
    // participle after "be" ("will be held", "will be shown")
    const inflected = OTHER_VERBS.has(w) || IRREGULAR_PASTS.has(w) || (VERB_LEMMAS.has(w) && VERB_LEMMAS.get(w) !== w) || (w.length > 4 && w.endsWith("ed"));
    if (inflected && tokens[k - 1]?.lower !== "be") return false;
  }
  return false;
}

/** The date a future clause means: a month or a day without a year that resolved before the reference date's
 * month (or day) is the same month (or day) a year on. Dates with a year, or read with "last/next/this", stay. */
export function inFutureClause(h: DateHit, tokens: readonly Token[], ref: Point | null): DateHit {
  const w = h.written;
  if (ref === null || h.date === null || w === undefined || w.y !== undefined || w.m === undefined) return h;
  const first = tokens[h.from]!;
  if (first.kind === "word" && /^(?:last|next|this|past|coming)$/.test(first.lower)) return h;
  const now: Point = w.d !== undefined ? ref : { y: ref.y, m: ref.m };
  if (compare(h.date, now) >= 0 || !futureClause(tokens, h.from)) return h;
  if (h.date.d !== undefined && h.date.m !== undefined && !isRealDay(h.date.y + 1, h.date.m, h.date.d)) return h;
  // a month or day just gone is still what a future clause may report on ("inflation is expected to improve in
  // February", written in March): the next one only when it is nearer than twice the way back
  if (w.d === undefined && ref.m !== undefined) {
    const back = (ref.m - w.m + 12) % 12;
    if (back === 0 || 12 - back >= 2 * back) return h;
  }
  if (w.d !== undefined && ref.d !== undefined) {
    const back = daysBetween(h.date, ref);
    if (daysBetween(ref, { ...h.date, y: h.date.y + 1 }) >= 2 * back) return h;
  }
  return { ...h, date: { ...h.date, y: h.date.y + 1 } };
}
