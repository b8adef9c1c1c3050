// Qualifier phrases before or after an amount, as data: the first that matches (longest first) wins.
import type { Qualifier } from "../schema.js";

export interface QualifierRule {
  readonly id: string;
  readonly words: string;
  readonly qualifier: Qualifier;
}

/** Phrases that stand right before the amount ("at least 2,700", "around $8 billion"). */
export const PRE_QUALIFIERS: readonly QualifierRule[] = [
  { id: "q-approx", words: "an estimated|estimated|approximately|approx\\.?|around|about|roughly|some|nearly|almost|close to|circa|c\\.|getting on for|the best part of|in the region of|near|closer to|nearer|nearer to|an approximate|a little over|a little under|just about", qualifier: "approximately" },
  { id: "q-at-least", words: "at least|no fewer than|no less than|not less than|a minimum of|at a minimum", qualifier: "at_least" },
  { id: "q-more-than", words: "more than|greater than|over|above|upwards of|in excess of|just over|well over|just above|well above|exceeding|exceed|exceeds|exceeded|topping|surpassing|surpassed|surpass|beyond|north of", qualifier: "more_than" },
  { id: "q-at-most", words: "up to|as much as|as many as|as high as|at most|no more than|not more than|a maximum of|at a maximum", qualifier: "at_most" },
  { id: "q-less-than", words: "less than|fewer than|under|below|just under|just below|well under|well below|short of", qualifier: "less_than" },
];

/** Phrases right after the amount ("1,000 or more", "100-plus"). */
export const POST_QUALIFIERS: readonly QualifierRule[] = [
  { id: "q-or-more", words: "or more|or over|and more|and above|and over|and upwards|or higher|or greater|plus", qualifier: "at_least" },
  { id: "q-or-so", words: "or so", qualifier: "approximately" },
  { id: "q-or-less", words: "or less|or fewer|and under|or lower", qualifier: "at_most" },
];
