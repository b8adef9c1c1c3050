// Words that may stand between a source and its cue without being either: "The Chinese Embassy in Phnom Penh
// on Thursday lauded", "BA has also warned", "the company, in a statement, said".
import type { Token } from "../text/tokens.js";
import { CUE_FILLERS, FILLER_PHRASE_OPENERS, MANNER_NOUNS } from "../lexicon/attribution.js";
import { MONTHS, TIME_UNITS, WEEKDAYS } from "../lexicon/time-words.js";

const TIME_NOUNS = new Set(["night", "morning", "afternoon", "evening", "weekend", "day", "week", "month", "year"]);
const POSSESSIVE_DETS = new Set(["a", "an", "its", "his", "her", "their", "the", "this"]);
const ASIDES = new Set(["however", "meanwhile", "though", "too", "also", "separately", "instead"]);

const isTimeWord = (t: Token | undefined) =>
  t !== undefined && (t.lower in WEEKDAYS || t.lower in MONTHS || TIME_NOUNS.has(t.lower) || t.lower in TIME_UNITS);

/** Index of the last token before the fillers that end at toks[k] (k itself when there are none). */
export function skipFillersLeft(toks: readonly Token[], k: number): number {
  for (let guard = 0; guard < 6 && k >= 0; guard++) {
    const t = toks[k]!;
    if (t.kind === "word" && CUE_FILLERS.has(t.lower)) {
      k--;
      continue;
    }
    const n = fillerPhraseEndingAt(toks, k);
    if (n === 0) {
      // "Gerry Conlon - who was wrongly convicted of planting the bombs - said": a dashed aside
      const open = dashedAsideStart(toks, k);
      if (open < 0) break;
      k = open - 1;
      continue;
    }
    k -= n;
  }
  return k;
}

/** How many tokens a time or manner phrase ending at toks[k] spans ("on Thursday", "in a statement"), or 0. */
function fillerPhraseEndingAt(toks: readonly Token[], k: number): number {
  const t = toks[k];
  if (t === undefined) return 0;
  const p1 = toks[k - 1];
  const p2 = toks[k - 2];
  if (t.text === "," && p1 !== undefined && ASIDES.has(p1.lower) && p2?.text === ",") return 3; // ", however,"
  if (t.kind === "num" && p1 !== undefined && p1.lower in MONTHS && p2?.lower === "on") return 3; // "on Oct 12"
  if (isTimeWord(t)) {
    if (p1 !== undefined && (FILLER_PHRASE_OPENERS.has(p1.lower) || p1.lower === "from")) {
      return p2 !== undefined && /^(?:earlier|later)$/.test(p2.lower) ? 3 : 2; // "earlier this week"
    }
    if (t.lower in WEEKDAYS && /^\p{Lu}/u.test(t.text)) return 1; // US style: "the firm Thursday said"
  }
  if (MANNER_NOUNS.has(t.lower) && p1 !== undefined && POSSESSIVE_DETS.has(p1.lower) && p2?.lower === "in") return 3;
  return 0;
}

/** Index of the first token after fillers that start at toks[k] ("today", "on Thursday"). */
export function skipFillersRight(toks: readonly Token[], k: number): number {
  for (let guard = 0; guard < 4 && k < toks.length; guard++) {
    const t = toks[k]!;
    if (t.kind === "word" && /^(?:today|yesterday|also|further|then|later)$/.test(t.lower)) k++;
    else if (FILLER_PHRASE_OPENERS.has(t.lower) && isTimeWord(toks[k + 1])) k += 2;
    else break;
  }
  return k;
}

const DASHES = new Set(["-", "\u2013", "\u2014"]);
const MAX_ASIDE = 25;

/** Index of the opening dash of an aside "- who …/a …/the … -" whose closing dash is toks[k], or -1. */
function dashedAsideStart(toks: readonly Token[], k: number): number {
  const close = toks[k];
  if (close === undefined || !DASHES.has(close.text) || !close.spaced) return -1;
  for (let j = k - 2; j > 0 && k - j <= MAX_ASIDE; j--) {
    const t = toks[j]!;
    if (t.text === '"' || t.text === "\u201c" || t.text === "\u201d" || t.text === ";") return -1;
    if (DASHES.has(t.text) && t.spaced) return /^(?:who|which|whose|a|an|the|himself|herself|itself|now|then|also)$/.test(toks[j + 1]!.lower) ? j : -1;
  }
  return -1;
}
