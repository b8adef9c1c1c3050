// The boundaries of a source's noun phrase, found by walking the tokens away from its cue. A phrase is names,
// lexicon heads, possessives and a few modifiers, joined by of/for/at/in/from/with/by/and; a determiner opens it.
// Token indexes are inclusive at both ends.
import type { Token } from "../text/tokens.js";
import { DETERMINERS, NP_JOINERS } from "../lexicon/attribution.js";
import { DOCUMENT_NOUNS, ISSUER_VERBS, ORG_NOUNS, ROLE_WORDS } from "../lexicon/source-nouns.js";
import { isCap, isGluedHyphen, isHeadNoun, isModifier, isNominal, isPossessive } from "./words.js";

const MAX_MODIFIERS = 3;
const MAX_TOKENS = 16;

/** Start of the phrase that ends at toks[end], not before `floor`; -1 when toks[end] cannot end one. */
export function leftPhrase(toks: readonly Token[], end: number, floor: number): number {
  let k = end;
  if (toks[k]?.text === ")") k = bracketStart(toks, k, floor) - 1;
  // "chairman Chung Mong-koo said": a name ending in a hyphenated lower-case part
  if (k - 2 >= floor && !isNominal(toks[k]) && isGluedHyphen(toks, k - 1) && isCap(toks[k - 2]) && isCap(toks[k - 3]) && /^\p{Ll}/u.test(toks[k]!.text)) k -= 2;
  if (k < floor || !isNominal(toks[k])) return -1;
  let from = k;
  let modifiers = 0;
  for (k--; k >= floor && end - k < MAX_TOKENS; k--) {
    const t = toks[k]!;
    const right = toks[k + 1]!;
    if (isGluedHyphen(toks, k) && k - 1 >= floor && (toks[k - 1]!.kind === "word" || toks[k - 1]!.kind === "num")) {
      from = --k; // ("Paris-based", "the 35-year-old striker")
      continue;
    }
    if (t.text === ")" && bracketStart(toks, k, floor) > floor) {
      k = bracketStart(toks, k, floor);
      continue;
    }
    if ((t.text === "'" || t.text === "’") && !t.spaced && /s$/.test(toks[k - 1]?.lower ?? "") && k - 1 >= floor) {
      from = --k; // "the Office for National Statistics' figures"
      continue;
    }
    if (t.text === "&" && isCap(right) && isCap(toks[k - 1]) && k - 1 >= floor) continue; // "J&J", "AT&T"
    if (isInitial(toks, k) && isCap(right) && isCap(toks[k - 2]) && k - 2 >= floor) {
      from = --k; // "David F. La Roche": a middle initial inside a name
      continue;
    }
    if (t.kind !== "word") break;
    // "the firm's own figures", "ministers' own estimates"
    if (t.lower === "own" && k - 1 >= floor && (isPossessive(toks[k - 1]) || ((toks[k - 1]!.text === "'" || toks[k - 1]!.text === "’") && !toks[k - 1]!.spaced))) continue;
    if (DETERMINERS.has(t.lower)) {
      // "director of the Cambodian …": a determiner after a joiner stays inside the phrase
      const j = toks[k - 1];
      const inside = j !== undefined && NP_JOINERS.has(j.lower) && (j.lower !== "and" || (isCap(toks[k - 2]) && isCap(right)));
      if (inside && k - 2 >= floor && isNominal(toks[k - 2])) {
        k--;
        continue;
      }
      from = k;
      // "The two firms", "its three founders": an article or possessive before a number word
      if (!/^(?:the|a|an)$/.test(t.lower) && k - 1 >= floor && /^(?:the|its|their|his|her|these|those)$/.test(toks[k - 1]!.lower)) from = k - 1;
      break;
    }
    if (isNominal(t)) {
      from = k;
      continue;
    }
    if (NP_JOINERS.has(t.lower) && joins(toks[k - 1], right, t.lower) && k - 1 >= floor) continue;
    if (isModifier(t) && modifiers < MAX_MODIFIERS && (isNominal(right) || isModifier(right))) {
      modifiers++;
      from = k;
      continue;
    }
    break;
  }
  // a phrase never opens on a bare modifier run that a joiner left dangling
  while (from < end && NP_JOINERS.has(toks[from]!.lower)) from++;
  return from;
}

/** End (inclusive) of the phrase that starts at toks[start], not past `ceil`; -1 when none starts there. */
export function rightPhrase(toks: readonly Token[], start: number, ceil: number): number {
  let k = start;
  if (toks[k] !== undefined && DETERMINERS.has(toks[k]!.lower)) k++;
  let last = -1;
  let modifiers = 0;
  for (; k <= ceil && k - start < MAX_TOKENS; k++) {
    const t = toks[k]!;
    if (t.kind === "word" && isGluedHyphen(toks, k + 1) && toks[k + 2]?.kind === "word" && k + 2 <= ceil) {
      // a compound is what its last part is: "think-tank" a head, "UK-based" a modifier, "Brown-Forman" a name
      const tail = toks[k + 2]!;
      // ("Chung Mong-koo": a lower-case tail inside a run of capitalised names is part of the name)
      if (isNominal(tail) || (isCap(t) && (isCap(tail) || (k > start && isCap(toks[k - 1]) && !isNominal(toks[k + 3]))))) last = k + 2;
      else if (!(modifiers++ < MAX_MODIFIERS && (isNominal(toks[k + 3]) || isModifier(toks[k + 3])))) break;
      k += 2;
      continue;
    }
    if (isNominal(t)) {
      last = k;
      continue;
    }
    if (t.text === "&" && last === k - 1 && isCap(toks[k + 1])) continue; // "Langlands & Bell"
    if (isInitial(toks, k) && last === k - 1 && isCap(toks[k - 1]) && isCap(toks[k + 1]) && k + 1 <= ceil) continue; // "John R. Smith"
    if (last < 0) {
      if (isModifier(t) && modifiers < MAX_MODIFIERS && (isNominal(toks[k + 1]) || isModifier(toks[k + 1]))) {
        modifiers++;
        continue;
      }
      break;
    }
    if (isGluedHyphen(toks, k) && last === k - 1) continue;
    if (t.text === "(" && last === k - 1) {
      const close = bracketEnd(toks, k, ceil);
      if (close < 0) break;
      last = k = close;
      continue;
    }
    if (t.text === "," && last === k - 1 && isListInName(toks, k, ceil)) continue;
    if (t.kind !== "word") break;
    if (ISSUER_VERBS.has(t.lower) && last >= 0 && last === k - 1 && DOCUMENT_NOUNS.has(toks[last]!.lower)) {
      // "statistics gathered by Websidestory", "a table drawn up by …": the issuer belongs to the phrase
      let j = k;
      while (j < k + 3 && ISSUER_VERBS.has(toks[j]?.lower ?? "")) j++;
      const after = toks[j + 1] !== undefined && DETERMINERS.has(toks[j + 1]!.lower) ? j + 2 : j + 1;
      if (toks[j]?.lower !== "by" || !isNominal(toks[after])) break;
      k = after - 1; // the loop goes on from the issuer's first word
      continue;
    }
    if (t.lower === "the" && last === k - 1 && ORG_NOUNS.has(toks[last]!.lower) && isCap(toks[k + 1]) && !isCap(toks[last])) {
      continue; // "local newspaper the Daily Telegraph"
    }
    if (NP_JOINERS.has(t.lower) && last === k - 1) {
      const next = toks[k + 1];
      const after = next !== undefined && DETERMINERS.has(next.lower) ? toks[k + 2] : next;
      if (joins(toks[k - 1], after, t.lower) || describedBody(toks, after === next ? k + 1 : k + 2, t.lower, ceil)) {
        if (after !== next) k++;
        continue;
      }
      break;
    }
    // after a head, an "-ed" word is its verb: "The LSE rejected Deutsche Boerse's offer"
    if (t.lower.endsWith("ed")) break;
    if (isModifier(t) && modifiers < MAX_MODIFIERS && (isNominal(toks[k + 1]) || isModifier(toks[k + 1]))) {
      modifiers++;
      continue;
    }
    break;
  }
  return last;
}

/** "of retail consultancy Verdict", "at online retailer Amazon": after an affiliation joiner, up to two modifiers
 *  and an organisation or role noun. */
function describedBody(toks: readonly Token[], a: number, joiner: string, ceil: number): boolean {
  if (!AFFILIATION.has(joiner) || !isModifier(toks[a])) return false;
  for (let k = a + 1; k <= ceil && k <= a + 2; k++) {
    const t = toks[k]!;
    if (t.kind === "word" && (ORG_NOUNS.has(t.lower) || ROLE_WORDS.has(t.lower))) return true;
    if (!isModifier(t)) return false;
  }
  return false;
}

const AFFILIATION = new Set(["of", "at", "from"]);

/** Whether a joiner links two phrase parts: "and" joins like with like, the others need a name-ish right side. */
function joins(left: Token | undefined, right: Token | undefined, joiner: string): boolean {
  if (left === undefined || right === undefined) return false;
  if (joiner === "and" || joiner === "&") return (isCap(left) && isCap(right)) || (isHeadNoun(left) && isHeadNoun(right));
  return isNominal(left) && isNominal(right);
}

/** "Ministry of Economy, Trade and Industry": a comma inside a capitalised list that ends in "and Name". */
function isListInName(toks: readonly Token[], comma: number, ceil: number): boolean {
  for (let k = comma + 1; k <= ceil && k < comma + 6; k++) {
    const t = toks[k]!;
    if (t.lower === "and") return isCap(toks[k + 1]) && isCap(toks[comma - 1]);
    if (!isCap(t)) return false;
  }
  return false;
}

function bracketStart(toks: readonly Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= 5; k--) if (toks[k]!.text === "(") return k;
  return floor - 1;
}

function bracketEnd(toks: readonly Token[], open: number, ceil: number): number {
  for (let k = open + 1; k <= ceil && k - open <= 5; k++) if (toks[k]!.text === ")") return k;
  return -1;
}

/** toks[k] is the full stop of a middle initial: "F." in "David F. La Roche". */
export function isInitial(toks: readonly Token[], k: number): boolean {
  const dot = toks[k];
  const letter = toks[k - 1];
  return dot !== undefined && dot.text === "." && !dot.spaced && letter !== undefined && /^\p{Lu}$/u.test(letter.text) &&
    letter.spaced && toks[k + 1] !== undefined && toks[k + 1]!.spaced;
}
