// Qualifier phrases before or after an amount, as data: the first that matches (longest first) wins.
import type { Qualifier } from "../schema.js";
import { table } from "./table.js";

export interface QualifierRule {
  readonly id: string;
  readonly words: string;
  readonly qualifier: Qualifier;
}

/** Phrases that stand right before the amount ("at least 2,700", "around $8 billion"). */
export const PRE_QUALIFIERS: readonly QualifierRule[] = [
  { id: "q-approx", words: "an estimated|estimated|approximately|approx\\.?|around|about|roughly|some|nearly|almost|close to|circa|c\\.|getting on for|the best part of|in the region of|near|closer to|nearer|nearer to|an approximate|a little over|a little under|just about", qualifier: "approximately" },
  { id: "q-at-least", words: "at least|no fewer than|no less than|not less than|a minimum of|at a minimum", qualifier: "at_least" },
  { id: "q-more-than", words: "more than|greater than|over|above|upwards of|in excess of|just over|well over|just above|well above|exceeding|exceed|exceeds|exceeded|topping|topped|surpassing|surpassed|surpass|beyond|north of", qualifier: "more_than" },
  { id: "q-at-most", words: "up to|as much as|as many as|as high as|at most|no more than|not more than|a maximum of|at a maximum", qualifier: "at_most" },
  { id: "q-less-than", words: "less than|fewer than|under|below|just under|just below|well under|well below|short of|just shy of|shy of", qualifier: "less_than" },
];

/** Phrases right after the amount ("1,000 or more", "100-plus"). */
export const POST_QUALIFIERS: readonly QualifierRule[] = [
  { id: "q-or-more", words: "or more|or over|and more|and above|and over|and upwards|or higher|or greater|plus", qualifier: "at_least" },
  { id: "q-or-so", words: "or so", qualifier: "approximately" },
  { id: "q-or-less", words: "or less|or fewer|and under|or lower", qualifier: "at_most" },
];

/** Words after "the" + figure that make it a threshold ("broke the 100 million mark", "fell below the 5,000 level"). */
export const THRESHOLD_NOUNS: ReadonlySet<string> = new Set(["mark", "barrier", "milestone", "threshold", "level", "point", "ceiling", "floor"]);

/** Words before "the" + figure + threshold noun, and the qualifier the figure takes from them (implied qualifiers). */
export const THRESHOLD_VERBS: Readonly<Record<string, Qualifier>> = table({
  broke: "more_than", broken: "more_than", breaks: "more_than", breaking: "more_than", passed: "more_than",
  passes: "more_than", passing: "more_than", crossed: "more_than", crosses: "more_than", crossing: "more_than",
  topped: "more_than", tops: "more_than", topping: "more_than", breached: "more_than", breaching: "more_than",
  surpassed: "more_than", exceeded: "more_than", above: "more_than", over: "more_than", past: "more_than",
  through: "more_than", beyond: "more_than", below: "less_than", under: "less_than", beneath: "less_than",
});

/** "brings the order book up to 225", "taking the total up to 12": after these verbs "up to" is where a figure
 *  moved to, not a ceiling ("raise up to 30 trillion rupiah", "could go up to 10%" stay ceilings). */
export const MOVING_VERBS: ReadonlySet<string> = new Set([
  "bring", "brings", "brought", "bringing", "take", "takes", "took", "taking", "taken", "push", "pushes", "pushed",
  "pushing", "round", "rounded", "rounding",
]);
