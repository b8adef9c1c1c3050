// `npm run conformance`: run the Recognizers-Text English specs through the claimex library, print passes per
// spec beside RT's own JavaScript port, write a JSON report.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { renderFailures, renderMarkdown, renderTable, suiteReport } from "./report.js";
import { runSuite } from "./run.js";
import { loadSkips, unusedInputs } from "./skips.js";
import { readSpec, SUITES } from "./specs.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

// A closed pipe (`… | head`) ends the output, not the run.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
});

const opts = new Command()
  .name("claimex-conformance")
  .description("run the Recognizers-Text English specs through claimex")
  .option("--specs <dir>", "the rt-specs folder", resolve(root, "..", "shared", "rt-specs"))
  .option("--skips <file>", "the skip file", join(root, "fixtures", "conformance-skips.json"))
  .option("--out <file>", "where to write the JSON report", join(root, ".eval", "conformance.json"))
  .option("--suite <name>", "run only the suites whose name contains this")
  .option("-v, --verbose", "list every failing case with what went wrong")
  .option("--markdown", "print the figures as a Markdown table (for the README)")
  .parse()
  .opts<{ specs: string; skips: string; out: string; suite?: string; verbose?: boolean; markdown?: boolean }>();

const skips = loadSkips(opts.skips);
const suites = SUITES.filter((s) => opts.suite === undefined || s.name.toLowerCase().includes(opts.suite.toLowerCase()));
const inputs = new Map<string, Set<string>>();
const reports = suites.map((suite) => {
  const cases = readSpec(opts.specs, suite);
  inputs.set(suite.name, new Set(cases.map((c) => c.Input)));
  return suiteReport(suite, runSuite(suite, cases, skips));
});

if (opts.verbose === true) process.stdout.write(renderFailures(reports) + "\n\n");
const stale = opts.suite === undefined ? unusedInputs(skips, inputs) : [];
if (stale.length > 0) process.stderr.write(`skip entries matching no case:\n  ${stale.join("\n  ")}\n`);
process.stdout.write((opts.markdown === true ? renderMarkdown(reports) : renderTable(reports)) + "\n");
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, JSON.stringify({ generated: new Date().toISOString(), skips: opts.skips, suites: reports }, null, 1) + "\n");
process.stdout.write(`\nreport: ${opts.out}\n`);
