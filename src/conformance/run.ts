// Running one RT suite through the claimex library: each case's input is extracted (with RT's reference date),
// and the case passes when every checked RT result is found — a claim of a fitting type on the same mention
// (spans.ts) saying the same value (expect.ts). The NumberModel lists every number, bare ones included, which no
// claim is: it runs through the library's number reader, readNumbers(), built on the same quantity engine; each
// mention stands in as an exact count. For the number, percent, range and currency models RT lists
// every mention, so a claim of the suite's types that matches no result also fails the case, as an extra
// result fails it in RT's own runner (for the range model, a claim with a range-like qualifier). Date-range
// suites check only the ranges: other time claims are not judged.
import { extract } from "../extract.js";
import { readNumbers } from "../quantity/numbers.js";
import type { Claim } from "../schema.js";
import { expectationFor } from "./expect.js";
import { skipFor, type SkipGroup } from "./skips.js";
import { spansAgree } from "./spans.js";
import { checkedResults, jsPortSkips, resultSpan, type RtCase, type Suite } from "./specs.js";

export interface CaseOutcome {
  input: string;
  status: "pass" | "fail" | "skip";
  skip?: string;
  problems: string[];
  jsPortSkips: boolean;
}

export function runCase(suite: Suite, c: RtCase): Omit<CaseOutcome, "jsPortSkips"> {
  const referenceDate = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
  const claims = suite.reader === "readNumbers" ? readNumbers(c.Input).map(asCount) : extract(c.Input, { referenceDate }).claims;
  const expected = checkedResults(suite, c).map((r) => ({ span: resultSpan(r), exp: expectationFor(suite.kind, r) }));
  const judged = new Set(suite.kind === "currency" ? ["money"] : suite.kind === "percent" ? ["percent"] : ["count", "money", "percent"]);
  // RT's range model lists every range, not every number: only a claim with a range-like qualifier is extra there
  const extra = (k: Claim): boolean => judged.has(k.type) && !used.has(k) && (suite.kind !== "range" || ("qualifier" in k && k.qualifier !== "exact"));
  const used = new Set<Claim>();
  const problems: string[] = [];
  for (const { span, exp } of expected) {
    const same = claims.filter((k) => !used.has(k) && exp.types.includes(k.type) && spansAgree(c.Input, k.span, span));
    const hit = same.find((k) => exp.check(k, referenceDate) === null);
    if (hit !== undefined) {
      used.add(hit);
      continue;
    }
    const near = same[0];
    problems.push(near !== undefined ? `"${exp.text}": ${near.type} "${near.text}" ${exp.check(near, referenceDate)}` : `"${exp.text}": not found${exp.unsupported !== undefined ? ` (${exp.unsupported})` : ""}`);
  }
  if (suite.kind !== "daterange") {
    for (const k of claims) if (extra(k)) problems.push(`extra ${k.type} "${k.text}"`);
  }
  return { input: c.Input, status: problems.length === 0 ? "pass" : "fail", problems };
}

/** A number mention as the count claim it would be, for the expectation checks. */
function asCount(m: ReturnType<typeof readNumbers>[number], n: number): Claim {
  return { id: `n${n + 1}`, type: "count", text: m.text, span: m.span, sentence: { index: 0, text: "" }, value: m.value, qualifier: "exact", unit: null };
}

export function runSuite(suite: Suite, cases: readonly RtCase[], skips: readonly SkipGroup[]): CaseOutcome[] {
  return cases
    .filter((c) => checkedResults(suite, c).length > 0 || suite.onlyType === undefined)
    .map((c) => {
      const skip = skipFor(skips, suite.name, c);
      const base = { jsPortSkips: jsPortSkips(c) };
      if (skip !== undefined) return { input: c.Input, status: "skip", skip: skip.id, problems: [], ...base };
      try {
        return { ...runCase(suite, c), ...base };
      } catch (err) {
        return { input: c.Input, status: "fail", problems: [`claimex threw: ${(err as Error).message}`], ...base };
      }
    });
}
