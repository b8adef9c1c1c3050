// A zod issue as one line a person can act on: "claims[3].qualifier: Invalid option: expected one of …".
import type { z } from "zod";

export function formatPath(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  return out;
}

export function issuePath(issue: z.core.$ZodIssue | undefined, prefix = ""): string {
  if (issue === undefined) return "invalid";
  const where = formatPath(issue.path, prefix);
  return where === "" ? issue.message : `${where}: ${issue.message}`;
}
