// unit/subject: a level or a change with nothing counted after it counts the plural noun that is the subject of
// its verb — "Applications from England and Wales rose by 17% …, up 23,600 to 27,700", "New loans in December rose to
// 83,000", "broadband customers also increased, rising to 5.1 million". Not a price or a rate ("Shares rose 10 to 250"),
// and not when the subject is no plural noun ("Unemployment rose to 5.2 million", "The index fell to 95.5").
import type { Token } from "../text/tokens.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";
import { CHANGE_VERBS } from "../lexicon/change-verbs.js";
import { CURRENCY_NAMES } from "../lexicon/currencies.js";

/** Words right before a figure that make it a level or a change ("to 27,700", "up 23,600", "by 4,000"). */
const LEVEL_WORDS: ReadonlySet<string> = new Set(["to", "at", "by", "up", "down"]);
/** A change, or a verb that reaches a level ("reached 83,000", "totalled 5,000"). */
const CHANGE_OR_LEVEL: ReadonlySet<string> = new Set([...CHANGE_VERBS, "reached", "totalled", "totaled", "numbered"]);
/** Subjects whose levels are prices, rates or sums, not counts of them. */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  "shares", "stocks", "prices", "rates", "yields", "bonds", "futures", "markets", "indices", "indexes", "profits",
  "revenues", "earnings", "figures", "numbers", "levels", "costs", "losses", "returns", "margins", "reserves",
  "balances", "assets", "funds", "payments", "years", "months", "weeks", "days", "hours", "points", "terms",
  // trade and money aggregates, whose figures are sums even where the currency is left out ("exports rose to 10.91 billion")
  "exports", "imports", "deposits", "banknotes", "savings", "debts", "borrowings", "receipts", "takings", "sums",
]);
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(["people", "children", "men", "women", "staff", "police"]);
/** Words that open a clause: the subject is looked for after the last of them before the verb. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([",", ";", ":", "(", '"', "while", "whereas", "but", "as", "after", "which", "that", "when", "although"]);
const MAX_BACK = 30;
const CURRENCY_WORDS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_NAMES).flatMap((k) => k.split(" ")).filter((w) => w.length > 2));

export function unitOfSubject(tokens: readonly Token[], begin: number): string | null {
  if (!LEVEL_WORDS.has(tokens[begin - 1]?.lower ?? "")) return null;
  for (let v = begin - 2; v >= 1 && begin - v <= MAX_BACK; v--) {
    const w = tokens[v]!.lower;
    if (w === ";" || w === ":") return null;
    // "rose by 834 mln francs to 24.79 billion": a sum of money on the way makes the level one too
    if (CURRENCY_WORDS.has(w) || /^[$£€¥]/.test(w)) return null;
    if (!CHANGE_OR_LEVEL.has(w)) continue;
    return subjectBefore(tokens, v);
  }
  return null;
}

/** The first plural noun of the clause that ends right before the verb at v, or null. */
function subjectBefore(tokens: readonly Token[], v: number): string | null {
  let start = v;
  while (start > 0 && !CLAUSE_OPENERS.has(tokens[start - 1]!.lower)) start--;
  for (let k = start; k < v; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || (k > 0 && /^\p{Lu}/u.test(t.text))) continue;
    const w = t.lower;
    if (UNIT_STOPWORDS.has(w) || NOT_COUNTED.has(w)) {
      if (NOT_COUNTED.has(w)) return null;
      continue;
    }
    // the head of the subject is its first noun: a preposition after it opens a modifier ("Applications from …")
    if (IRREGULAR_PLURALS.has(w) || (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is|'s)$/.test(w))) return t.text;
  }
  return null;
}
