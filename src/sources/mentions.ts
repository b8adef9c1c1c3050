// Names that open a sentence as its subject ("UK advertising giant WPP has posted …", "Arthur Hailey, the author
// of Airport, has died"): antecedents for "it", "the company" or "he" when no earlier source fits. Computed only
// when a reference needs them, over the first tokens of each sentence.
import type { Sentence } from "../types.js";
import { tokenize } from "../text/tokens.js";
import { NP_JOINERS } from "../lexicon/attribution.js";
import { classify } from "./classify.js";
import { rightPhrase } from "./noun-phrase.js";
import { phraseOver } from "./phrase-text.js";
import type { Resolved } from "./resolve.js";
import type { NameIndex } from "./name-index.js";

const HEAD_CHARS = 160;

export function subjectMentions(text: string, sentences: readonly Sentence[], names: NameIndex): Resolved[] {
  const out: Resolved[] = [];
  for (const s of sentences) {
    let toks = tokenize(text, s.start, Math.min(s.end, s.start + HEAD_CHARS));
    const dash = toks.findIndex((t, k) => k < 8 && (t.text === "-" || t.text === "\u2013") && t.spaced);
    if (dash > 0 && toks[0]!.text === toks[0]!.text.toUpperCase()) toks = toks.slice(dash + 1); // "CHICAGO, Feb 26 - …"
    // "At 3GSM, Siemens showed off …": a short opening phrase before the subject
    const comma = toks.findIndex((t, k) => k < 8 && t.text === ",");
    if (comma > 0 && comma < 6 && /^(?:at|in|on|after|before|during|for|since|by|with|under|last|this|earlier)$/.test(toks[0]!.lower)) toks = toks.slice(comma + 1);
    const end = rightPhrase(toks, 0, toks.length - 1);
    const next = toks[end + 1];
    if (end < 0 || next === undefined) continue;
    const verbNext = next.kind === "word" && /^\p{Ll}/u.test(next.text) && !NP_JOINERS.has(next.lower);
    if (!verbNext && next.text !== ",") continue;
    const c = classify(phraseOver(text, toks), { from: 0, to: end });
    // one capitalised word opening a sentence is a name only if the text also capitalises it elsewhere
    const single = c?.refer?.type === "surname" && !c.refer.honorific;
    const named = c?.refer === undefined || c.refer.type === "name" || (single && names.isName(c.name));
    if (c === null || !named || (c.kind !== "organization" && c.kind !== "person")) continue;
    const m: Resolved = { ...c, at: toks[0]!.start, sentence: s.index, named: true, lemma: "", docNoun: null };
    // "Gardener clocked …" after "Britain's Jason Gardener shook off …": the same person
    const surname = c.refer?.type === "surname" ? c.name : null;
    const full = surname === null ? undefined : out.findLast((o) => o.kind === "person" && o.name.endsWith(" " + surname));
    if (full !== undefined) Object.assign(m, { name: full.name, kind: "person", gender: full.gender });
    out.push(m);
  }
  return out;
}
