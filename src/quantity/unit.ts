// The counted thing after a count: "1,000 Chinese nationals", "hundreds of Chinese nationals", "464,000 subscribers".
import type { Token } from "../text/tokens.js";
import { GLUED_UNITS } from "../lexicon/labels.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";

const MAX_UNIT_WORDS = 3;
const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "them", "those", "these", "which", "whom"]);

export interface UnitRead {
  text: string;
  begin: number;
  end: number;
}

/** The unit starting at token k (right after the amount), as written, or null. */
export function readUnit(text: string, tokens: readonly Token[], k: number): UnitRead | null {
  const first = tokens[k];
  if (first === undefined) return null;
  if (!first.spaced && first.kind === "word" && GLUED_UNITS.has(first.lower)) {
    return { text: first.text, begin: k, end: k + 1 };
  }
  let i = k;
  // "hundreds of Chinese nationals", "2,000 of its staff"; also "more"/"extra" before the noun ("1,000 more jobs")
  if (tokens[i]?.lower === "more" || tokens[i]?.lower === "additional" || tokens[i]?.lower === "extra" || tokens[i]?.lower === "new") i++;
  if (tokens[i]?.lower === "of") {
    i++;
    if (DETERMINERS.has(tokens[i]?.lower ?? "")) i++;
  }
  const begin = i;
  let end = i;
  while (end < tokens.length && end - begin < MAX_UNIT_WORDS) {
    const t = tokens[end]!;
    if (t.kind !== "word" || UNIT_STOPWORDS.has(t.lower)) break;
    // a participle or an adverb ends the noun phrase ("deported", "accused", "sharply")
    if (end > begin && /(?:ed|ly)$/.test(t.lower) && t.lower.length > 4) break;
    if (end === begin && /ly$/.test(t.lower)) break;
    end++;
    // "-" glued inside a compound ("high-speed") continues the phrase
    if (tokens[end]?.text === "-" && !tokens[end]!.spaced && tokens[end + 1]?.kind === "word" && !tokens[end + 1]!.spaced) end += 1;
  }
  // the phrase ends on its head noun: drop trailing words that are clearly not nouns
  while (end > begin && /(?:ed|ing)$/.test(tokens[end - 1]!.lower) && end - begin > 1) end--;
  if (end === begin) return null;
  if (tokens[end - 1]!.text === "-") end--;
  return { text: text.slice(tokens[begin]!.start, tokens[end - 1]!.end), begin, end };
}
