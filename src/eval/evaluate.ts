// The whole evaluation: read every gold file, run the built CLI on the articles, score, add up.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { articlePath, readArticle, type ArticleRoots } from "./articles.js";
import { parseGold, type GoldFile } from "./gold.js";
import { runCli, type CliResult } from "./run-cli.js";
import { scoreArticle, type ArticleScore } from "./score.js";
import { summarize, type Summary } from "./summary.js";

export interface GoldEntry {
  file: string;
  gold?: GoldFile;
  error?: string;
}

export function loadGoldDir(dir: string): GoldEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, "utf8"));
      } catch (err) {
        return { file, error: `not JSON: ${(err as Error).message}` };
      }
      const r = parseGold(json);
      return r.ok ? { file, gold: r.gold } : { file, error: r.error };
    });
}

export interface EvalOptions {
  goldDir: string;
  roots: ArticleRoots;
  /** The claimex launcher to run (bin/claimex). */
  bin: string;
}

export interface EvalResult {
  summary: Summary;
  /** One per scored gold file, with the gold file's name. */
  articles: Array<ArticleScore & { goldFile: string }>;
  /** Gold files that could not be read, or whose article could not be read: left out of the figures. */
  failed: Array<{ goldFile: string; error: string }>;
  /** Articles the CLI failed on: scored as if it found nothing (every gold item a miss). */
  cliErrors: Array<{ goldFile: string; error: string }>;
  /** Articles whose output breaks the claimex/v1 schema (first problem): scored all the same, and reported. */
  schemaErrors: Array<{ goldFile: string; error: string }>;
}

export async function evaluate(opts: EvalOptions): Promise<EvalResult> {
  const failed: EvalResult["failed"] = [];
  const jobs: Array<{ goldFile: string; gold: GoldFile; path: string }> = [];
  for (const e of loadGoldDir(opts.goldDir)) {
    if (e.gold === undefined) failed.push({ goldFile: basename(e.file), error: e.error ?? "unreadable" });
    else jobs.push({ goldFile: basename(e.file), gold: e.gold, path: articlePath(e.gold.article, opts.roots) });
  }
  // One CLI run per reference date: gold's referenceDate is passed as --date when it is known.
  const byDate = new Map<string | null, string[]>();
  for (const j of jobs) byDate.set(j.gold.referenceDate, [...(byDate.get(j.gold.referenceDate) ?? []), j.path]);
  const outputs = new Map<string, Map<string, CliResult>>();
  for (const [date, paths] of byDate) outputs.set(String(date), await runCli(opts.bin, [...new Set(paths)], date));

  const articles: EvalResult["articles"] = [];
  const cliErrors: EvalResult["cliErrors"] = [];
  const schemaErrors: EvalResult["schemaErrors"] = [];
  for (const j of jobs) {
    let text: string;
    try {
      text = readArticle(j.path);
    } catch (err) {
      failed.push({ goldFile: j.goldFile, error: `article ${j.path}: ${(err as Error).message}` });
      continue;
    }
    const out = outputs.get(String(j.gold.referenceDate))?.get(j.path) ?? { ok: false, error: "no output" };
    if (!out.ok) cliErrors.push({ goldFile: j.goldFile, error: out.error });
    else if (out.invalid !== undefined) schemaErrors.push({ goldFile: j.goldFile, error: out.invalid });
    articles.push({ goldFile: j.goldFile, ...scoreArticle(j.gold, text, out.ok ? out.doc.claims : []) });
  }
  return { summary: summarize(articles), articles, failed, cliErrors, schemaErrors };
}
