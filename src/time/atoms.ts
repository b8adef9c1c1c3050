// The time atoms: every rule that reads one time expression on its own, and the points among them. The span
// rules (rules-span.ts, rules-open-spans.ts, read-range.ts) read their ends with these.
import { countedNounAfter } from "./cues.js";
import { longest, type Cursor, type TimeHit } from "./hit.js";
import { DATE_RULES } from "./rules-date.js";
import { DATE_PART_RULES } from "./rules-date-parts.js";
import { PERIOD_RULES } from "./rules-period.js";
import { WEEK_RULE } from "./rules-week.js";

// weeks after the periods, before the dates: on a tie "next week" is a week (Monday–Sunday), not a date
export const ATOMS = [...PERIOD_RULES, WEEK_RULE, ...DATE_PART_RULES, ...DATE_RULES];

/** Rules that read a point in time. */
export const POINT_RULES = [...DATE_PART_RULES, ...DATE_RULES];

/** The longest atom at k, read as time (a cue word before it already said so). */
export const atom = (c: Cursor, k: number): TimeHit | null => longest(ATOMS, c, k, true);

/** A bare number read as a year ("from 1500 to 2000 jobs"): a counted noun after it makes it a count. */
export const countedAfter = (c: Cursor, h: TimeHit): boolean => h.to === h.from + 1 && countedNounAfter(c.tokens, h.to);
