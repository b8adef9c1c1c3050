// The CLI: parse argv with commander, call a command, map errors to exit codes. Never calls process.exit()
// (a piped stdout could lose output); sets process.exitCode and lets the process end.
import { Command, CommanderError } from "commander";
// Commands are imported when they run, not here: a start loads only what its command needs (cold start matters
// for one article, and a batch's main thread never needs the engine, which lives in the workers).
const runExtract: typeof import("./commands/extract.js").runExtract = async (...a) => (await import("./commands/extract.js")).runExtract(...a);
const runSchema: typeof import("./commands/schema.js").runSchema = async (...a) => (await import("./commands/schema.js")).runSchema(...a);
const runCheck: typeof import("./commands/check.js").runCheck = async (...a) => (await import("./commands/check.js")).runCheck(...a);
const runValidate: typeof import("./commands/validate.js").runValidate = async (...a) => (await import("./commands/validate.js")).runValidate(...a);
import { errorLine, exitCodeFor, EXIT_USAGE } from "./errors.js";

export function buildProgram(): Command {
  const program = new Command()
    .name("claimex")
    .description("Extract quantified claims (counts, money, percents, dates, periods, sources) from news text as claimex/v1 JSON")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith("error:") ? `claimex: ${s}` : s) });

  program
    .command("extract", { isDefault: true })
    .description("extract claims from files, folders (recursing) and globs, or standard input when no file or '-'")
    .argument("[files...]", "text, HTML or JSONL files, folders or quoted globs ('archive/**/*.txt'); '-' or none for standard input")
    .option("--date <YYYY-MM-DD>", "reference date that resolves relative time ('last year', 'on Thursday')")
    .option("--format <format>", "json (default for one input when piped), jsonl (one document per line) or pretty (for reading; default on a terminal)")
    .option("--types <list>", "comma-separated claim types to keep: count,money,percent,date,period,source")
    .option("--debug", "add the id of the rule that made each claim")
    .option("--explain", "same as --debug: show the rule that made each claim (a column in --format pretty)")
    .option("--input-format <format>", "auto (default: by extension, then content), text, html (a saved web page) or jsonl ({\"id\",\"text\",\"date\"?} per line)")
    .option("--jobs <n>", "worker threads (default: all cores); output stays in input order")
    .option("--quiet", "no progress bar or summary on a terminal (errors are still reported)")
    .action(async (files: string[], { explain, ...opts }: Record<string, unknown>) => {
      process.exitCode = await runExtract(files, explain === true ? { ...opts, debug: true } : opts);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the claimex/v1 output")
    .action(async () => {
      process.exitCode = await runSchema();
    });

  program
    .command("check")
    .description("re-extract article fixtures (folders with article.txt|.html|.jsonl and expected.json) and compare")
    .argument("[dirs...]", "fixture folders, or folders of them (walked recursively); default '.'")
    .option("--update", "rewrite expected.json where it differs (create it where missing), and say which")
    .option("--format <format>", "text (a readable diff per fixture, default) or json (a machine-readable report)")
    .option("--ignore <fields>", "comma-separated claim fields not to compare (e.g. predicate,sentence)")
    .action(async (dirs: string[], opts: Record<string, unknown>) => {
      process.exitCode = await runCheck(dirs, opts);
    });

  program
    .command("validate")
    .description("check claimex/v1 documents (JSON or JSONL) against the schema and the contract's invariants")
    .argument("[files...]", "JSON or JSONL files; '-' or none for standard input")
    .option("--input <file>", "the article the documents were extracted from (or a JSONL of {id,text}): check every text against its span")
    .option("--format <format>", "text (one line per violation, default) or json")
    .action(async (files: string[], opts: Record<string, unknown>) => {
      process.exitCode = await runValidate(files, opts);
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed its message; help and version exit 0
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    process.stderr.write(errorLine(err) + "\n");
    process.exitCode = exitCodeFor(err);
  }
}

await main(process.argv);
