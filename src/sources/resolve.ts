// Coreference inside one article: "he said" → the last fitting named person, "Mr Bakrie" → "Aburizal Bakrie",
// "the commission" → "Electoral Commission", "the Facebook post" → the body that posted. Sources are resolved in
// text order against the ones before them; a document with no issuer may look a few sentences ahead.
import { SELF_NAMING_ORGS } from "../lexicon/source-nouns.js";
import { MALE_NAMES, FEMALE_NAMES } from "../lexicon/given-names.js";
import type { Classified, Gender, SourceKind } from "./classify.js";

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
}

const LOOKAHEAD_SENTENCES = 3;

/** Resolves every item in place, in text order. */
export function resolveAll(text: string, items: Array<{ c: Classified; r: Resolved }>): void {
  const done: Resolved[] = [];
  for (const { c, r } of items) {
    resolveOne(text, c, r, done);
    done.push(r);
  }
  // documents with no issuer before them: the next named organisation a few sentences on
  items.forEach(({ c, r }, i) => {
    if (c.refer?.type !== "issuer" || r.named) return;
    const next = items.slice(i + 1).find(({ r: n }) => n.named && n.kind === "organization" && !n.plural);
    if (next !== undefined && next.r.sentence - r.sentence <= LOOKAHEAD_SENTENCES) setName(r, next.r.name);
  });
}

function resolveOne(text: string, c: Classified, r: Resolved, before: readonly Resolved[]): void {
  const ref = c.refer;
  r.named = ref === undefined;
  if (ref === undefined) return;
  const last = (ok: (k: Resolved) => boolean) => {
    for (let i = before.length - 1; i >= 0; i--) if (before[i]!.named && ok(before[i]!)) return before[i];
    return undefined;
  };
  let found: Resolved | undefined;
  switch (ref.type) {
    case "pronoun":
      if (ref.of === "male" || ref.of === "female") found = last((k) => k.kind === "person" && (k.gender === null || k.gender === ref.of));
      else if (ref.of === "thing") found = last((k) => (k.kind === "organization" || k.kind === "document") && !k.plural);
      else found = last((k) => k.plural && k.kind !== "person");
      break;
    case "surname":
      found = last((k) => lastWord(k.name) === lastWord(ref.surname) && k.kind === "person") ?? last((k) => k.name === ref.surname);
      if (found === undefined) {
        const full = mentionEndingIn(text, ref.surname, r.at);
        if (full !== null && (ref.honorific || startsWithGivenName(full))) {
          setName(r, full, "person");
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
      if (found === undefined && new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? ${escape(lastWord(c.name))}\\b`).test(text)) r.kind = "person";
      break;
    case "descriptor": {
      const head = ref.head;
      found = last((k) => k.kind === "organization" && lastWord(k.name).toLowerCase() === head);
      const mention = found === undefined ? mentionEndingIn(text, head[0]!.toUpperCase() + head.slice(1), r.at) : null;
      if (mention !== null) return setName(r, mention, "organization");
      if (found === undefined && !SELF_NAMING_ORGS.has(head)) found = last((k) => k.kind === "organization" && !k.plural);
      break;
    }
    case "issuer":
      if (ref.definite) {
        found = last((k) => k.docNoun === ref.head || k.lemma === ref.head) ??
          last((k) => k.kind === "organization" || k.kind === "document");
      }
      break;
    case "role":
      found = last((k) => k.kind === "person" && (k.role ?? "").toLowerCase().includes(ref.head));
      break;
  }
  if (found !== undefined) setName(r, found.name, ref.type === "issuer" ? "document" : found.kind, found.gender);
}

function setName(r: Resolved, name: string, kind: SourceKind = r.kind, gender: Gender | null = r.gender): void {
  r.name = name;
  r.kind = kind;
  r.gender = gender;
  r.named = true;
}

/** The last capitalised run ending in `word` before `at` ("Aburizal Bakrie", "Electoral Commission"). */
function mentionEndingIn(text: string, word: string, at: number): string | null {
  // starts only at a word's first letter: else "SSSS…" is rescanned from every letter (quadratic)
  const re = new RegExp(`(?<![\\p{L}'’-])(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${escape(word)}\\b`, "gu");
  let best: string | null = null;
  for (const m of text.slice(0, at).matchAll(re)) {
    const words = m[0].split(/\s+/);
    while (words.length > 1 && /^(?:The|A|An|Mr|Mrs|Ms|Dr|But|And|In|On|At|As|If|When|While)$/.test(words[0]!)) words.shift();
    if (words.length > 1) best = words.join(" ");
  }
  return best;
}

function startsWithGivenName(name: string): boolean {
  const w = name.split(" ")[0]!.toLowerCase();
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

const lastWord = (s: string) => s.slice(s.lastIndexOf(" ") + 1);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
