// "San Chey, executive director of the Cambodian Social Accountability Alliance, said": a name and a role set off
// by commas. The annotation guide keeps the role inside the source's text; classify() tells which part names it.
import type { Token } from "../text/tokens.js";
import { CUE_VERBS } from "../lexicon/attribution.js";
import type { PhraseParts } from "./classify.js";
import { leftPhrase, rightPhrase } from "./noun-phrase.js";
import { isCap, isNominal, isQuoteMark } from "./words.js";

const MAX_APPOSITIVE = 25;

/** The phrase "NAME, ROLE" whose closing comma is toks[close], or null. */
export function appositiveBefore(toks: readonly Token[], close: number): PhraseParts | null {
  let open = -1;
  for (let k = close - 1; k >= 0 && close - k <= MAX_APPOSITIVE; k--) {
    const t = toks[k]!;
    if (t.text === ",") {
      open = k;
      break;
    }
    if (isQuoteMark(t) || /^[;:()\u2014\u2013]$/.test(t.text) || (CUE_VERBS.has(t.lower) && t.lower !== "read")) return null;
  }
  if (open < 1 || open + 1 > close - 1) return null;
  const b0 = toks[open + 1]!;
  if (/^(?:in|on|at)$/.test(b0.lower)) {
    // ", in a statement," is an aside, not a role
    const from = leftPhrase(toks, open - 1, 0);
    return from < 0 ? null : { from, to: open - 1 };
  }
  const from = leftPhrase(toks, open - 1, 0);
  if (from < 0) {
    // "Although details were scant, Mr Gates, said …": a stray comma after the subject
    const own = leftPhrase(toks, close - 1, open + 1);
    return own === open + 1 && isCap(toks[close - 1]) ? { from: own, to: close - 1 } : null;
  }
  const relative = /^(?:who|which)$/.test(b0.lower);
  if (!relative && rightPhrase(toks, open + 1, close - 1) < 0) return null;
  if (!relative && !hasNominal(toks, open + 1, close - 1)) return null;
  return { from, to: open - 1, appositive: { from: open + 1, to: close - 1 } };
}

/** After an inverted cue ("…, said San Chey, executive director of …."): a role running to the sentence end. */
export function appositiveAfter(toks: readonly Token[], end: number): { from: number; to: number } | undefined {
  if (toks[end + 1]?.text !== ",") return undefined;
  let last = toks.length - 1;
  while (last > end && toks[last]!.kind === "punct") last--;
  if (last <= end + 1) return undefined;
  const stop = rightPhrase(toks, end + 2, last);
  return stop === last ? { from: end + 2, to: last } : undefined;
}

function hasNominal(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isNominal(toks[k])) return true;
  return false;
}
