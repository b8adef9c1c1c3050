// Clause boundaries inside a sentence, cheaply: punctuation that ends a clause, words that open a subordinate
// one ("that", "which", "while"…), and the comma that closes a sentence-initial subordinate clause ("As the
// number … increased over the last few years, police have deported hundreds"). Asides in brackets or between
// paired dashes are skipped over: "Five million visitors made the gallery - which houses … - the UK's most
// visited museum in 2004" is one clause around the aside. Good enough to keep a figure from borrowing the time
// frame of the clause next to it; not a parser.
import type { Sentence } from "../types.js";

const BOUNDARY = /[;:]|\b(?:that|which|who|whom|whose|where|while|whereas|but|although|though|because|unless)\b(?!\s+(?:year|month|week|day|quarter|period|time|decade)s?\b)/gi;
const OPENERS = /^\W*(?:as|while|when|although|though|because|if|whereas|despite|once|whilst)\b/i;
const ASIDE = /\([^()]*\)|\[[^\[\]]*\]|\s[-–—]\s[^-–—]*\s[-–—]\s|—[^—]*—/g;

/** Sorted absolute offsets where a clause ends inside the sentence. */
export function clauseBreaks(s: Sentence): number[] {
  const asides: Array<[number, number]> = [];
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(s.text); m !== null; m = ASIDE.exec(s.text)) asides.push([m.index, m.index + m[0].length]);
  const inAside = (i: number) => asides.some(([a, b]) => i >= a && i < b);
  const out: number[] = [];
  if (OPENERS.test(s.text)) {
    const comma = s.text.indexOf(",");
    if (comma > 0) out.push(s.start + comma);
  }
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s.text); m !== null; m = BOUNDARY.exec(s.text)) if (!inAside(m.index)) out.push(s.start + m.index);
  return out.sort((a, b) => a - b);
}

/** True when a boundary lies between offsets a and b (a < b). */
export function crosses(breaks: readonly number[], a: number, b: number): boolean {
  for (const x of breaks) {
    if (x >= b) return false;
    if (x >= a) return true;
  }
  return false;
}
