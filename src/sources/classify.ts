// Splitting a source phrase into name, role and kind: "Interior Ministry spokesman Khieu Sopheak" → Khieu Sopheak,
// role "Interior Ministry spokesman", person. What the phrase cannot tell on its own (a pronoun, "Mr Bakrie",
// "the commission", "the Facebook post") is left as a `refer` for the resolver.
import { DETERMINERS, HONORIFICS, KNOWING, OBJECT_PRONOUNS, QUANTIFIER_SUBJECTS, SUBJECT_PRONOUNS } from "../lexicon/attribution.js";
import { DOCUMENT_NOUNS, GENERIC_ORG_HEADS, ORG_NOUNS, ORG_SUFFIXES, ROLE_WORDS, SELF_NAMING_ORGS, UNNAMED_NOUNS } from "../lexicon/source-nouns.js";
import { AMBIGUOUS_NAMES } from "../lexicon/name-gender.js";
import { classifyDocument, documentHead } from "./issuer.js";
import { personOfOrg, roleOfOrg, splitRole } from "./role-split.js";
import { genderOf, isDemonym, isProperRun, type Phrase } from "./phrase-text.js";
import { isAgentPlural, isCap, isPluralNoun, isPluralOrg, isPluralRole, isPossessive } from "./words.js";

export type SourceKind = "person" | "organization" | "document" | "unnamed";
export type Gender = "male" | "female";
export type Reference =
  | { type: "pronoun"; of: "male" | "female" | "thing" | "group" }
  | { type: "surname"; surname: string; honorific: boolean }
  | { type: "name" }
  | { type: "descriptor"; head: string }
  | { type: "issuer"; definite: boolean; head: string; personal: boolean; article?: "the" | "a" }
  | { type: "role"; head: string };

export interface Classified {
  name: string;
  role: string | null;
  kind: SourceKind;
  gender: Gender | null;
  plural: boolean;
  refer?: Reference;
  /** A document's noun, singular ("post", "report"). */
  docNoun?: string;
}

/** A source phrase: toks[from..to], then maybe ", appositive" (the phrase's text runs to appositive.to). */
export interface PhraseParts {
  from: number;
  to: number;
  appositive?: { from: number; to: number };
}

/** Name, role and kind of the phrase toks[from..to] (with its appositive), or null when it cannot be a source. */
export function classify(p: Phrase, parts: PhraseParts): Classified | null {
  const ap = parts.appositive;
  if (ap === undefined) return classifySimple(p, parts.from, parts.to);
  const main = classifySimple(p, parts.from, parts.to);
  const mainIsName = isProperRun(p, skipDet(p, parts.from, parts.to), parts.to) && main?.refer?.type !== "role";
  if (/^(?:which|who)$/.test(p.toks[ap.from]!.lower)) {
    return main === null ? null : { ...main, role: main.role ?? p.text(ap.from + 1, ap.to) };
  }
  // ("Ofcom, the UK regulator": a role word that is also a body's noun heads no person's role)
  const apRole = hasRole(p, ap.from, ap.to) && !ORG_NOUNS.has(p.toks[headOf(p, ap.from, ap.to)]!.lower);
  if (mainIsName && main !== null) {
    const person = apRole || main.kind === "person";
    return { ...main, role: p.text(ap.from, ap.to), kind: person ? "person" : main.kind };
  }
  const apStart = skipDet(p, ap.from, ap.to);
  if (isProperRun(p, apStart, ap.to)) {
    const named = classifySimple(p, apStart, ap.to);
    if (named === null) return main;
    const person = hasRole(p, parts.from, parts.to) || named.kind === "person";
    const gender = named.gender ?? genderOf(p, parts.from, parts.to);
    return { ...named, role: p.text(skipDet(p, parts.from, parts.to), parts.to), kind: person ? "person" : named.kind, gender };
  }
  // "The prosecution's star witness, former WorldCom financial chief Scott Sullivan": a role, then role + name
  if (main !== null && main.refer?.type !== "pronoun" && (main.kind === "unnamed" || main.refer?.type === "role")) {
    const inner = classifySimple(p, ap.from, ap.to);
    if (inner !== null && inner.kind === "person" && inner.refer === undefined) {
      return { ...inner, role: p.text(skipDet(p, parts.from, parts.to), parts.to) + (inner.role === null ? "" : `, ${inner.role}`) };
    }
  }
  return main;
}

function classifySimple(p: Phrase, from: number, to: number): Classified | null {
  const { toks } = p;
  const s = skipDet(p, from, to);
  const base = { role: null, gender: null, plural: false };
  const first = toks[s]!;
  const pronoun = SUBJECT_PRONOUNS.get(first.lower) ?? OBJECT_PRONOUNS.get(first.lower);
  if (s === to && pronoun !== undefined) {
    const kind = pronoun === "male" || pronoun === "female" ? "person" : pronoun === "thing" ? "organization" : "unnamed";
    return { ...base, name: first.text, kind, refer: { type: "pronoun", of: pronoun } };
  }
  if (s === to && QUANTIFIER_SUBJECTS.has(first.lower)) return { ...base, name: first.text, kind: "unnamed", plural: true };
  // "people familiar with the matter", "sources close to Mr Hockney": unnamed, whoever or whatever they know about
  const knowing = knowingHead(p, s, to);
  if (knowing >= 0) return { ...base, name: p.text(s, to), kind: "unnamed", plural: isPluralNoun(toks[knowing]!.lower) };
  const doc = documentHead(p, s, to);
  if (doc >= 0) return classifyDocument(p, from, s, doc, to);
  const lead = personOfOrg(p, s, to) ?? roleOfOrg(p, from, s, to);
  if (lead !== null) return lead;
  const split = splitRole(p, s, to);
  if (split !== null) return split;
  const last = toks[to]!;
  const name = p.text(s, to);
  const plural = isPluralNoun(last.lower);
  if (!isCap(last) && last.text !== ")") {
    const w = last.lower;
    const named = hasProperName(p, s, to);
    if (!named && (UNNAMED_NOUNS.has(w) || isPluralRole(w))) return { ...base, name, kind: "unnamed", plural };
    if (ORG_NOUNS.has(w)) {
      // "the South Yorkshire company", "the Paris-based firm": a generic business noun after "the" describes a
      // company named before, whatever capitalised words qualify it
      // ("Europe's biggest drugmaker", "France's second largest carmaker": a place's possessive describes it too)
      const described = named && GENERIC_ORG_HEADS.has(w) && (/^the$/i.test(toks[from]!.text) || (isPossessive(toks[s]) && isCap(toks[s]) && s < to - 1));
      if (plural || (named && !described) || SELF_NAMING_ORGS.has(w)) return { ...base, name, kind: "organization", plural };
      return { ...base, name, kind: "organization", refer: { type: "descriptor", head: w } };
    }
    if (UNNAMED_NOUNS.has(w) || isPluralRole(w) || isAgentPlural(last.text) || isPluralOrg(last.text)) return { ...base, name, kind: "unnamed", plural };
    if (ROLE_WORDS.has(w)) {
      // "one CBT crush trader", "a spokesman": nobody named; "the chairman": someone the text has named
      if (s === from || /^(?:a|an|one|another|some)$/.test(toks[from]!.lower)) return { ...base, name, kind: "unnamed", gender: genderOf(p, s, to) };
      return { ...base, name, kind: "person", gender: genderOf(p, s, to), refer: { type: "role", head: w } };
    }
    return null;
  }
  return classifyName(p, s, to);
}

/** A capitalised name: who or what it is from honorifics, org words, given names; else the resolver decides. */
function classifyName(p: Phrase, s: number, to: number): Classified {
  const { toks } = p;
  let e = to;
  if (toks[e]!.text === ")") while (e > s && toks[e]!.text !== "(") e--;
  if (e === s || toks[e]!.text === "(") e = Math.max(s, e - 1);
  // "Britain's Jason Gardener": the possessive qualifies the name
  if (isPossessive(toks[s]) && s < e && isCap(toks[s + 1])) s++;
  const honorific = HONORIFICS.has(toks[s]!.lower.replace(/\.$/, "")) && s < e;
  const n0 = honorific ? s + 1 : s;
  const name = p.text(n0, e);
  const words = p.toks.slice(n0, e + 1).filter((t) => t.kind === "word");
  const base = { name, role: null, plural: false, gender: genderOf(p, s, e) };
  if (words.every((t) => ROLE_WORDS.has(t.lower))) return { ...base, kind: "person", refer: { type: "role", head: words[words.length - 1]!.lower } };
  if (honorific) return { ...base, kind: "person", refer: { type: "surname", surname: name, honorific } };
  if (words.length >= 3 && POST_NOMINALS.has(words[words.length - 1]!.text)) return { ...base, kind: "person" }; // "Guy Mansfield QC"
  // "The Bank said": the body the text named in full ("the Bank of England"), found by the resolver
  if (words.length === 1 && ORG_NOUNS.has(words[0]!.lower) && s > 0 && /^the$/i.test(toks[s - 1]!.text)) {
    return { ...base, kind: "organization", refer: { type: "descriptor", head: words[0]!.lower } };
  }
  // "Airlines have said": a plural common noun capitalised at the start is a group, though it can end a name
  if (words.length === 1 && UNNAMED_NOUNS.has(words[0]!.lower) && !ORG_NOUNS.has(words[0]!.lower)) return { ...base, kind: "unnamed", plural: true };
  if (words.some((t) => ORG_SUFFIXES.has(t.lower) || ORG_NOUNS.has(t.lower))) return { ...base, kind: "organization" };
  if (words.length >= 2 && words.length <= 4 && (base.gender !== null || AMBIGUOUS_NAMES.has(words[0]!.lower))) return { ...base, kind: "person" };
  if (words.length === 1) {
    const w = words[0]!;
    // "Analysts said", "Experts believe", headline "Survey confirms …": a common noun capitalised at the start
    if (UNNAMED_NOUNS.has(w.lower) || isPluralRole(w.lower)) return { ...base, kind: "unnamed", plural: true };
    if (DOCUMENT_NOUNS.has(w.lower)) return { ...base, kind: "document", docNoun: w.lower.replace(/(?<=[^s])s$/, ""), refer: { type: "issuer", definite: false, head: w.lower, personal: false } };
    const acronym = /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(w.text);
    if (acronym) return { ...base, kind: "organization" };
    // "Democrats", "Tories" are groups; "Siemens", "Reuters" are one company
    const plural = /(?:ats|ans|ists|ives|ies|als)$/.test(w.lower);
    return { ...base, kind: "organization", plural, refer: { type: "surname", surname: name, honorific: false } };
  }
  return { ...base, kind: "organization", refer: { type: "name" } };
}

/** Index of the unnamed head before "familiar with", "close to" … in toks[s..to], or -1. */
function knowingHead(p: Phrase, s: number, to: number): number {
  for (let k = s + 1; k < to; k++) {
    if (!KNOWING.has(`${p.toks[k]!.lower} ${p.toks[k + 1]!.lower}`)) continue;
    const h = p.toks[k - 1]!;
    return UNNAMED_NOUNS.has(h.lower) || isPluralRole(h.lower) ? k - 1 : -1;
  }
  return -1;
}

const POST_NOMINALS = new Set(["QC", "KC", "MP", "MEP", "MSP", "AM", "Jr", "Sr", "PhD", "OBE", "MBE", "CBE"]);

function skipDet(p: Phrase, from: number, to: number): number {
  let s = from;
  while (s < to && DETERMINERS.has(p.toks[s]!.lower)) s++;
  return s;
}

/** The head of toks[from..to]: the word before its first of/at/for/in/with, else its last word. */
function headOf(p: Phrase, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) if (/^(?:of|at|for|in|with|from)$/.test(p.toks[k]!.lower)) return k - 1;
  return to;
}

function hasRole(p: Phrase, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ROLE_WORDS.has(p.toks[k]!.lower)) return true;
  return false;
}

/** A capitalised word in the phrase that is a name, not a nationality ("IFPI industry body", not "German company"). */
function hasProperName(p: Phrase, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = p.toks[k]!;
    if (isCap(t) && !isDemonym(t) && !(p.toks[k + 1]?.text === "-")) return true;
  }
  return false;
}
