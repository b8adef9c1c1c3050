// `npm run eval` end to end on a small fixture: the built CLI is run on the article, scored, and the report
// written. The figures must be the ones the library's own extract() output scores to — the eval adds nothing
// and loses nothing on the way through the CLI.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { readArticle } from "../src/eval/articles.js";
import { loadGoldDir } from "../src/eval/evaluate.js";
import { scoreArticle } from "../src/eval/score.js";
import { summarize } from "../src/eval/summary.js";

const root = resolve(import.meta.dirname, "..");
const goldDir = join(root, "fixtures", "eval-mini");

describe("npm run eval", () => {
  it("runs the built CLI on the gold articles, prints the table and writes the report", () => {
    const out = join(mkdtempSync(join(tmpdir(), "claimex-eval-")), "report.json");
    const stdout = execFileSync(process.execPath, [join(root, "dist", "eval", "cli.js"), "--gold", goldDir, "--out", out, "--verbose"], { encoding: "utf8" });
    expect(stdout).toMatch(/claimex eval: 1 articles, 5 gold items/);
    expect(stdout).toMatch(/^overall +5 /m);
    const report = JSON.parse(readFileSync(out, "utf8")) as { summary: ReturnType<typeof summarize>; articles: Array<{ goldFile: string }> };
    expect(report.articles.map((a) => a.goldFile)).toEqual(["cambodia-mini.json"]);

    const gold = loadGoldDir(goldDir)[0]!.gold!;
    const text = readArticle(join(root, "fixtures", "articles", "cambodia-deportations", "article.txt"));
    const direct = summarize([scoreArticle(gold, text, extract(text, { referenceDate: gold.referenceDate, debug: true }).claims)]);
    expect(report.summary).toEqual(direct);
    const { overall } = report.summary;
    expect(overall.tp + overall.fn).toBe(5);
    expect(overall.strictTp).toBeLessThanOrEqual(overall.tp);
  });
});
