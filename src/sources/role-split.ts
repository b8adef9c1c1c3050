import type { Token } from "../text/tokens.js";
// Phrases that hold a name and a description of it: "Interior Ministry spokesman Khieu Sopheak" (role, then the
// name), "Telecoms firm Eircom" (descriptor, then the name), "Cara Diemont of IT firm Dimension Data" (the name,
// then where the person works).
import { HONORIFICS } from "../lexicon/attribution.js";
import { ORG_NOUNS, ORG_SUFFIXES, ROLE_WORDS, UNNAMED_NOUNS } from "../lexicon/source-nouns.js";
import type { Classified } from "./classify.js";
import { genderOf, isGivenName, type Phrase } from "./phrase-text.js";
import { isCap, isPluralRole, NAME_PARTICLES, opensSentence } from "./words.js";
import { isInitial } from "./noun-phrase.js";

/** "Interior Ministry spokesman Khieu Sopheak", "Telecoms firm Eircom": a role or descriptor, then the name. */
export function splitRole(p: Phrase, s: number, to: number): Classified | null {
  const { toks } = p;
  for (let h = to - 1; h >= s; h--) {
    const t = toks[h]!;
    // ("Consultancy Deloitte estimates", "Retailer Tesco said": a descriptor capitalised as the sentence's first word,
    // unless it can end a name itself: "Bank Leumi", "Group Lotus")
    const lowerCase = !/^\p{Lu}/u.test(t.text);
    const descriptor = lowerCase || (opensSentence(toks, h) && !ORG_SUFFIXES.has(t.lower));
    const isRole = ROLE_WORDS.has(t.lower);
    if (!isRole && !(descriptor && ORG_NOUNS.has(t.lower))) continue;
    // the name: a run of capitalised words right after the role ("newspaper the Daily Telegraph" too), then maybe
    // "of/at/from …"
    const the = !isRole && toks[h + 1]?.lower === "the" && isCap(toks[h + 2]) ? 1 : 0;
    let e = h + the;
    while (e < to && (isCap(toks[e + 1]) || toks[e + 1]!.text === "-" || (NAME_PARTICLES.has(toks[e + 1]!.lower) && isCap(toks[e + 2])) || nameTail(toks, e + 1) || isInitial(toks, e + 1))) e++;
    if (e === h + the || !(isCap(toks[e]) || nameTail(toks, e))) continue;
    const pp = e < to && /^(?:of|at|from|with|for)$/.test(toks[e + 1]!.lower);
    if (e !== to && !pp) continue;
    const nameToks = toks.slice(h + 1 + the, e + 1);
    if (!lowerCase && nameToks.some((n) => ORG_SUFFIXES.has(n.lower))) continue; // "General Motors"
    const honorific = HONORIFICS.has(toks[h + 1 + the]!.lower) && e > h + 1 + the;
    const n0 = h + 1 + the + (honorific ? 1 : 0);
    const role = p.text(s, h) + (pp ? " " + p.text(e + 1, to) : "");
    const kind = isRole ? "person" : "organization";
    return { name: p.text(n0, e), role, kind, gender: isRole ? genderOf(p, s, e) : null, plural: false };
  }
  return null;
}

/** "Cara Diemont of IT firm Dimension Data", "Ben Coppin from Envisional": a person's name, then where they work. */
/** "A spokesman for the British Phonographic Industry (BPI)": nobody named; "the chairman of BA": someone the
 *  text may have named. A role noun opens the phrase and of/for/at/from/with follows it. */
export function roleOfOrg(p: Phrase, from: number, s: number, to: number): Classified | null {
  const { toks } = p;
  const head = toks[s]!;
  // ("Officials at the Treasury": a group capitalised as the sentence's first word; "President of the Institute
  // Jorio Dauster" is a title before a name)
  const group = UNNAMED_NOUNS.has(head.lower) || isPluralRole(head.lower);
  if (s >= to || (/^\p{Lu}/u.test(head.text) && !(group && /s$/.test(head.lower) && opensSentence(toks, s))) || !(ROLE_WORDS.has(head.lower) || group)) return null;
  if (!/^(?:of|for|at|from|with)$/.test(toks[s + 1]!.lower)) return null;
  let e = to;
  if (toks[e]!.text === ")") while (e > s && toks[e]!.text !== "(") e--;
  if (toks[e]!.text === "(") e--;
  const name = p.text(s, e);
  const gender = genderOf(p, s, s);
  if (from === s || /^(?:a|an|one|another|some)$/.test(toks[from]!.lower)) return { name, role: null, kind: "unnamed", gender, plural: false };
  return { name, role: null, kind: "person", gender, plural: false, refer: { type: "role", head: head.lower } };
}

export function personOfOrg(p: Phrase, s: number, to: number): Classified | null {
  const { toks } = p;
  const honorific = HONORIFICS.has(toks[s]!.lower);
  let e = s + (honorific ? 1 : 0);
  while (e < to && (isCap(toks[e + 1]) || NAME_PARTICLES.has(toks[e + 1]!.lower)) && !ROLE_WORDS.has(toks[e + 1]!.lower)) e++;
  if (e >= to || !/^(?:of|at|from|with)$/.test(toks[e + 1]!.lower)) return null;
  // "Benoit Joly from broadband telecoms firm Thales": a given name the lexicon lacks, but two or three capitalised
  // words before a workplace described by a lower-case organisation noun
  if (!honorific && !isGivenName(toks[s]) && !(e > s && e - s < 3 && describedWorkplace(p, e + 2, to))) return null;
  if (toks.slice(s, e + 1).some((t) => ORG_SUFFIXES.has(t.lower) || ORG_NOUNS.has(t.lower))) return null;
  const n0 = honorific ? s + 1 : s;
  const refer = honorific && e === n0 ? { refer: { type: "surname" as const, surname: p.text(n0, e), honorific } } : {};
  return { name: p.text(n0, e), role: p.text(e + 1, to), kind: "person", gender: genderOf(p, s, e), plural: false, ...refer };
}

function describedWorkplace(p: Phrase, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = p.toks[k]!;
    if (t.kind === "word" && /^\p{Ll}/u.test(t.text) && ORG_NOUNS.has(t.lower) && isCap(p.toks[k + 1])) return true;
  }
  return false;
}

/** "Chung Mong-koo", "Roh Moo-hyun": a lower-case part glued by a hyphen to a capitalised name word. */
export function nameTail(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const dash = toks[k - 1];
  return t !== undefined && t.kind === "word" && !t.spaced && /^\p{Ll}/u.test(t.text) && dash !== undefined &&
    dash.text === "-" && !dash.spaced && isCap(toks[k - 2]);
}
