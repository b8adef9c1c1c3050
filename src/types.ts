// The two contracts that carry the engine: extractors find drafts, refiners rewrite the list.
import type { ClaimType, Qualifier } from "./schema.js";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) that resolves relative time; overrides a dateline found in the text. */
  referenceDate?: string | null;
  /** Keep only these claim types in the output (links to dropped claims are removed). */
  types?: readonly ClaimType[];
  /** Name of the input for the document's `input` field. */
  input?: string;
  /** Add each claim's `rule` id to the output. */
  debug?: boolean;
}

export interface Context {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Resolved reference date (option, else dateline), or null. */
  referenceDate: string | null;
  readonly options: ExtractOptions;
}

interface DraftBase {
  /** Offsets into the input text (UTF-16, end exclusive). */
  span: { start: number; end: number };
  /** Id of the rule that made (or last reshaped) this draft. */
  rule: string;
}

export interface QuantityFields {
  value: number;
  qualifier: Qualifier;
  range?: { low: number; high: number };
  /** Links, as draft references; turned into ids when the document is finished. */
  time?: Draft;
  source?: Draft;
}

export interface CountDraft extends DraftBase, QuantityFields {
  type: "count";
  unit: string | null;
  predicate?: string;
}
export interface MoneyDraft extends DraftBase, QuantityFields {
  type: "money";
  currency: string | null;
}
export interface PercentDraft extends DraftBase, QuantityFields {
  type: "percent";
  unit: "percent" | "percentage points";
}
export interface DateDraft extends DraftBase {
  type: "date";
  date: string | null;
}
export interface PeriodDraft extends DraftBase {
  type: "period";
  start: string | null;
  end: string | null;
  duration: string | null;
}
export interface SourceDraft extends DraftBase {
  type: "source";
  name: string;
  role: string | null;
  kind: "person" | "organization" | "document" | "unnamed";
  cue: string;
  quote: string | null;
}

export type Draft = CountDraft | MoneyDraft | PercentDraft | DateDraft | PeriodDraft | SourceDraft;
export type QuantityDraft = CountDraft | MoneyDraft | PercentDraft;

export interface Extractor {
  readonly name: string;
  run(ctx: Context): Draft[];
}

export interface Refiner {
  readonly name: string;
  run(ctx: Context, drafts: Draft[]): Draft[];
}

export function isQuantity(d: Draft): d is QuantityDraft {
  return d.type === "count" || d.type === "money" || d.type === "percent";
}
