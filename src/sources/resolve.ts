// Coreference inside one article: "he said" → the last fitting named person, "Mr Bakrie" → "Aburizal Bakrie",
// "the commission" → "Electoral Commission", "the Facebook post" → the body that posted. Sources are resolved in
// text order against the ones before them; a document with no issuer may look a few sentences ahead.
import { SELF_NAMING_ORGS } from "../lexicon/source-nouns.js";
import type { Classified, Gender, SourceKind } from "./classify.js";
import type { NameIndex } from "./name-index.js";
import { declaredIssuers, type Declared } from "./declared-issuers.js";
import type { SubjectMentions } from "./mentions.js";
import { companyStartingWith, fullNameAfter, genderOfName, lowerCaseFullName, mentionEndingIn, namedAfterRole, namedAfterRoleWord, namedBeside, namedWithOf, startsWithGivenName } from "./name-lookup.js";

export interface Resolved {
  name: string;
  kind: SourceKind;
  gender: Gender | null;
  plural: boolean;
  role: string | null;
  /** Offset of the source phrase and index of its sentence. */
  at: number;
  sentence: number;
  /** False while the name is still a pronoun, a bare descriptor or a document noun. */
  named: boolean;
  /** The cue's lemma and, for a document, its noun: "the Facebook post" goes back to what "posted". */
  lemma: string;
  docNoun: string | null;
  /** A capitalised name taken for an organisation for want of a given name ("Amitai Etzioni"): a "he" or "she"
   *  right after it shows it is a person. */
  guess?: boolean;
}

const LOOKAHEAD_SENTENCES = 3;
/** How far back (in characters) a pronoun, "Mr X" or "the company" may find its antecedent. */
export const REACH = 8000;

/** Resolves every item in place, in text order. */
export function resolveAll(
  text: string,
  items: Array<{ c: Classified; r: Resolved }>,
  mentions: () => SubjectMentions,
  names: () => NameIndex,
): void {
  const done: Resolved[] = [];
  let titled: HonorificIndex | undefined;
  const honorifics = () => (titled ??= new HonorificIndex(text));
  const declared = new Map<string, Declared[]>();
  const declarations = (noun: string) => declared.get(noun) ?? (declared.set(noun, declaredIssuers(text, noun)), declared.get(noun)!);
  for (const { c, r } of items) {
    resolveOne(text, c, r, done, mentions, names, honorifics, declarations);
    done.push(r);
  }
  // documents with no issuer before them: the next named organisation a few sentences on
  items.forEach(({ c, r }, i) => {
    if (c.refer?.type !== "issuer" || c.refer.definite || r.named) return; // "a report says …", not "the report"
    const next = items.slice(i + 1).find(({ c: nc, r: n }) => n.named && !n.plural && (n.kind === "organization" || (n.kind === "document" && nc.refer === undefined)));
    if (next !== undefined && next.r.sentence - r.sentence <= LOOKAHEAD_SENTENCES) setName(r, next.r.name);
  });
}

/** "the survey found" / "a survey suggests": the maker the text declares ("Dimension Data, which commissioned the
 *  survey"). "The survey" takes the last declaration before it, else the next; "a survey" (a new one) only one at or
 *  after it. */
function declaredMaker(r: Resolved, article: "the" | "a", list: readonly Declared[]): Declared | undefined {
  let before: Declared | undefined;
  for (const d of list) {
    if (d.at < r.at) {
      if (d.at >= r.at - REACH) before = d;
    } else {
      if (d.at > r.at + REACH) break;
      return article === "the" ? before ?? d : d;
    }
  }
  return article === "the" ? before : undefined;
}

function resolveOne(
  text: string,
  c: Classified,
  r: Resolved,
  before: readonly Resolved[],
  mentions: () => SubjectMentions,
  nameIndex: () => NameIndex,
  honorifics: () => HonorificIndex,
  declarations: (noun: string) => readonly Declared[],
): void {
  const ref = c.refer;
  r.named = ref === undefined;
  if (ref === undefined) return;
  const names = nameIndex();
  // antecedents within REACH characters: a reference does not cross into another story of a long dump, and the
  // look-back stays bounded on huge documents
  const floor = r.at - REACH;
  const last = (ok: (k: Resolved) => boolean) => {
    for (let i = before.length - 1; i >= 0 && before[i]!.at >= floor; i--) if (before[i]!.named && ok(before[i]!)) return before[i];
    return undefined;
  };
  // the later of the last fitting source and the last fitting sentence subject since it
  const lastOf = (ok: (k: Resolved) => boolean) => {
    const h = last(ok);
    const m = mentions().lastBefore(r.at, floor, h?.sentence ?? 0, r.sentence, (k) => ok(k) && (h === undefined || k.at > h.at));
    return m ?? h;
  };
  let found: Resolved | undefined;
  switch (ref.type) {
    case "pronoun":
      if (ref.of === "male" || ref.of === "female") {
        // the last fitting person; else an unnamed one ("one trader said … he added")
        const fits = (k: Resolved) => k.gender === null || k.gender === ref.of;
        found = lastOf((k) => k.kind === "person" && fits(k)) ?? last((k) => k.kind === "unnamed" && !k.plural && fits(k));
        // (within the sentence before; within three when no person at all came before)
        const guess = last((k) => k.guess === true && k.kind === "organization" && r.sentence - k.sentence <= (found === undefined ? 3 : 1));
        if (guess !== undefined && (found === undefined || (found.at < guess.at && found.sentence !== r.sentence))) {
          guess.kind = "person";
          guess.gender = ref.of;
          found = guess;
        }
      }
      else if (ref.of === "thing") found = lastOf((k) => (k.kind === "organization" || k.kind === "document") && !k.plural);
      else found = last((k) => k.plural && k.kind !== "person");
      break;
    case "surname":
      // "Mr Kok" is the person, never the document named after him ("the Kok report")
      // ("Wang" after "Wang Chao-Ming", "Kim" after "Kim Mahn-je": family name first, a hyphenated given name)
      found = last((k) => lastWord(k.name) === lastWord(ref.surname) && k.kind === "person") ??
        last((k) => k.kind === "person" && FAMILY_FIRST.test(k.name) && k.name.startsWith(`${ref.surname} `)) ??
        (ref.honorific ? undefined : last((k) => k.name === ref.surname && k.kind !== "document"));
      if (found === undefined) {
        const full = mentionEndingIn(names, lastWord(ref.surname), r.at) ?? lowerCaseFullName(text, lastWord(ref.surname), r.at);
        if (full !== null && (ref.honorific || startsWithGivenName(full))) {
          setName(r, full, "person", r.gender ?? genderOfName(full));
          return;
        }
        const titled = namedAfterRole(names, lastWord(ref.surname), r.at);
        if (titled !== null) {
          setName(r, titled, "person", r.gender ?? genderOfName(titled));
          return;
        }
        const company = ref.honorific || ref.surname.includes(" ") ? null : companyStartingWith(names, ref.surname, r.at);
        if (company !== null) {
          setName(r, company, "organization", null);
          return;
        }
        // a surname with nothing before it (a headline's "Blair says …"): the full name the story goes on to write
        const later = full === null && !ref.surname.includes(" ") ? fullNameAfter(names, ref.surname, r.at) : null;
        if (later !== null) {
          setName(r, later, "person", r.gender ?? genderOfName(later));
          return;
        }
        r.named = true;
        if (ref.honorific) r.kind = "person";
        return;
      }
      break;
    case "name":
      found = last((k) => k.name === c.name);
      r.named = true;
      if (found === undefined && honorifics().precedes(lastWord(c.name))) r.kind = "person";
      break;
    case "descriptor": {
      const head = ref.head;
      // "The Bank said" after "the Bank of England"; "the central bank" is a body of its own
      if (/^\p{Lu}\p{Ll}+$/u.test(c.name)) {
        const titled = namedWithOf(text, c.name, r.at) ?? mentionEndingIn(names, head, r.at);
        if (titled !== null) return setName(r, titled, "organization");
        r.named = true; // a capitalised "The Bank" is that Bank, not the last company named
        return;
      }
      if (/^(?:central|federal|national|world) /i.test(c.name)) {
        r.named = true;
        return;
      }
      found = last((k) => k.kind === "organization" && lastWord(k.name).toLowerCase() === head);
      // ("the South Yorkshire company": with modifiers of its own, the company the text was last about)
      const modified = c.name.includes(" ");
      const mention = found === undefined ? mentionEndingIn(names, head, r.at) ?? (modified ? null : namedBeside(text, head, r.at)) : null;
      if (mention !== null) return setName(r, mention, "organization");
      // (or the body named as a document's maker: "The statement issued by Lycos said …", then "the company said")
      if (found === undefined && !SELF_NAMING_ORGS.has(head)) found = lastOf((k) => (k.kind === "organization" || madeBy(k)) && !k.plural);
      if (found !== undefined && found.kind === "document") return setName(r, found.name, "organization");
      break;
    }
    case "issuer":
      if (ref.personal) found = lastOf((k) => k.kind === "person");
      else {
        // "the survey" goes back to a survey named before; else to whoever the text says made one, before the last
        // body named; "a survey" only to a maker the text declares at or after it
        if (ref.definite) found = last((k) => k.docNoun === ref.head || k.lemma === ref.head);
        const made = found === undefined && ref.article !== undefined ? declaredMaker(r, ref.article, declarations(ref.head)) : undefined;
        if (made !== undefined) return setName(r, made.name, "document");
        if (ref.definite) found ??= last((k) => k.kind === "organization" || k.kind === "document");
      }
      break;
    case "role":
      // "the world indoor champion" → the person of that role, else the person the text was last about
      found =
        last((k) => k.kind === "person" && (k.role ?? "").toLowerCase().includes(ref.head)) ??
        last((k) => k.kind === "unnamed" && k.name.toLowerCase().endsWith(ref.head));
      if (found === undefined) {
        // ("champion Kim Collins" written earlier, though not as a source)
        const titled = namedAfterRoleWord(text, roleWords(c.name, ref.head), r.at);
        const gender = titled === null ? null : genderOfName(titled);
        if (titled !== null && (r.gender === null || gender === null || gender === r.gender)) return setName(r, titled, "person", r.gender ?? gender);
      }
      found ??= lastOf((k) => k.kind === "person" && r.sentence - k.sentence <= 1);
      break;
  }
  if (found !== undefined) setName(r, found.name, c.kind === "document" ? "document" : found.kind, found.gender);
}

function setName(r: Resolved, name: string, kind: SourceKind = r.kind, gender: Gender | null = r.gender): void {
  r.name = name;
  r.kind = kind;
  r.gender = gender;
  r.named = true;
}

/** A document whose name is its maker's ("Lycos" for "the statement issued by Lycos"). */
function madeBy(k: Resolved): boolean {
  return k.kind === "document" && k.docNoun !== null && /^\p{Lu}/u.test(k.name) && !k.name.toLowerCase().includes(k.docNoun);
}

/** The lower-case words of a role phrase up to its head ("world champion", "foreign secretary"). */
function roleWords(name: string, head: string): string[] {
  const words = name.toLowerCase().split(" ");
  const h = words.lastIndexOf(head);
  return h < 0 ? [head] : words.slice(0, h + 1);
}

const FAMILY_FIRST = /^\p{Lu}\p{L}+ \p{Lu}\p{L}+-\p{L}+$/u;
const lastWord = (s: string) => s.slice(s.lastIndexOf(" ") + 1);

/**
 * Where "Mr", "Mrs", "Ms", "Miss" or "Dr" (with or without a full stop) and a space stand before a name anywhere in
 * the text — true for `surname` when one stands right before it and the name ends there (as the regex
 * /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? Surname\b/ would find it). Built once per text and keyed by the first word characters
 * after the space: a regex over the whole text for each named source made a long document quadratic.
 */
export class HonorificIndex {
  private readonly at = new Map<string, number[]>();

  constructor(private readonly text: string) {
    for (const m of text.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.? /g)) {
      const pos = m.index + m[0].length;
      const key = leadingWord(text, pos);
      let list = this.at.get(key);
      if (list === undefined) this.at.set(key, (list = []));
      list.push(pos);
    }
  }

  precedes(surname: string): boolean {
    const list = this.at.get(leadingWord(surname, 0));
    if (list === undefined || surname === "") return false;
    const endsInWord = isWordChar(surname, surname.length - 1);
    return list.some((pos) => this.text.startsWith(surname, pos) && endsInWord !== isWordChar(this.text, pos + surname.length));
  }
}

/** The run of regex word characters ([A-Za-z0-9_]) at s[from]. */
function leadingWord(s: string, from: number): string {
  let end = from;
  while (isWordChar(s, end)) end++;
  return s.slice(from, end);
}

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i); // NaN past the end: no word character
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
