// The counted thing after a count: "1,000 Chinese nationals", "hundreds of Chinese nationals", "464,000 subscribers",
// "6,100 UK-based staff", "six Airbus A321 aircraft".
import type { Token } from "../text/tokens.js";
import { GLUED_UNITS, MEASURE_WORDS } from "../lexicon/labels.js";
import { UNIT_STOPWORDS } from "../lexicon/stopwords.js";
import { TENS, UNITS, WORD_SCALES } from "../lexicon/numbers.js";

const MAX_UNIT_WORDS = 4;
const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "them", "those", "these", "which", "whom"]);
const LEADERS = new Set(["more", "additional", "extra", "new", "other", "fewer", "less"]);

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
  // "1,000 more jobs", "hundreds of Chinese nationals", "2,000 of its staff"
  if (LEADERS.has(tokens[i]?.lower ?? "")) i++;
  if (tokens[i]?.lower === "of") {
    i++;
    if (DETERMINERS.has(tokens[i]?.lower ?? "")) i++;
  }
  const begin = i;
  let end = i;
  let words = 0;
  while (end < tokens.length && words < MAX_UNIT_WORDS) {
    const w = wordAt(tokens, end);
    if (w === null) break;
    const lower = w.lower;
    if (!w.compound && UNIT_STOPWORDS.has(lower)) break;
    // a participle or an adverb after the head ends the noun phrase ("deported", "accused", "sharply")
    if (!w.compound && words > 0 && /(?:ed|ly)$/.test(lower) && lower.length > 4) break;
    if (!w.compound && words === 0 && /ly$/.test(lower)) break;
    // "thousands more watched": a lone participle is a verb; "1,000 skilled workers": an adjective before a noun
    if (!w.compound && words === 0 && /ed$/.test(lower) && wordAt(tokens, w.end) === null) break;
    if (isNumberWord(lower)) break; // "two of his six children", "1,248 rigs one year ago": a unit holds no number
    end = w.end;
    words++;
    // a unit of measure is the whole unit: "one terabyte file" measures in terabytes
    if (words === 1 && MEASURE_WORDS.has(lower.replace(/s$/, ""))) break;
  }
  // the phrase ends on its head noun: drop trailing participles
  while (end > begin + 1 && /(?:ed|ing)$/.test(tokens[end - 1]!.lower)) end--;
  if (end === begin) return null;
  return { text: text.slice(tokens[begin]!.start, tokens[end - 1]!.end), begin, end };
}

function isNumberWord(w: string): boolean {
  return UNITS[w] !== undefined || TENS[w] !== undefined || WORD_SCALES[w] !== undefined;
}

/** "The number of Japanese films released rose to 310": the counted thing named earlier in the sentence. */
export function unitNamedBefore(text: string, tokens: readonly Token[], begin: number): string | null {
  for (let k = begin - 2; k >= 1; k--) {
    if (tokens[k]!.lower !== "of" || (tokens[k - 1]!.lower !== "number" && tokens[k - 1]!.lower !== "numbers")) continue;
    return readUnit(text, tokens, k)?.text ?? null;
  }
  return null;
}

interface WordAt {
  lower: string;
  end: number;
  compound: boolean;
}

/** One word, where glued hyphens and codes join tokens: "UK-based", "under-18s", "A321", "high-speed". */
function wordAt(tokens: readonly Token[], i: number): WordAt | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return null;
  let end = i + 1;
  let lower = t.lower;
  while (end < tokens.length && !tokens[end]!.spaced) {
    const n = tokens[end]!;
    if (n.kind === "num" || n.kind === "word") {
      lower += n.lower;
      end++;
    } else if ((n.text === "-" || n.text === "/") && tokens[end + 1] !== undefined && !tokens[end + 1]!.spaced && tokens[end + 1]!.kind !== "punct") {
      lower += n.text;
      end++;
    } else break;
  }
  return { lower, end, compound: end > i + 1 };
}
