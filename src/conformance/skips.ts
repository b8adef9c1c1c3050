// The skip file: cases claimex is not meant to handle, each group with its reason. A group names its suites and
// picks cases by exact input, by a pattern over the input, or by RT's `Mod` on an expected date range.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { typeOf, type RtCase } from "./specs.js";

export const SKIP_KINDS = ["not-news", "outside-schema", "disputed"] as const;

const SkipGroupSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    suites: z.array(z.string()).min(1),
    /** not-news: phrasing news copy does not use; outside-schema: claimex/v1 has no way to say it;
     * disputed: RT's expected value is one reading among others, or contradicts RT's other cases. */
    kind: z.enum(SKIP_KINDS),
    reason: z.string().min(10),
    inputs: z.array(z.string()).optional(),
    match: z.string().optional(),
    mod: z.array(z.string()).optional(),
  })
  .strict()
  .refine((g) => g.inputs !== undefined || g.match !== undefined || g.mod !== undefined, "a group needs inputs, match or mod");

export const SkipFileSchema = z.object({ description: z.string(), groups: z.array(SkipGroupSchema) }).strict();
export type SkipGroup = z.infer<typeof SkipGroupSchema>;

export function loadSkips(path: string): SkipGroup[] {
  return SkipFileSchema.parse(JSON.parse(readFileSync(path, "utf8"))).groups;
}

/** The mods of a case's date ranges (a time of day in the same case, "next week later in the afternoon", has
 * mods of its own that say nothing about the range). */
function mods(c: RtCase): string[] {
  return c.Results.filter((r) => typeOf(r) === undefined || typeOf(r)!.includes("daterange"))
    .flatMap((r) => [r.Value?.Mod, ...(r.Resolution?.values ?? []).map((v) => v["Mod"])])
    .filter((m): m is string => m !== undefined);
}

/** The first group that excuses this case in this suite, if any. */
export function skipFor(groups: readonly SkipGroup[], suite: string, c: RtCase): SkipGroup | undefined {
  return groups.find(
    (g) =>
      g.suites.includes(suite) &&
      ((g.inputs?.includes(c.Input) ?? false) ||
        (g.match !== undefined && new RegExp(g.match, "i").test(c.Input)) ||
        (g.mod !== undefined && mods(c).some((m) => g.mod!.includes(m)))),
  );
}

/** Inputs a group lists that no case of its suites has: a typo would silently skip nothing. */
export function unusedInputs(groups: readonly SkipGroup[], inputsBySuite: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return groups.flatMap((g) => (g.inputs ?? []).filter((i) => !g.suites.some((s) => inputsBySuite.get(s)?.has(i))).map((i) => `${g.id}: ${JSON.stringify(i)}`));
}
