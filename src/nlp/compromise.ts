// The one module that imports compromise. The engine does not load it at run time (too slow per sentence, see
// FINDINGS.md); it is used offline to generate lexicon data (scripts/gen-verb-lemmas.mjs).
import nlp from "compromise";

interface VerbTransforms {
  all(inf: string, model: unknown): string[];
}

function world(): { methods: { two: { transform: { verb: VerbTransforms } } }; model: { one: { lexicon: Record<string, string | string[]> } } } {
  return nlp.world() as never;
}

/** Every form compromise knows for an infinitive: "take" → take, took, takes, taking, taken. */
export function verbForms(infinitive: string): string[] {
  const w = world();
  return w.methods.two.transform.verb.all(infinitive, w.model);
}

/** The single-word infinitives in compromise's lexicon. */
export function lexiconInfinitives(): string[] {
  const lex = world().model.one.lexicon;
  return Object.entries(lex)
    .filter(([word, tag]) => !word.includes(" ") && (Array.isArray(tag) ? tag : [tag]).includes("Infinitive"))
    .map(([word]) => word);
}
