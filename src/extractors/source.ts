// Sources: who states the figures. Cues are found per sentence over the tokenizer (a cheap word gate first),
// quotations once over the whole text; each source gets its name/role/kind, its resolved referent, the quotation
// it speaks and — kept beside the draft for link-sources — the stretches of text it reports.
import { spanAt } from "../text/spans.js";
import type { Context, Extractor, Sentence, SourceDraft } from "../types.js";
import { sentenceTokens } from "../text/tokens.js";
import { CUE_VERBS, ING_CUES, NAMING_CUES, PASSIVE_CUES } from "../lexicon/attribution.js";
import { findQuotes, type Quote } from "../sources/quotes.js";
import { findCues } from "../sources/cues.js";
import { classify, type Classified } from "../sources/classify.js";
import { phraseOver, type Phrase } from "../sources/phrase-text.js";
import { resolveAll, type Resolved } from "../sources/resolve.js";
import { assignQuotes, quoteText, type Speaker } from "../sources/speakers.js";
import { reportedRegions } from "../sources/regions.js";
import { setScope, type Stretch } from "../sources/scope.js";
import { SubjectMentions } from "../sources/mentions.js";
import { NameIndex } from "../sources/name-index.js";

const GATE = new RegExp(`\\b(?:${[...CUE_VERBS.keys(), ...PASSIVE_CUES, ...ING_CUES.keys(), ...NAMING_CUES.keys(), "according"].join("|")})\\b`, "i");

interface Item {
  c: Classified;
  r: Resolved;
  speaker: Speaker;
  draft: Omit<SourceDraft, "name" | "kind" | "quote">;
  regions: Stretch[];
}

export const source: Extractor = {
  name: "source",
  run(ctx: Context) {
    const quotes = findQuotes(ctx.text);
    const quoted = insideQuote(quotes);
    const items: Item[] = [];
    let caps: Set<string> | undefined;
    const capitalised = (w: string) => (caps ??= capitalisedWords(ctx.text)).has(w);
    for (const s of ctx.sentences) {
      if (!GATE.test(s.text)) continue;
      items.push(...sentenceItems(ctx.text, s, quoted, capitalised));
    }
    // built only when a pronoun, "Mr X" or "the company" needs them
    let index: NameIndex | undefined;
    const names = () => (index ??= new NameIndex(ctx.text));
    let mentions: SubjectMentions | undefined;
    assignQuotes(ctx.text, ctx.sentences, quotes, items.map((i) => i.speaker));
    for (const i of items) speaksForHimself(ctx.text, i);
    resolveAll(ctx.text, items, () => (mentions ??= new SubjectMentions(ctx.text, ctx.sentences, names)), names);
    return items.map((i) => {
      const d: SourceDraft = { ...i.draft, name: i.r.name, kind: i.r.kind, quote: quoteText(ctx.text, i.speaker) };
      setScope(d, { cueAt: i.speaker.cue.start, regions: i.regions, quotes: i.speaker.spoken.map((q) => ({ start: q.start, end: q.end })), phrase: i.speaker.phrase });
      return d;
    });
  },
};

function sentenceItems(text: string, s: Sentence, quoted: (at: number) => boolean, capitalised: (w: string) => boolean): Item[] {
  const toks = sentenceTokens(text, s);
  const p = phraseOver(text, toks);
  const out: Item[] = [];
  for (const hit of findCues(toks, quoted, capitalised)) {
    const c = hit.lowerName === undefined ? classify(p, hit.phrase) : lowerCaseName(p, hit.phrase.from, hit.lowerName);
    if (c === null) continue;
    const it = c.refer?.type === "pronoun" && c.refer.of === "thing";
    if (hit.onlyKinds !== undefined && !hit.onlyKinds.includes(c.kind) && !(it && hit.onlyKinds.includes("document"))) continue;
    const last = hit.phrase.appositive?.to ?? hit.phrase.to;
    // "<Exco International Plc>, a subsidiary of …": a bracketed wire name keeps its brackets when text follows it
    const bracketed = hit.phrase.appositive !== undefined && toks[hit.phrase.from - 1]?.text === "<" && toks[hit.phrase.to + 1]?.text === ">";
    const span = { start: toks[hit.phrase.from - (bracketed ? 1 : 0)]!.start, end: toks[last]!.end };
    // "X welcomed … but added": one source; a phrase inside another ("a report published by X") adds nothing
    if (out.some((o) => o.draft.span.start <= span.start && span.end <= o.draft.span.end)) continue;
    // ("Data published by the ONS showed": the document with its maker, not the maker of "published by" as well)
    for (let j = out.length - 1; j >= 0; j--) {
      const o = out[j]!.draft;
      if (o.rule === "source/passive-by" && span.start <= o.span.start && o.span.end <= span.end) out.splice(j, 1);
    }
    const cue = { start: toks[hit.cueFrom]!.start, end: toks[hit.cueTo]!.end };
    out.push({
      c,
      r: { name: c.name, kind: c.kind, gender: c.gender, plural: c.plural, role: c.role, at: span.start, sentence: s.index, named: true, lemma: hit.spec.lemma, docNoun: c.docNoun ?? null, guess: c.refer?.type === "name" && c.kind === "organization" && !c.plural },
      speaker: { phrase: span, cue, form: hit.form, sentence: s.index, adjacent: [], spoken: [] },
      draft: { type: "source", span, rule: hit.rule, role: c.role, cue: text.slice(cue.start, cue.end) },
      regions: reportedRegions(toks, s, hit, span),
    });
  }
  return out;
}

/** "“I'm very disappointed with my myself,” Hodgson said": a lone name (or a full name no lexicon knows) that speaks
 *  in the first person singular is a person, not a company. */
function speaksForHimself(text: string, i: Item): void {
  // (a lone name, or a full name the lexicons do not know: "Linford Christie countered: “… I …”")
  const ref = i.c.refer;
  if (ref === undefined || !((ref.type === "surname" && !ref.honorific) || ref.type === "name") || i.c.kind !== "organization") return;
  if (!i.speaker.adjacent.some((q) => FIRST_PERSON.test(text.slice(q.start, q.end)))) return;
  i.c.kind = "person";
  i.r.kind = "person";
  i.c.plural = i.r.plural = false;
}

const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself)(?![\p{L}'’])/u;

/** Whether an offset lies inside a direct quotation that is closed or continued (an orphan mark hides nothing). */
function insideQuote(quotes: readonly Quote[]): (at: number) => boolean {
  const real = quotes.filter((q) => q.direct && (q.closed || q.next !== undefined));
  return (at) => spanAt(real, at) !== undefined;
}

/** "finance minister manuel azpurua": a person named in lower case, the words before the name its role. */
function lowerCaseName(p: Phrase, from: number, name: { from: number; to: number }): Classified {
  const text = p.text(name.from, name.to);
  const role = name.from > from ? p.text(from, name.from - 1) : null;
  // one word alone is a surname: "azpurua said" after "finance minister manuel azpurua"
  const refer = name.from === name.to ? { refer: { type: "surname" as const, surname: text, honorific: false } } : {};
  return { name: text, role, kind: "person", gender: null, plural: false, ...refer };
}

/** Lower-cased words the text also writes capitalised (at least once, after a space): candidate names. */
function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<=\s)\p{Lu}\p{Ll}{2,}(?![\p{L}'’-])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.add(m[0].toLowerCase());
  return out;
}
