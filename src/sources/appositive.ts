// "San Chey, executive director of the Cambodian Social Accountability Alliance, said": a name and a role set off
// by commas. The annotation guide keeps the role inside the source's text; classify() tells which part names it.
import type { Token } from "../text/tokens.js";
import { CLOSED_CLASS, CUE_VERBS, DETERMINERS } from "../lexicon/attribution.js";
import { ISSUER_VERBS } from "../lexicon/source-nouns.js";
import type { PhraseParts } from "./classify.js";
import { leftPhrase, rightPhrase } from "./noun-phrase.js";
import { isCap, isNominal, isPossessive, isQuoteMark } from "./words.js";

const MAX_APPOSITIVE = 30;

/** The phrase "NAME, ROLE[, MORE]" whose closing comma is toks[close], or null. */
export function appositiveBefore(toks: readonly Token[], close: number): PhraseParts | null {
  // the commas back to the clause start: "Mr Mubanga, 32, from Wembley, London, said"
  const commas: number[] = [];
  let floor = 0;
  for (let k = close - 1; k >= 0 && close - k <= MAX_APPOSITIVE; k--) {
    const t = toks[k]!;
    if (t.text === ",") {
      commas.push(k);
      if (commas.length >= MAX_SEGMENTS) break;
    } else if (isQuoteMark(t) || /^[;:()\u2014\u2013]$/.test(t.text) || (t.text === "-" && t.spaced) || (CUE_VERBS.has(t.lower) && t.lower !== "read" && !nounAfterDeterminer(toks, k))) {
      // (a spaced hyphen is a dash: the dateline's "LONDON, Mar 2 -" is no part of the subject)
      floor = k + 1;
      break;
    }
  }
  const open = commas[0];
  if (open === undefined || open < 1 || open + 1 > close - 1) return null;
  const b0 = toks[open + 1]!;
  // (", earlier reporting …," too)
  const b1 = /^(?:earlier|also|later|separately|again)$/.test(b0.lower) ? toks[open + 2] ?? b0 : b0;
  if ((/^(?:in|on|at)$/.test(b0.lower) && close - open <= 7) || (/^\p{Ll}+ing$/u.test(b1.text) && b1.lower !== "during") || participleAside(toks, b1)) {
    // ", in a statement,", ", reporting its first annual results …," and ", released on Tuesday," are asides, not roles
    if (toks[open - 1]?.text === ">") {
      const t0 = bracketOpen(toks, open - 1, floor);
      return t0 < 0 ? null : { from: t0 + 1, to: open - 2 };
    }
    const from = leftPhrase(toks, open - 1, floor);
    return from < 0 ? null : { from, to: open - 1 };
  }
  // the leftmost comma whose segment before it is a whole phrase and whose segments after it are appositives
  for (let j = commas.length - 1; j >= 0; j--) {
    const c = commas[j]!;
    const segStart = j + 1 < commas.length ? commas[j + 1]! + 1 : floor;
    // wire copy's bracketed company name: "<Exco International Plc>, a subsidiary of …, said"
    const ticker = toks[c - 1]?.text === ">" ? bracketOpen(toks, c - 1, segStart) : -1;
    const from = ticker >= 0 ? ticker + 1 : leftPhrase(toks, c - 1, segStart);
    const to = ticker >= 0 ? c - 2 : c - 1;
    if (from < 0 || from > to || !onlyClosedClass(toks, segStart, ticker >= 0 ? ticker : from) || !appositives(toks, c, close)) continue;
    const tail = toks[close - 1]?.text === ">" ? bracketOpen(toks, close - 1, c + 1) : -1;
    return { from, to, appositive: { from: c + 1, to: tail > c + 1 ? tail - 1 : close - 1 } };
  }
  // "Although details were scant, Mr Gates, said …": a stray comma after the subject
  const own = leftPhrase(toks, close - 1, open + 1);
  return own === open + 1 && isCap(toks[close - 1]) ? { from: own, to: close - 1 } : null;
}

/** ", released on Tuesday,", ", quoted by Reuters,", ", conducted last month,": a past participle and its adjunct. */
function participleAside(toks: readonly Token[], t: Token): boolean {
  if (!/^\p{Ll}+ed$/u.test(t.text)) return false;
  if (ISSUER_VERBS.has(t.lower)) return true;
  const k = toks.indexOf(t);
  return /^(?:by|in|on|at|after|before|from|last|this|earlier|during)$/.test(toks[k + 1]?.lower ?? "");
}

/** "The report, published on Monday, said", ", in its monthly report, said": a cue word that is also a noun, after
 *  a determiner (and up to two modifiers), is the noun. */
function nounAfterDeterminer(toks: readonly Token[], k: number): boolean {
  if (CUE_VERBS.get(toks[k]!.lower)?.noun !== true) return false;
  const det = (t: Token | undefined) => t !== undefined && (DETERMINERS.has(t.lower) || isPossessive(t));
  const adjective = (t: Token | undefined) => t !== undefined && t.kind === "word" && /^\p{Ll}/u.test(t.text) && !CLOSED_CLASS.has(t.lower) && !det(t);
  let j = k - 1;
  while (j > k - 3 && adjective(toks[j])) j--;
  return det(toks[j]);
}

const MAX_SEGMENTS = 4;
const MAX_DESCRIPTION = 9;
const AUXILIARIES = new Set(["can", "could", "will", "would", "may", "might", "must", "should", "is", "are", "was",
  "were", "has", "have", "had"]);
/** Words that make a segment a clause, not a description ("an entire project can take three months"). */
const VERBISH = new Set(["can", "could", "will", "would", "may", "might", "must", "should", "is", "are", "was", "were",
  "has", "have", "had", "be", "been", "did", "does", "do", "take", "takes", "took"]);

/** Every comma-separated segment in (open, close) is a role, an age, a place or a relative clause. */
function appositives(toks: readonly Token[], open: number, close: number): boolean {
  let start = open + 1;
  for (let k0 = open + 1; k0 <= close; k0++) {
    if (toks[k0]!.text !== "," && k0 !== close) continue;
    // "a subsidiary of British and Commonwealth Shipping Co Plc <BCOM.L>": the ticker after a name is no part of it
    const ticker = toks[k0 - 1]?.text === ">" ? bracketOpen(toks, k0 - 1, start) : -1;
    const k = ticker > start ? ticker : k0;
    if (start > k - 1) return false;
    const first = toks[start]!;
    if (/^(?:who|which)$/.test(first.lower)) return true; // a relative clause runs to the cue
    // "a key influence on New Labour thinking", "a longtime critic of the plan": an indefinite description
    const described = /^(?:a|an)$/.test(first.lower) && k - 1 > start && k - start <= MAX_DESCRIPTION &&
      toks.slice(start, k).every((t) => (t.kind === "word" && !VERBISH.has(t.lower)) || t.text === "-" || t.text === "'" || t.text === "’");
    // "an entire DVD project can take up to three months": a clause of its own is no appositive
    if (toks.slice(start, k).some((t) => AUXILIARIES.has(t.lower))) return false;
    const ok = first.kind === "num" || /^(?:from|of|aged|at|in)$/.test(first.lower) || described || (rightPhrase(toks, start, k - 1) >= 0 && hasNominal(toks, start, k - 1));
    if (!ok) return false;
    start = k0 + 1;
  }
  return true;
}

/** Index of the "<" that opens the bracket closed at toks[close] (a wire ticker or company name), or -1. */
function bracketOpen(toks: readonly Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k < 12; k--) if (toks[k]!.text === "<") return k < close - 1 ? k : -1;
  return -1;
}

function onlyClosedClass(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!CLOSED_CLASS.has(toks[k]!.lower)) return false;
  return true;
}

/** After an inverted cue ("…, said San Chey, executive director of …."): a role running to the sentence end. */
export function appositiveAfter(toks: readonly Token[], end: number): { from: number; to: number } | undefined {
  if (toks[end + 1]?.text !== ",") return undefined;
  let last = toks.length - 1;
  while (last > end && toks[last]!.kind === "punct") last--;
  if (last <= end + 1) return undefined;
  const stop = rightPhrase(toks, end + 2, last);
  if (stop === last) return { from: end + 2, to: last };
  // "…, said Frank-Juergen Weise, head of the Federal Labour Agency, in a statement": a role closed by a comma
  // before an aside
  const after = toks[stop + 2];
  if (stop > end + 1 && toks[stop + 1]?.text === "," && after !== undefined && after.kind === "word" &&
      (TRAILING_ASIDES.has(after.lower) || /^\p{Ll}+ing$/u.test(after.text))) return { from: end + 2, to: stop };
  return undefined;
}

const TRAILING_ASIDES = new Set(["in", "at", "on", "during", "who", "when", "after", "while", "as", "before", "from"]);

function hasNominal(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isNominal(toks[k])) return true;
  return false;
}
