// A huge document (an archive dump, a 50 MB page: longer than WHOLE_CHARS) runs through the engine in pieces of
// whole sentences of about PIECE_CHARS each: the engine's working data (tokens, time scans, drafts) then stays the
// size of one piece, not of the document, and the claims of a piece can be written before the next is read.
// Sentences are split once over the whole text and the reference date is read once from its head.
//
// Each piece's run also reads some text on either side of it (its context: whole sentences before it and
// AHEAD_CHARS after) and keeps only the claims of its own sentences. Every rule that looks across sentences looks
// a bounded way: coreference ("he said" → the person named earlier, "Mr X" → the full name, "the company") at most
// REACH characters back, a quotation's speaker a sentence or two either way, a time frame or a carried currency
// within its sentence or just past it. So the sources extractor reads 2 × REACH back (BACK_CHARS) and the others,
// which cost most of the time and look no further than the sentence or two around, NEAR_CHARS back. A claim near
// a piece boundary is then found, named and linked as in one run over the whole text; a link to a claim of the
// context is written as a link to that claim as its own piece found it. Pieces
// differ from one run over the whole text only where a rule looks further: a chain of pronouns longer than the
// context, or a fact of the whole text (the first fiscal-quarter anchor, whether the text is hard-wrapped).
// Every document up to WHOLE_CHARS is extracted whole, as before.
import type { Claim, ClaimexDocument } from "../schema.js";
import { SCHEMA_ID } from "../schema.js";
import type { Context, Draft, ExtractOptions, Extractor, Sentence } from "../types.js";
import { EXTRACTORS, REFINERS } from "../pipeline.js";
import { buildDocument } from "../document.js";
import { splitSentences } from "../text/sentences.js";
import { findReferenceDate } from "../time/reference.js";
import { REACH } from "../sources/resolve.js";

/** Documents up to this long are extracted whole — ten times the longest news article in the corpora. Whole, a
 *  document keeps every sentence's tokens and drafts alive until it is done, and past ~500,000 characters the
 *  collector's work on that live heap grows faster than the text (CPU per 256 KB, paragraphs: 165 ms whole at
 *  256 KB, 144 at 512 KB, 178 at 1 MB, 202 at 2 MB; in pieces 169–180 at every size), so the threshold sits below
 *  that. It was 1,000,000: the doubling from 512 KB to 1 MB then cost 2.4–2.8×. */
export const WHOLE_CHARS = 300_000;
/** Longer ones in pieces of about this many characters: small enough that a piece's working data dies young
 *  (measured: 10 MB with 1,000,000-character pieces peaked at 433 MB RSS and 18.6 s CPU, with 100,000 at 251 MB and
 *  11.4 s), large enough that few rules ever look across a boundary. */
export const PIECE_CHARS = 100_000;
/** Context the sources extractor reads before a piece: its look-back (REACH) twice over, so that the sources a
 *  piece's pronouns go back to are themselves resolved with their full look-back. Contexts start at a paragraph
 *  when one starts within PARAGRAPH_SLACK characters more (a quotation never runs past its paragraph). */
export const BACK_CHARS = 2 * REACH;
/** Context every other extractor reads before a piece: a quotation or a clause begun in the sentence before. */
export const NEAR_CHARS = 2_000;
/** How far back each extractor reads (NEAR_CHARS when not listed). */
const BACK_BY_EXTRACTOR: Readonly<Record<string, number>> = { source: BACK_CHARS };
/** Context read after a piece: a quotation's speaker named in the sentence after it, a cue a sentence on. */
export const AHEAD_CHARS = 2_000;
const PARAGRAPH_SLACK = 2_000;

export interface DocumentHead {
  schema: typeof SCHEMA_ID;
  input: string;
  referenceDate: string | null;
}

export interface Pieces {
  head: DocumentHead;
  /** The claims piece by piece, in text order, with the ids, offsets and sentence indexes of the whole document. */
  claims: Generator<Claim[]>;
}

export function extractPieces(text: string, options: ExtractOptions = {}, pieceChars = PIECE_CHARS): Pieces {
  const referenceDate = options.referenceDate ?? findReferenceDate(text);
  const head: DocumentHead = { schema: SCHEMA_ID, input: options.input ?? "-", referenceDate };
  return { head, claims: claimsByPiece(text, options, referenceDate, pieceChars) };
}

/** The whole document at once (what extract() returns for a text longer than WHOLE_CHARS). */
export function extractInPieces(text: string, options: ExtractOptions = {}, pieceChars = PIECE_CHARS): ClaimexDocument {
  const { head, claims } = extractPieces(text, options, pieceChars);
  const all: Claim[] = [];
  for (const piece of claims) for (const c of piece) all.push(c);
  return { ...head, claims: all };
}

/** extractInPieces for a caller on the event loop: it lets the loop run after every piece, so that a Ctrl-C
 *  handler or a closed pipe is seen while a huge document is being extracted, and it stops (throwing the
 *  signal's reason) at the first piece boundary after `signal` is aborted. */
export async function extractInPiecesAsync(text: string, options: ExtractOptions = {}, signal?: AbortSignal, pieceChars = PIECE_CHARS): Promise<ClaimexDocument> {
  signal?.throwIfAborted();
  const { head, claims } = extractPieces(text, options, pieceChars);
  const all: Claim[] = [];
  for (const piece of claims) {
    for (const c of piece) all.push(c);
    await nextTurn();
    signal?.throwIfAborted();
  }
  return { ...head, claims: all };
}

/** A turn of the event loop (signals and I/O are handled before an immediate runs). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A piece whose claims have their ids but may still link to claims of a piece not run yet. */
interface Pending {
  claims: Claim[];
  /** The links of its claims, as keys of their targets (see keyOf). */
  links: Array<{ claim: Claim; field: "time" | "source"; target: string }>;
  /** Where its context starts and ends: every claim it may link to lies between. */
  from: number;
  reach: number;
}

function* claimsByPiece(text: string, options: ExtractOptions, referenceDate: string | null, pieceChars: number): Generator<Claim[]> {
  const sentences = splitSentences(text);
  // ids of the claims found so far, by key, back as far as the current run's context reaches (in text order)
  const known = new Map<string, { id: string; start: number }>();
  const pending: Pending[] = [];
  let ids = 0;
  for (let first = 0; first < sentences.length; ) {
    const last = pieceEnd(text, sentences, first, pieceChars);
    const from = contextStart(text, sentences, first);
    const to = contextEnd(sentences, last);
    const { claims, links } = runPiece(text, sentences, from, to, first, last, referenceDate, options);
    for (const c of claims) {
      c.id = `c${++ids}`;
      known.set(keyOf(c), { id: c.id, start: c.span.start });
    }
    pending.push({ claims, links, from: sentences[from]!.start, reach: sentences[to - 1]!.end });
    // a piece is done when every claim its context holds has been found by its own piece
    const done = sentences[last - 1]!.end;
    while (pending.length > 0 && (pending[0]!.reach <= done || last === sentences.length)) yield settle(pending.shift()!, known);
    // forget the claims that no run still to come, nor a piece still waiting, can link to
    const next = last < sentences.length ? sentences[contextStart(text, sentences, last)]!.start : Infinity;
    const floor = Math.min(pending[0]?.from ?? Infinity, next);
    for (const [key, k] of known) {
      if (k.start >= floor) break;
      known.delete(key);
    }
    first = last;
  }
}

/** The claims of sentences [first, last), from one run over sentences [from, to), with whole-text offsets and
 *  sentence indexes; links are left as keys of their targets. */
function runPiece(text: string, sentences: readonly Sentence[], from: number, to: number, first: number, last: number, referenceDate: string | null, options: ExtractOptions): Pick<Pending, "claims" | "links"> {
  const offset = sentences[from]!.start;
  const local: Sentence[] = [];
  for (let i = from; i < to; i++) {
    const s = sentences[i]!;
    local.push({ index: i - from, start: s.start - offset, end: s.end - offset, text: s.text });
  }
  const ctx: Context = { text: text.slice(offset, sentences[to - 1]!.end), sentences: local, referenceDate, options };
  const doc = buildDocument(ctx, drafts(ctx, (e) => contextStart(text, sentences, first, BACK_BY_EXTRACTOR[e.name] ?? NEAR_CHARS) - from));
  const keys = new Map<string, string>();
  for (const c of doc.claims) keys.set(c.id, `${c.type} ${c.span.start + offset} ${c.span.end + offset}`);
  const claims: Claim[] = [];
  const links: Pending["links"] = [];
  for (const c of doc.claims) {
    const index = c.sentence.index + from;
    if (index < first || index >= last) continue;
    const out: Claim = { ...c, span: { start: c.span.start + offset, end: c.span.end + offset }, sentence: { index, text: c.sentence.text } };
    for (const field of ["time", "source"] as const) {
      const target = field in out ? (out as Record<string, unknown>)[field] : undefined;
      if (typeof target === "string") links.push({ claim: out, field, target: keys.get(target)! });
    }
    claims.push(out);
  }
  return { claims, links };
}

/** The engine's drafts (runPipeline's work) with each extractor reading the context's sentences from `firstOf(e)`
 *  on; extractors that read from the same sentence share one context (and so the scans they share). */
function drafts(ctx: Context, firstOf: (e: Extractor) => number): Draft[] {
  const views = new Map<number, Context>();
  let out: Draft[] = [];
  for (const e of EXTRACTORS) {
    const k = firstOf(e);
    let view = views.get(k);
    if (view === undefined) views.set(k, (view = k === 0 ? ctx : { ...ctx, sentences: ctx.sentences.slice(k) }));
    out.push(...e.run(view));
  }
  for (const r of REFINERS) out = r.run(ctx, out);
  return out;
}

const keyOf = (c: Claim) => `${c.type} ${c.span.start} ${c.span.end}`;

/** The piece with its links as ids; a link whose target its own piece did not find (a rare difference at a
 *  boundary) is left out. */
function settle(p: Pending, known: ReadonlyMap<string, { id: string }>): Claim[] {
  for (const { claim, field, target } of p.links) {
    const id = known.get(target)?.id;
    const c = claim as Record<string, unknown>;
    if (id !== undefined) c[field] = id;
    else delete c[field];
  }
  return p.claims;
}

/** The first sentence of the context before the piece that starts at sentence `first`: whole sentences back to
 *  `back` characters before it, then on to the start of a paragraph if one is near. */
function contextStart(text: string, sentences: readonly Sentence[], first: number, back = BACK_CHARS): number {
  const start = sentences[first]!.start;
  let k = first;
  while (k > 0 && start - sentences[k - 1]!.start <= back) k--;
  for (let j = k; j > 0 && start - sentences[j - 1]!.start <= back + PARAGRAPH_SLACK; j--) {
    if (opensParagraph(text, sentences, j)) return j;
  }
  return k;
}

/** One past the last sentence of the context after the piece that ends before sentence `last`. */
function contextEnd(sentences: readonly Sentence[], last: number): number {
  if (last === sentences.length) return last;
  const end = sentences[last - 1]!.end;
  let k = last;
  while (k < sentences.length && sentences[k]!.end - end <= AHEAD_CHARS) k++;
  return k;
}

function opensParagraph(text: string, sentences: readonly Sentence[], k: number): boolean {
  return k === 0 || text.slice(sentences[k - 1]!.end, sentences[k]!.start).includes("\n\n");
}

/** One past the last sentence of the piece that starts at `first`: whole sentences up to about `chars`, ending at
 *  a paragraph break when there is one in the piece's last quarter. */
function pieceEnd(text: string, sentences: readonly Sentence[], first: number, chars: number): number {
  const start = sentences[first]!.start;
  let end = first + 1;
  while (end < sentences.length && sentences[end]!.end - start <= chars) end++;
  if (end === sentences.length) return end;
  for (let k = end; k > first + 1 && sentences[k - 1]!.end - start > chars * 0.75; k--) {
    if (opensParagraph(text, sentences, k)) return k;
  }
  return end;
}
