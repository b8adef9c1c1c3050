// The library's entry point: text in, claimex/v1 document out. Never prints, exits or reads argv.
import type { ClaimexDocument } from "./schema.js";
import type { Context, Draft, ExtractOptions } from "./types.js";
import { EXTRACTORS, REFINERS } from "./pipeline.js";
import { splitSentences } from "./text/sentences.js";
import { buildDocument } from "./document.js";
import { findReferenceDate } from "./time/reference.js";
import { extractInPieces, WHOLE_CHARS } from "./large/pieces.js";

export function extract(text: string, options: ExtractOptions = {}): ClaimexDocument {
  // a huge document runs in pieces of whole sentences, so that memory stays bounded (src/large/pieces.ts)
  if (text.length > WHOLE_CHARS) return extractInPieces(text, options);
  return runPipeline(createContext(text, options));
}

/** The engine on one prepared context: extractors, refiners, then the document. */
export function runPipeline(ctx: Context): ClaimexDocument {
  let drafts: Draft[] = [];
  for (const e of EXTRACTORS) drafts.push(...e.run(ctx));
  for (const r of REFINERS) drafts = r.run(ctx, drafts);
  return buildDocument(ctx, drafts);
}

export function createContext(text: string, options: ExtractOptions = {}): Context {
  return {
    text,
    sentences: splitSentences(text),
    // --date / options win; else a full date in a dateline or publication line
    referenceDate: options.referenceDate ?? findReferenceDate(text),
    options,
  };
}
