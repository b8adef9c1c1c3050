// Failing inputs as files under test/fuzz-regressions/, which test/fuzz-regressions.test.ts replays. The name is a
// hash of the content, so the same failure found twice is one file.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { CLAIM_TYPES } from "../schema.js";
import { PROJECT_ROOT } from "./corpus.js";

export const REGRESSION_DIR = join(PROJECT_ROOT, "test", "fuzz-regressions");

export const RegressionSchema = z.object({
  /** How it was found: "npm run fuzz -- --seed 7 (case 1234, generator unicode)". */
  found: z.string(),
  kind: z.enum(["invariant", "hang"]),
  /** What broke, as the checker said it when found. */
  problems: z.array(z.string()),
  options: z.object({
    referenceDate: z.string().nullable().optional(),
    types: z.array(z.enum(CLAIM_TYPES)).readonly().optional(),
    debug: z.boolean().optional(),
  }),
  input: z.string(),
});
export type Regression = z.infer<typeof RegressionSchema>;

export function writeRegression(r: Regression, dir = REGRESSION_DIR): string {
  mkdirSync(dir, { recursive: true });
  const hash = createHash("sha256").update(JSON.stringify([r.options, r.input])).digest("hex").slice(0, 12);
  const file = join(dir, `${r.kind}-${hash}.json`);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
  return file;
}

export function readRegressions(dir = REGRESSION_DIR): Array<{ file: string; regression: Regression }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, regression: RegressionSchema.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))) }));
}
