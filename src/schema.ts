// claimex/v1 — the single source of truth for the output contract (../shared/claim-schema.md).
// Types come from z.infer, the published JSON Schema from z.toJSONSchema.
import { z } from "zod";

export const SCHEMA_ID = "claimex/v1" as const;

export const CLAIM_TYPES = ["count", "money", "percent", "date", "period", "source"] as const;
export const ClaimTypeSchema = z.enum(CLAIM_TYPES);

export const QUALIFIERS = [
  "exact",
  "approximately",
  "at_least",
  "more_than",
  "at_most",
  "less_than",
  "range",
] as const;
export const QualifierSchema = z.enum(QUALIFIERS);

const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
});

// ISO 8601 at the precision written: 2014, 2019-08, 2017-10-12.
const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
// time part for spans shorter than a day ("the last 15 minutes" → PT15M, "half an hour" → PT30M)
const IsoDuration = z.string().regex(/^P(?!$)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/);
const ClaimId = z.string().regex(/^c\d+$/);

const base = {
  id: ClaimId,
  text: z.string(),
  span: SpanSchema,
  sentence: SentenceSchema,
  /** The rule that made the claim; present only with --debug / --explain. */
  rule: z.string().optional(),
};

const RangeSchema = z.object({ low: z.number(), high: z.number() });
const links = {
  time: ClaimId.optional(),
  source: ClaimId.optional(),
};
const quantity = {
  value: z.number(),
  qualifier: QualifierSchema,
  range: RangeSchema.optional(),
  ...links,
};

export const CountClaimSchema = z.object({
  ...base,
  type: z.literal("count"),
  ...quantity,
  unit: z.string().nullable(),
  predicate: z.string().optional(),
});

export const MoneyClaimSchema = z.object({
  ...base,
  type: z.literal("money"),
  ...quantity,
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
});

export const PercentClaimSchema = z.object({
  ...base,
  type: z.literal("percent"),
  ...quantity,
  unit: z.enum(["percent", "percentage points"]),
});

export const DateClaimSchema = z.object({
  ...base,
  type: z.literal("date"),
  date: IsoDate.nullable(),
});

export const PeriodClaimSchema = z.object({
  ...base,
  type: z.literal("period"),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  duration: IsoDuration.nullable(),
});

export const SOURCE_KINDS = ["person", "organization", "document", "unnamed"] as const;
export const SourceClaimSchema = z.object({
  ...base,
  type: z.literal("source"),
  name: z.string(),
  role: z.string().nullable(),
  kind: z.enum(SOURCE_KINDS),
  cue: z.string(),
  quote: z.string().nullable(),
});

export const ClaimSchema = z.discriminatedUnion("type", [
  CountClaimSchema,
  MoneyClaimSchema,
  PercentClaimSchema,
  DateClaimSchema,
  PeriodClaimSchema,
  SourceClaimSchema,
]);

export const DocumentSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  input: z.string(),
  referenceDate: IsoDate.nullable(),
  claims: z.array(ClaimSchema),
});

export const ErrorDocumentSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  input: z.union([z.string(), z.number()]),
  error: z.string(),
});

export type ClaimType = z.infer<typeof ClaimTypeSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type CountClaim = z.infer<typeof CountClaimSchema>;
export type MoneyClaim = z.infer<typeof MoneyClaimSchema>;
export type PercentClaim = z.infer<typeof PercentClaimSchema>;
export type DateClaim = z.infer<typeof DateClaimSchema>;
export type PeriodClaim = z.infer<typeof PeriodClaimSchema>;
export type SourceClaim = z.infer<typeof SourceClaimSchema>;
export type ClaimexDocument = z.infer<typeof DocumentSchema>;
export type ErrorDocument = z.infer<typeof ErrorDocumentSchema>;

/** The published JSON Schema of one claimex/v1 document. */
export function documentJsonSchema(): object {
  return z.toJSONSchema(DocumentSchema, { target: "draft-2020-12" });
}
