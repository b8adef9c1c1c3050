// A sentence's tokens with the text they came from, and small tests over runs of them.
import type { Token } from "../text/tokens.js";
import { FEMALE_HONORIFICS, MALE_HONORIFICS, NP_JOINERS } from "../lexicon/attribution.js";
import { FEMALE_NAMES, MALE_NAMES } from "../lexicon/given-names.js";
import { AMBIGUOUS_NAMES } from "../lexicon/name-gender.js";
import { isCap, isHonorific, isPossessive } from "./words.js";
import type { Gender } from "./classify.js";

export interface Phrase {
  readonly src: string;
  readonly toks: readonly Token[];
  /** The text of toks[from..to], whitespace runs (line wraps) made single spaces. */
  text(from: number, to: number): string;
}

export function phraseOver(src: string, toks: readonly Token[]): Phrase {
  return {
    src,
    toks,
    text: (from, to) => (to < from ? "" : src.slice(toks[from]!.start, toks[to]!.end).replace(/\s+/g, " ")),
  };
}

const FEMALE_ROLES = new Set(["spokeswoman", "chairwoman", "congresswoman", "wife", "mother", "actress", "queen",
  "princess", "sister", "daughter", "widow", "businesswoman", "grandmother"]);
const MALE_ROLES = new Set(["spokesman", "chairman", "congressman", "husband", "father", "king", "prince", "son",
  "brother", "businessman", "grandfather"]);

/** Gender told by an honorific, a given name or a gendered role word in toks[from..to]; null when none does. */
export function genderOf(p: Phrase, from: number, to: number): Gender | null {
  for (let k = from; k <= to; k++) {
    const w = p.toks[k]!.lower.replace(/\.$/, "");
    if (FEMALE_HONORIFICS.has(w) || FEMALE_ROLES.has(w)) return "female";
    if (MALE_HONORIFICS.has(w) || MALE_ROLES.has(w)) return "male";
    // a given name opens a run of names: "Hailey" alone is a surname
    // ("Frank-Juergen Weise": a hyphenated given name counts by its first part)
    const hyphened = p.toks[k - 1]?.text === "-" && !p.toks[k - 1]!.spaced;
    const next = p.toks[k + 1]?.text === "-" && !p.toks[k + 1]!.spaced ? p.toks[k + 2] : p.toks[k + 1];
    if (isCap(p.toks[k]) && (k === from || !(isCap(p.toks[k - 1]) || hyphened)) && k < to && isCap(next)) {
      const first = w.split("-")[0]!;
      if (AMBIGUOUS_NAMES.has(first)) return null;
      if (MALE_NAMES.has(first)) return "male";
      if (FEMALE_NAMES.has(first)) return "female";
    }
  }
  return null;
}

/** Whether a capitalised given name opens the run at toks[k]. */
export function isGivenName(t: Token | undefined): boolean {
  if (t === undefined || !isCap(t)) return false;
  const w = t.lower.split("-")[0]!;
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

/** "German", "Chinese", "Iraqi": a nationality adjective, not a name. */
export function isDemonym(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ic)$/u.test(t.text);
}

/** toks[from..to] is a name: capitalised words with joiners, honorifics and possessives between. */
export function isProperRun(p: Phrase, from: number, to: number): boolean {
  if (from > to || !isCap(p.toks[from]) || !(isCap(p.toks[to]) || p.toks[to]!.text === ")")) return false;
  for (let k = from; k <= to; k++) {
    const t = p.toks[k]!;
    if (isCap(t) || isHonorific(t) || isPossessive(t) || NP_JOINERS.has(t.lower) || t.kind === "punct") continue;
    return false;
  }
  return true;
}
