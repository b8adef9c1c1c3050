// Count units named elsewhere in the sentence than right after the figure (the src/quantity/unit.ts reader finds
// none there): the "number of" phrase before it, the other level of a change, the count it refers back to.
import type { Token } from "../text/tokens.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";
import { CHANGE_VERBS } from "../lexicon/change-verbs.js";
import { SCALES, WORD_SCALES } from "../lexicon/numbers.js";
import { CURRENCY_NAMES } from "../lexicon/currencies.js";
import { readUnit } from "./unit.js";
import { unitOfSubject } from "./unit-subject.js";
/** A count with no unit after it: the counted thing named elsewhere in its sentence.
 *  - unit/number-of: "The number of Japanese films released rose to 310", "Sales of Blume's books have exceeded
 *    75 million" — the "number of / sales of" phrase before it;
 *  - unit/change-to: "unemployment rose 7,000 in November to 4.464 million people", "trimmed from 155,000 to
 *    110,000 staff" — a change and its new level share the unit written after the level;
 *  - unit/of-which: "10 million of which were Apple iPods" — the noun after "of which were";
 *  - unit/of-those: "about 100,000 people …, and an estimated 20,000 of those" — the unit of the count before;
 *  - unit/change-from: "fell to 1.35 mln tonnes from 1.38 mln" — the unit of the level before;
 *  - unit/subject: "New loans in December rose to 83,000" — the plural noun its verb's subject names.
 *  The last three only for figures in digits ("one of them" is no count). */
export function unitNamedBefore(text: string, tokens: readonly Token[], begin: number): string | null {
  for (let k = begin - 2; k >= 1; k--) {
    if (tokens[k]!.lower !== "of" || !COUNTED_HEADS.has(tokens[k - 1]!.lower)) continue;
    return readUnit(text, tokens, k)?.text ?? null;
  }
  let n = begin;
  while (n < tokens.length && tokens[n]!.kind !== "num") n++;
  if (tokens[n] === undefined || n - begin > 3) return null;
  const after = amountEnd(tokens, n);
  return unitOfNextLevel(text, tokens, begin, after) ?? unitOfRelative(text, tokens, begin, after) ?? unitOfEarlierLevel(text, tokens, begin) ?? unitOfListed(text, tokens, begin, after) ?? unitOfSubject(tokens, begin);
}

/** Words after a listed figure that show nothing counted follows it: a time or place, or the list's end. */
const LIST_AFTER = new Set(["in", "on", "at", "for", "a", "the", "last", "against", "and", ",", ".", ";", ")"]);
const MAX_LIST_GAP = 20;

/** unit/listed: "173,000 people were unemployed in December, 174,000 in November and 157,000 a year earlier" — a
 *  figure after a comma or "and", with a time or place or nothing after it, counts what the figure before it in the
 *  list counts (not a sum of money, not a year). */
function unitOfListed(text: string, tokens: readonly Token[], begin: number, after: number): string | null {
  const joiner = tokens[begin - 1]?.lower ?? "";
  if ((joiner !== "," && joiner !== "and") || !LIST_AFTER.has(tokens[after]?.lower ?? ".")) return null;
  for (let k = begin - 2; k >= 0 && begin - k <= MAX_LIST_GAP; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === ":" || t.lower === "but" || t.lower === "while") return null;
    if (t.kind !== "num" || /^(?:19|20)\d\d$/.test(t.text) || !t.spaced) continue;
    if (/^[$£€¥]/.test(tokens[k - 1]?.text ?? "") || tokens[k - 1]?.text === "(") return null;
    const end = amountEnd(tokens, k);
    // "the 3G operator, 3": a code glued to its letters lists nothing
    if (tokens[end] !== undefined && !tokens[end]!.spaced) return null;
    const u = readUnit(text, tokens, end);
    if (tokens[k - 1]?.lower === "per") return null; // "7.5 connections per 100 people, … 15.8 in the Netherlands"
    // an earlier member of the list with nothing after it either: look further back ("174,000 in November and
    // 157,000"), but only over members of the list ("compared to 6.7 in Germany" ends it)
    if (u === null || UNIT_STOPWORDS.has(u.text.toLowerCase())) {
      const before = tokens[LEVEL_LEADS.has(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1]?.lower ?? "";
      if (before === "," || before === "and") continue;
      return null;
    }
    if (CURRENCY_WORDS.has(tokens[u.begin]!.lower) || /^(?:pct|percent|per|cts|p)$/.test(tokens[u.begin]!.lower)) return null;
    return u.text;
  }
  return null;
}

/** Words before a figure that make it the base a level before it is compared with ("fell to 1.35 mln tonnes from
 *  1.38 mln", "unchanged at 6.62 mln tonnes against 7.7 mln"). */
const BASE_WORDS = new Set(["from", "against", "vs", "versus"]);
/** First words of currency names ("francs", "taiwan dollars"). */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_NAMES).map((k) => k.split(" ")[0]!));
/** Words a level follows: "rose to", "stood at", "totalled" ("unemployment totalled 1.82 mln people, up from 1.61 mln"). */
const LEVEL_VERBS = new Set(["to", "at", "totalled", "totaled", "totalling", "totaling", "reached", "hit", "numbered"]);
const LEVEL_LEADS = new Set(["a", "an", "some", "about", "around", "nearly", "almost", "record", "over"]);

/** unit/change-from: the base of a change counts what the level before it counts, in the same clause. */
function unitOfEarlierLevel(text: string, tokens: readonly Token[], begin: number): string | null {
  if (!BASE_WORDS.has(tokens[begin - 1]?.lower ?? "")) return null;
  for (let k = begin - 2; k >= 0 && begin - k <= MAX_LEVEL_GAP + 2; k--) {
    const t = tokens[k]!;
    if ((t.kind === "punct" && t.text !== "," && t.text !== ".") || t.lower === "and" || t.lower === "but" || t.lower === "while") return null;
    // a year between them dates the level ("fell to 227,500 tonnes in 1986 from 286,300"); a price is no level
    if (t.kind !== "num" || /^(?:19|20)\d\d$/.test(t.text) || !t.spaced) continue;
    // the level is what the change went "to" or stood "at" ("rose to a record 25,559 contracts")
    const lead = LEVEL_LEADS.has(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1;
    if (!LEVEL_VERBS.has(tokens[lead]?.lower ?? "")) return null;
    const u = readUnit(text, tokens, amountEnd(tokens, k));
    // "to 22.88 billion francs from 378 mln": the level is a sum of money, and its base is one too
    if (u === null || UNIT_STOPWORDS.has(u.text.toLowerCase()) || CURRENCY_WORDS.has(tokens[u.begin]!.lower)) return null;
    return u.text;
  }
  return null;
}

/** Nouns whose "of" phrase names what a later figure counts. */
const COUNTED_HEADS = new Set(["number", "numbers", "sales", "shipments", "deliveries"]);

/** Words after which a figure is a change ("rose 7,000", "up 23,600", "from 155,000"). */
const CHANGE_WORDS: ReadonlySet<string> = new Set([...CHANGE_VERBS, "up", "down", "from", "by", "lost", "added", "shed", "cut"]);
const MAX_LEVEL_GAP = 8;

/** Token index just past the number at n and its scale word ("4.464 million", "7,000"). */
function amountEnd(tokens: readonly Token[], n: number): number {
  let k = n + 1;
  while (tokens[k] !== undefined && !tokens[k]!.spaced && tokens[k]!.kind === "num") k++;
  const scale = tokens[k]?.lower ?? "";
  // "4.464 million", "1.38 mln", "2 bn" (not a lone "m" or "k", which stand for metres and more when spaced)
  if (WORD_SCALES[scale] !== undefined || (scale.length > 1 && SCALES[scale] !== undefined)) k++;
  return k;
}

function unitOfNextLevel(text: string, tokens: readonly Token[], begin: number, after: number): string | null {
  // "exports to 661,400 from 683,400 tonnes": a level takes the unit written after its base
  if (tokens[begin - 1]?.lower === "to" && tokens[after]?.lower === "from" && tokens[after + 1]?.kind === "num") {
    const u = readUnit(text, tokens, amountEnd(tokens, after + 1));
    if (u !== null && !UNIT_STOPWORDS.has(u.text.toLowerCase()) && !CURRENCY_WORDS.has(tokens[u.begin]!.lower)) return u.text;
  }
  if (!CHANGE_WORDS.has(tokens[begin - 1]?.lower ?? "")) return null;
  for (let k = after; k < tokens.length && k - after <= MAX_LEVEL_GAP; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.text !== "," && t.text !== "-") return null;
    if (t.lower === "and" || t.lower === "but") return null;
    if (t.lower !== "to" || tokens[k + 1]?.kind !== "num") continue;
    const u = readUnit(text, tokens, amountEnd(tokens, k + 1));
    return u === null || UNIT_STOPWORDS.has(u.text.toLowerCase()) ? null : u.text;
  }
  return null;
}

function unitOfRelative(text: string, tokens: readonly Token[], begin: number, after: number): string | null {
  if (tokens[after]?.lower !== "of") return null;
  const rel = tokens[after + 1]?.lower ?? "";
  if ((rel === "which" || rel === "whom") && /^(?:were|are|was|is)$/.test(tokens[after + 2]?.lower ?? "")) {
    const u = readUnit(text, tokens, after + 3);
    if (u !== null) return u.text;
  }
  if (!/^(?:those|them|these|which|whom)$/.test(rel)) return null;
  // the count before it in the sentence, and what that one counts
  for (let k = begin - 1; k >= 0; k--) {
    if (tokens[k]!.kind !== "num" || (tokens[k - 1]?.kind === "num" && !tokens[k]!.spaced)) continue;
    const u = readUnit(text, tokens, amountEnd(tokens, k));
    return u === null || CURRENCY_WORDS.has(tokens[u.begin]!.lower) ? null : u.text;
  }
  return null;
}
