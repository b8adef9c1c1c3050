// Adding up a suite's outcomes and printing them next to RT's own JavaScript port.
import type { CaseOutcome } from "./run.js";
import type { Suite } from "./specs.js";

export interface SuiteReport {
  suite: string;
  file: string;
  /** the library call the cases ran through */
  reader: "extract" | "readNumbers";
  cases: number;
  skipped: number;
  skippedBy: Record<string, number>;
  counted: number;
  passed: number;
  /** passed / counted */
  rate: number;
  /** Passed over every case, skips counted as failures: the figure to set beside RT's. */
  passedOfAll: string;
  baseline: { passed: number; of: number; rate: number; source: string };
  /** RT's JavaScript port on the counted cases only (the same cases claimex is scored on), where the spec says
   *  case by case what that port passes; null where the baseline is one measured total. */
  baselineCounted: { passed: number; of: number } | null;
  failures: Array<{ input: string; problems: string[] }>;
}

export function suiteReport(suite: Suite, outcomes: readonly CaseOutcome[]): SuiteReport {
  const skippedBy: Record<string, number> = {};
  for (const o of outcomes) if (o.skip !== undefined) skippedBy[o.skip] = (skippedBy[o.skip] ?? 0) + 1;
  const skipped = outcomes.filter((o) => o.status === "skip").length;
  const passed = outcomes.filter((o) => o.status === "pass").length;
  const counted = outcomes.length - skipped;
  const derived = { passed: outcomes.filter((o) => !o.jsPortSkips).length, of: outcomes.length, source: "cases not marked NotSupported: javascript in the spec" };
  const b = suite.baseline ?? derived;
  return {
    suite: suite.name,
    file: suite.file,
    reader: suite.reader ?? "extract",
    cases: outcomes.length,
    skipped,
    skippedBy,
    counted,
    passed,
    rate: counted === 0 ? 0 : passed / counted,
    passedOfAll: `${passed}/${outcomes.length}`,
    baseline: { ...b, rate: b.of === 0 ? 0 : b.passed / b.of },
    baselineCounted: suite.baseline !== undefined ? null : { passed: outcomes.filter((o) => o.status !== "skip" && !o.jsPortSkips).length, of: counted },
    failures: outcomes.filter((o) => o.status === "fail").map((o) => ({ input: o.input, problems: o.problems })),
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function renderTable(reports: readonly SuiteReport[]): string {
  const lines = ["suite                        cases skip counted passed  rate    all-cases   RT JS port  RT on counted"];
  for (const r of reports) {
    lines.push(
      [r.suite.padEnd(28), String(r.cases).padStart(5), String(r.skipped).padStart(4), String(r.counted).padStart(7), String(r.passed).padStart(6), pct(r.rate).padStart(6), r.passedOfAll.padStart(11), `${r.baseline.passed}/${r.baseline.of} ${pct(r.baseline.rate)}`.padStart(16), onCounted(r).padStart(14)].join(" "),
    );
  }
  return lines.concat(readerNote(reports)).join("\n");
}

const onCounted = (r: SuiteReport): string => (r.baselineCounted === null ? "n/a" : `${r.baselineCounted.passed}/${r.baselineCounted.of}`);

/** Which suites ran through something other than the claims. */
function readerNote(reports: readonly SuiteReport[]): string[] {
  const other = reports.filter((r) => r.reader !== "extract");
  if (other.length === 0) return [];
  return ["", `run through readNumbers() (every number mention; claims do not list bare numbers): ${other.map((r) => r.suite).join(", ")}; the others through extract() claims`];
}

export function renderFailures(reports: readonly SuiteReport[]): string {
  return reports
    .flatMap((r) => [`== ${r.suite}: ${r.failures.length} failing`, ...r.failures.map((f) => `  ${JSON.stringify(f.input.length > 100 ? f.input.slice(0, 97) + "..." : f.input)}\n      ${f.problems.join("\n      ")}`)])
    .join("\n");
}

/** The figures as a Markdown table, for the README's Accuracy section. */
export function renderMarkdown(reports: readonly SuiteReport[]): string {
  const lines = ["| spec | cases | skipped | counted | passed | rate | RT JS port, all cases | RT JS port, counted cases |", "|---|---:|---:|---:|---:|---:|---:|---:|"];
  for (const r of reports) lines.push(`| ${r.suite}${r.reader !== "extract" ? ` (${r.reader}())` : ""} | ${r.cases} | ${r.skipped} | ${r.counted} | ${r.passed} | ${pct(r.rate)} | ${r.baseline.passed}/${r.baseline.of} (${pct(r.baseline.rate)}) | ${onCounted(r)} |`);
  return lines.join("\n");
}
