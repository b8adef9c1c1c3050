// The verb a count is the object or subject of, as a lemma: "lost 464,000 subscribers" → "lose",
// "2,700 Chinese had been deported" → "deport". Lemmas come from compromise's verb data (generated offline).
import type { Token } from "../text/tokens.js";
import { VERB_LEMMAS } from "../lexicon/verb-lemmas.js";

const AUXILIARIES = new Set([
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
  "might", "must", "can", "do", "does", "did", "not", "also", "already", "now", "still", "reportedly", "allegedly",
  "get", "got", "gets", "were", "to",
]);
// Verbs that introduce speech or a qualifier rather than act on the figure ("said 300 people died").
const NOT_PREDICATES = new Set(["say", "tell", "estimate", "be", "have", "do", "add", "claim", "report", "number", "total", "include", "reach"]);
const MAX_AFTER = 5;

export function findPredicate(tokens: readonly Token[], begin: number, end: number): string | undefined {
  // object position: the verb right before the figure, an adverb allowed between ("routinely deported hundreds")
  let k = begin - 1;
  if (tokens[k]?.kind === "word" && /ly$/.test(tokens[k]!.lower)) k--;
  const before = lemmaAt(tokens, k);
  if (before !== undefined) return before;
  // subject position: the verb after the counted thing, auxiliaries skipped ("had been deported")
  for (let i = end; i < tokens.length && i < end + MAX_AFTER; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") return undefined;
    if (AUXILIARIES.has(t.lower)) continue;
    return lemmaAt(tokens, i);
  }
  return undefined;
}

function lemmaAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word" || /^[A-Z]/.test(t.text)) return undefined;
  const lemma = VERB_LEMMAS.get(t.lower);
  return lemma === undefined || NOT_PREDICATES.has(lemma) ? undefined : lemma;
}
