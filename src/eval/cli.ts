// `npm run eval`: score the built CLI against every gold file, print the table, write a JSON report.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { evaluate } from "./evaluate.js";
import { renderMarkdown, renderProblems, renderSummary, renderVerbose } from "./render.js";

// dist/eval/cli.js → the project root, so the defaults hold whatever the working directory.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

// A closed pipe (`… | head`) ends the output, not the run.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
});

const program = new Command()
  .name("claimex-eval")
  .description("score claimex against the gold annotations (../shared/annotation-guide.md, 'How output is scored')")
  .option("--gold <dir>", "folder of gold files", join(root, "fixtures", "gold"))
  .option("--corpus <dir>", "folder holding bbc/ and reuters21578/", resolve(root, "..", "shared", "corpus"))
  .option("--seed <dir>", "folder holding <name>/article.txt for seed/ articles", join(root, "fixtures", "articles"))
  .option("--bin <file>", "the claimex launcher to run", join(root, "bin", "claimex"))
  .option("--out <file>", "where to write the JSON report", join(root, ".eval", "report.json"))
  .option("-v, --verbose", "list misses, false positives, wrong values and wrong links with rule ids")
  .option("--markdown", "print the summary as Markdown tables (for the README)")
  .parse();

const opts = program.opts<{ gold: string; corpus: string; seed: string; bin: string; out: string; verbose?: boolean; markdown?: boolean }>();
const result = await evaluate({ goldDir: opts.gold, roots: { corpus: opts.corpus, seed: opts.seed }, bin: opts.bin });

if (opts.verbose === true) process.stdout.write(renderVerbose(result) + "\n\n");
const problems = renderProblems(result);
if (problems !== "") process.stderr.write(problems + "\n");
const s = result.summary;
process.stdout.write(`claimex eval: ${s.articles} articles, ${s.overall.gold} gold items${s.goldErrors > 0 ? ` (${s.goldErrors} gold items could not be located)` : ""}\n`);
process.stdout.write((opts.markdown === true ? renderMarkdown(s) : renderSummary(s)) + "\n");
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, JSON.stringify({ generated: new Date().toISOString(), gold: opts.gold, ...result }, null, 1) + "\n");
process.stdout.write(`\nreport: ${opts.out}\n`);
