// claimex — quantified claims from news text, as claimex/v1 documents.
export { extract } from "./extract.js";
export type { ExtractOptions } from "./types.js";
export * from "./schema.js";
export { readNumbers, type NumberMention } from "./quantity/numbers.js";
