// CLI options parsed once, with zod, at the boundary. A bad option is a UsageError (exit 2).
import { z } from "zod";
import { CLAIM_TYPES, type ClaimType } from "../schema.js";
import { UsageError } from "./errors.js";

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const DateOption = z
  .string()
  .refine(isValidIsoDate, { error: (iss) => `--date: '${String(iss.input)}' is not a real date in the form YYYY-MM-DD` });

export const TypesOption = z
  .string()
  .transform((s) => s.split(",").map((t) => t.trim()).filter((t) => t !== ""))
  .pipe(z.array(z.enum(CLAIM_TYPES, { error: (i) => `--types: unknown claim type '${String(i.input)}' (expected ${CLAIM_TYPES.join(", ")})` })).min(1));

export const ExtractOptionsSchema = z.object({
  date: DateOption.optional(),
  format: z.enum(["json", "jsonl", "pretty"], { error: (i) => `--format: '${String(i.input)}' is not one of json, jsonl, pretty` }).optional(),
  types: TypesOption.optional(),
  debug: z.boolean().optional(),
});

export interface ParsedExtractOptions {
  date?: string;
  format?: "json" | "jsonl" | "pretty";
  types?: ClaimType[];
  debug?: boolean;
}

/** Parse with a schema; the first problem becomes a one-line UsageError. */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new UsageError(r.error.issues[0]?.message ?? "invalid options");
  return r.data;
}
