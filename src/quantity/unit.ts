// The counted thing after a count: "1,000 Chinese nationals", "hundreds of Chinese nationals", "464,000 subscribers",
// "6,100 UK-based staff", "six Airbus A321 aircraft".
import type { Token } from "../text/tokens.js";
import { GLUED_UNITS, MEASURE_WORDS } from "../lexicon/labels.js";
import { LY_NOT_ADVERBS, UNIT_STOPWORDS } from "../lexicon/stopwords.js";
import { SCALES, TENS, UNITS, WORD_SCALES } from "../lexicon/numbers.js";
// the unit named elsewhere in the sentence, for a figure with none after it (re-exported for the scan)
export { unitNamedBefore } from "./unit-context.js";
import { VERB_LEMMAS } from "../lexicon/verb-lemmas.js";
import { IRREGULAR_PASTS } from "../lexicon/irregular-pasts.js";

const MAX_UNIT_WORDS = 4;
const MILESTONES = new Set(["mark", "barrier", "milestone", "threshold"]);
const POST_HEAD_ADVERBS = new Set(["worldwide", "online", "abroad", "overseas", "nationwide", "globally", "today",
  "tonight", "tomorrow", "yesterday", "sometime", "further", "overall", "altogether", "together", "annually"]);
/** Participles that do not end in "-ed": a trailing one is a verb after the head ("34 guidelines drawn up"). */
const IRREGULAR_PARTICIPLES = new Set(["drawn", "taken", "given", "shown", "known", "seen", "grown", "written", "thrown",
  "born", "chosen", "stolen", "broken", "spoken", "driven", "fallen", "hidden", "risen", "sworn", "worn", "held", "sold",
  "made", "built", "kept", "left", "lost", "paid", "spent", "sent", "found", "brought", "bought", "caught", "taught"]);
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
    // "two of his six children", "about 10 of its 27 plants": the whole the figure is part of counts the same
    const det = DETERMINERS.has(tokens[i]?.lower ?? "");
    if (det) i++;
    // "2,000 of the bank's 50,000 employees", "13 of Britain's 659 MPs": a possessive before the whole
    if (/['’]s$/.test(tokens[i]?.lower ?? "") && (tokens[i + 1]?.kind === "num" || isNumberWord(tokens[i + 1]?.lower ?? ""))) i = skipNumber(tokens, i + 1);
    else if (det) i = skipNumber(tokens, i);
  }
  const begin = i;
  let end = i;
  let words = 0;
  while (end < tokens.length && words < MAX_UNIT_WORDS) {
    // "70 Boeing 737-800 planes", "four Airbus 380 jets": a model number after a maker's name is part of the unit
    const code = words > 0 && /^\p{Lu}/u.test(tokens[end - 1]!.text) ? modelCodeEnd(tokens, end) : -1;
    if (code > end && wordAt(tokens, code) !== null) {
      end = code;
      continue;
    }
    const w = wordAt(tokens, end);
    if (w === null) break;
    // "one terabyte-size file", "two gigabyte-sized drives": the measure before the hyphen is what is counted
    if (words === 0 && w.compound && MEASURE_WORDS.has(tokens[end]!.lower.replace(/s$/, "")) && tokens[end + 1]?.text === "-") {
      return { text: tokens[end]!.text, begin: end, end: end + 1 };
    }
    const lower = w.lower;
    if (!w.compound && UNIT_STOPWORDS.has(lower) && !isAcronymUS(tokens, end)) break;
    // a participle or an adverb after the head ends the noun phrase ("deported", "accused", "sharply")
    if (!w.compound && words > 0 && (/ed$/.test(lower) || adverb(lower)) && lower.length > 4) break;
    if (!w.compound && words === 0 && adverb(lower)) break;
    // "five of the eight men held a news conference": an irregular past after the head is the verb; so is one
    // with no head before it ("two of them held me")
    if (!w.compound && IRREGULAR_PASTS.has(lower)) break;
    // "50,000 people worldwide", "100 million people online": an adverb of place after the head ends it
    if (!w.compound && words > 0 && POST_HEAD_ADVERBS.has(lower)) break;
    // "thousands more watched": a lone participle is a verb; "1,000 skilled workers": an adjective before a noun
    if (!w.compound && words === 0 && /ed$/.test(lower) && wordAt(tokens, w.end) === null) break;
    if (isNumberWord(lower)) break; // "two of his six children", "1,248 rigs one year ago": a unit holds no number
    if (words === 0 && MILESTONES.has(lower)) break; // "broke the 100 million mark": the mark is not what is counted
    end = w.end;
    words++;
    // a unit of measure is the whole unit: "one terabyte file" measures in terabytes
    if (words === 1 && MEASURE_WORDS.has(lower.replace(/s$/, ""))) break;
  }
  // the phrase ends on its head noun: drop trailing participles
  while (end > begin + 1 && (/(?:ed|ing)$/.test(tokens[end - 1]!.lower) || IRREGULAR_PARTICIPLES.has(tokens[end - 1]!.lower))) end--;
  // "6,500 US stores plan to", "more than 40 stars sang": a verb (not in "-s": "drugs tests", "sports clubs" are
  // nouns) after a plural head is the clause's verb
  const last = tokens[end - 1]!.lower;
  const head = tokens[end - 2];
  if (end - begin >= 2 && VERB_LEMMAS.has(last) && !last.endsWith("s") && head?.kind === "word" && plural(head.lower) && !/['’]s$/.test(head.lower)) end--;
  if (end === begin) return null;
  end = coordinated(tokens, end);
  return { text: text.slice(tokens[begin]!.start, tokens[end - 1]!.end), begin, end };
}

/** "-ly" words are adverbs, but for the nouns and adjectives of a short list ("family", "elderly", "daily"). */
function adverb(lower: string): boolean {
  return lower.endsWith("ly") && !LY_NOT_ADVERBS.has(lower);
}

/** "137 million US users": "US" in capitals is the country, not the pronoun (unless the sentence is in capitals). */
function isAcronymUS(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== "US") return false;
  const n = tokens[i + 1];
  return n === undefined || n.kind !== "word" || n.text !== n.text.toUpperCase();
}

/** Token index past the number at i ("27", "1.2 million", "six"), or i when there is none. */
function skipNumber(tokens: readonly Token[], i: number): number {
  let k = i;
  if (tokens[k]?.kind === "num") k++; // "1,000.5" is one token
  else {
    while (k < tokens.length && k < i + 3 && tokens[k]!.kind === "word" && isNumberWord(tokens[k]!.lower)) k++;
  }
  const scale = tokens[k];
  // "1.6 million", "1.6m" (glued), "1.6 mln"
  if (k > i && scale !== undefined && (WORD_SCALES[scale.lower] !== undefined || (SCALES[scale.lower] !== undefined && (!scale.spaced || scale.lower.length > 1)))) k++;
  return k;
}

const COORDINATORS = new Set(["and", "or"]);
const IRREGULAR_PLURALS = new Set(["people", "men", "women", "children", "staff", "police", "personnel", "cattle", "crew", "aircraft"]);
const MAX_COORDINATED_WORDS = 3;
const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did"]);

function plural(lower: string): boolean {
  return IRREGULAR_PLURALS.has(lower) || (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us"));
}

/** "Nine overseas embassies and high commissions", "18 new embassies or consulates": a unit goes on over "and"/"or"
 *  and a second noun phrase in lower case that agrees with its head in number and ends where the clause goes on
 *  (a function word, a punctuation mark or the sentence's end). Returns the unit's new end, or `end` unchanged. */
function coordinated(tokens: readonly Token[], end: number): number {
  if (!COORDINATORS.has(tokens[end]?.lower ?? "")) return end;
  let k = end + 1;
  let n = 0;
  while (n < MAX_COORDINATED_WORDS) {
    const w = wordAt(tokens, k);
    if (w === null || (!w.compound && UNIT_STOPWORDS.has(w.lower))) break;
    if (isNumberWord(w.lower) || /^\p{Lu}/u.test(tokens[k]!.text) || /ed$/.test(w.lower) || adverb(w.lower)) return end;
    k = w.end;
    n++;
  }
  // "7,600 workers and insists", "5,000 tonnes and exports to": a lone verb form after "and" goes on the clause
  if (n === 1 && VERB_LEMMAS.has(tokens[k - 1]!.lower)) return end;
  const after = tokens[k];
  // "indexed 5 billion webpages and claims to update": "to" after the second word makes it a verb
  if (n === 0 || after?.kind === "num" || (n === 1 && after?.lower === "to")) return end;
  // "shed 5,000 jobs and shares fell": a verb of its own after the second noun makes it the subject of a new clause
  if (after !== undefined && after.kind === "word" && (!UNIT_STOPWORDS.has(after.lower) || ((VERB_LEMMAS.has(after.lower) || IRREGULAR_PASTS.has(after.lower)) && !AUXILIARIES.has(after.lower)))) return end;
  return plural(tokens[end - 1]!.lower) === plural(tokens[k - 1]!.lower) ? k : end;
}

/** End of a model number starting at tokens[i] ("737-800", "747", "A380"-style digits after a name), or -1. */
function modelCodeEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined || t.kind !== "num" || !t.spaced || !/^\d{2,4}$/.test(t.text) || /^(?:19|20)\d\d$/.test(t.text)) return -1; // not a year
  let k = i + 1;
  while (tokens[k] !== undefined && !tokens[k]!.spaced && (tokens[k]!.text === "-" || tokens[k]!.kind === "num")) k++;
  return k;
}

function isNumberWord(w: string): boolean {
  return UNITS[w] !== undefined || TENS[w] !== undefined || WORD_SCALES[w] !== undefined;
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
