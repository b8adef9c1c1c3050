// The Recognizers-Text English spec files (../shared/rt-specs) claimex is measured against, and how each is
// read. RT's model specs give `Start`/`End` with `End` inclusive; the DatePeriodParser spec gives `Start` and
// `Length`. Each suite names its baseline: what RT's own JavaScript port passes.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type SuiteKind = "number" | "percent" | "range" | "currency" | "daterange";

export interface Suite {
  name: string;
  file: string;
  kind: SuiteKind;
  /** Only the results of this TypeName are checked (DateTimeModel: its date ranges); cases without one are left out. */
  onlyType?: string;
  /** What RT's JavaScript port passes, where it was measured; otherwise the runner derives it from the
   * spec's `NotSupported: javascript` marks (the cases RT's own JS test runner skips). */
  baseline?: { passed: number; of: number; source: string };
  /** What the cases run through: the claims of extract() (default), or readNumbers() for a suite that lists every
   * number mention (bare numbers, fractions, labels), which claimex/v1 claims do not. */
  reader?: "extract" | "readNumbers";
}

export const SUITES: readonly Suite[] = [
  { name: "NumberModel", file: "Number/English/NumberModel.json", kind: "number", reader: "readNumbers", baseline: { passed: 199, of: 235, source: "issue #5 (RT JS port run)" } },
  { name: "PercentModel", file: "Number/English/PercentModel.json", kind: "percent" },
  { name: "NumberRangeModel", file: "Number/English/NumberRangeModel.json", kind: "range" },
  { name: "CurrencyModel", file: "NumberWithUnit/English/CurrencyModel.json", kind: "currency", baseline: { passed: 146, of: 180, source: "issue #5 (RT JS port run)" } },
  { name: "DatePeriodParser", file: "DateTime/English/DatePeriodParser.json", kind: "daterange" },
  {
    name: "DateTimeModel (date ranges)",
    file: "DateTime/English/DateTimeModel.json",
    kind: "daterange",
    onlyType: "datetimeV2.daterange",
  },
];

export interface RtResult {
  Text: string;
  Start: number;
  End?: number;
  Length?: number;
  TypeName?: string;
  Typename?: string;
  Type?: string;
  Resolution?: Record<string, unknown> & { values?: Array<Record<string, string>> };
  Value?: { Timex?: string; Mod?: string; PastResolution?: Record<string, string>; FutureResolution?: Record<string, string> };
}

export interface RtCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: RtResult[];
}

export function readSpec(dir: string, suite: Suite): RtCase[] {
  const raw = readFileSync(join(dir, suite.file), "utf8").replace(/^\uFEFF/, "");
  return JSON.parse(raw) as RtCase[];
}

export const typeOf = (r: RtResult): string | undefined => r.TypeName ?? r.Typename ?? r.Type;

/** The results a suite checks in a case (all of them, or only its date ranges). */
export function checkedResults(suite: Suite, c: RtCase): RtResult[] {
  return suite.onlyType === undefined ? c.Results : c.Results.filter((r) => typeOf(r) === suite.onlyType);
}

/** The result's span as a JavaScript [start, end) pair. */
export function resultSpan(r: RtResult): { start: number; end: number } {
  if (r.Length !== undefined) return { start: r.Start, end: r.Start + r.Length };
  return { start: r.Start, end: (r.End ?? r.Start + r.Text.length - 1) + 1 };
}

/** RT's own JS port marks the cases it does not pass. */
export function jsPortSkips(c: RtCase): boolean {
  return /javascript/i.test(`${c.NotSupported ?? ""},${c.NotSupportedByDesign ?? ""}`);
}
