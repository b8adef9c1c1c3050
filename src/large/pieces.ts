// A huge document (an archive dump, a 50 MB page: longer than WHOLE_CHARS) runs through the engine in pieces of
// whole sentences of about PIECE_CHARS each: the engine's working data (tokens, time scans, drafts) then stays the
// size of one piece, not of the document, and the claims of a piece can be written before the next is read. Sentences are split once over
// the whole text and the reference date is read once from its head, so pieces differ from one run over the whole
// text only where a rule looks across a piece boundary: a pronoun whose name is in an earlier piece, a quotation
// that runs across one. Every document up to WHOLE_CHARS is extracted whole, as before.
import type { Claim, ClaimexDocument } from "../schema.js";
import { SCHEMA_ID } from "../schema.js";
import type { Context, ExtractOptions, Sentence } from "../types.js";
import { runPipeline } from "../extract.js";
import { splitSentences } from "../text/sentences.js";
import { findReferenceDate } from "../time/reference.js";

/** Documents up to this long are extracted whole. */
export const WHOLE_CHARS = 1_000_000;
/** Longer ones in pieces of about this many characters: small enough that a piece's working data dies young
 *  (measured: 10 MB with 1,000,000-character pieces peaked at 433 MB RSS and 18.6 s CPU, with 100,000 at 251 MB and
 *  11.4 s), large enough that few rules ever look across a boundary. */
export const PIECE_CHARS = 100_000;

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

function* claimsByPiece(text: string, options: ExtractOptions, referenceDate: string | null, pieceChars: number): Generator<Claim[]> {
  const sentences = splitSentences(text);
  let ids = 0;
  for (let first = 0; first < sentences.length; ) {
    const last = pieceEnd(text, sentences, first, pieceChars);
    const from = sentences[first]!.start;
    const to = sentences[last - 1]!.end;
    const local: Sentence[] = [];
    for (let i = first; i < last; i++) {
      const s = sentences[i]!;
      local.push({ index: i - first, start: s.start - from, end: s.end - from, text: s.text });
    }
    const ctx: Context = { text: text.slice(from, to), sentences: local, referenceDate, options };
    const doc = runPipeline(ctx);
    yield doc.claims.map((c) => shifted(c, from, first, ids));
    ids += doc.claims.length;
    first = last;
  }
}

/** One past the last sentence of the piece that starts at `first`: whole sentences up to about `chars`, ending at
 *  a paragraph break when there is one in the piece's last quarter. */
function pieceEnd(text: string, sentences: readonly Sentence[], first: number, chars: number): number {
  const start = sentences[first]!.start;
  let end = first + 1;
  while (end < sentences.length && sentences[end]!.end - start <= chars) end++;
  if (end === sentences.length) return end;
  for (let k = end; k > first + 1 && sentences[k - 1]!.end - start > chars * 0.75; k--) {
    if (text.slice(sentences[k - 1]!.end, sentences[k]!.start).includes("\n\n")) return k;
  }
  return end;
}

function shifted(c: Claim, offset: number, sentenceOffset: number, idOffset: number): Claim {
  const id = (local: string) => `c${Number(local.slice(1)) + idOffset}`;
  const out: Claim = { ...c, id: id(c.id), span: { start: c.span.start + offset, end: c.span.end + offset }, sentence: { index: c.sentence.index + sentenceOffset, text: c.sentence.text } };
  if ("time" in out && out.time !== undefined) out.time = id(out.time);
  if ("source" in out && out.source !== undefined) out.source = id(out.source);
  return out;
}
