// The gold file format of ../shared/annotation-guide.md, as zod schemas. Strict objects: a misspelt field in a
// gold file is an error, not a silently unchecked value.
import { z } from "zod";
import { QualifierSchema, SOURCE_KINDS } from "../schema.js";

const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "ISO date at a precision: YYYY, YYYY-MM or YYYY-MM-DD");
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
// Full ISO 8601 durations, time part included ("the last 15 minutes" → PT15M).
const IsoDuration = z
  .string()
  .regex(/^P(?!$)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/, "ISO 8601 duration");

/** Where the item is: `text`, and `nth` (0-based occurrence) or `at` (offset) when the text repeats. */
const place = {
  text: z.string().min(1),
  nth: z.number().int().nonnegative().optional(),
  at: z.number().int().nonnegative().optional(),
};
const quantity = {
  ...place,
  value: z.number(),
  qualifier: QualifierSchema,
  range: z.object({ low: z.number(), high: z.number() }).strict().optional(),
  /** Link: the `name` of the source item that states it. */
  source: z.string().min(1).optional(),
  /** Link: the `text` of the date/period item that scopes it. */
  time: z.string().min(1).optional(),
};

export const GoldItemSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("count"), ...quantity, unit: z.string().min(1).nullable() }).strict(),
  z.object({ type: z.literal("money"), ...quantity, currency: z.string().regex(/^[A-Z]{3}$/).nullable() }).strict(),
  z.object({ type: z.literal("percent"), ...quantity, unit: z.enum(["percent", "percentage points"]) }).strict(),
  z.object({ type: z.literal("date"), ...place, date: IsoDate.nullable() }).strict(),
  z
    .object({ type: z.literal("period"), ...place, start: IsoDate.nullable(), end: IsoDate.nullable(), duration: IsoDuration.nullable() })
    .strict(),
  z
    .object({
      type: z.literal("source"),
      ...place,
      name: z.string().min(1),
      role: z.string().min(1).nullable(),
      kind: z.enum(SOURCE_KINDS),
      cue: z.string().min(1),
      quote: z.string().nullable().optional(),
    })
    .strict(),
]);

export const GoldFileSchema = z
  .object({
    article: z.string().regex(/^(?:bbc\/[a-z]+\/\d{3}\.txt|reuters\/\d{5}\.txt|seed\/[\w.-]+\.txt)$/, "bbc/<category>/NNN.txt, reuters/NNNNN.txt or seed/<name>.txt"),
    referenceDate: IsoDay.nullable(),
    items: z.array(GoldItemSchema),
    debatable: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type GoldItem = z.infer<typeof GoldItemSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldQuantity = Extract<GoldItem, { type: "count" | "money" | "percent" }>;

export function isGoldQuantity(item: GoldItem): item is GoldQuantity {
  return item.type === "count" || item.type === "money" || item.type === "percent";
}

/** Parse one gold file's JSON; a problem becomes one line naming the field. */
export function parseGold(json: unknown): { ok: true; gold: GoldFile } | { ok: false; error: string } {
  const r = GoldFileSchema.safeParse(json);
  if (r.success) return { ok: true, gold: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}` };
}
