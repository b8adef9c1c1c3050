// The gold set's validator: every gold file parses, every text/nth/at locates in its article, and fields and
// values fit ../shared/annotation-guide.md (src/eval/validate.ts). A failure here is a gold file to fix by its
// annotator, never a reason to bend the scoring.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { articlePath, readArticle } from "../src/eval/articles.js";
import { parseGold } from "../src/eval/gold.js";
import { goldProblems } from "../src/eval/validate.js";

const root = resolve(import.meta.dirname, "..");
const roots = { corpus: resolve(root, "..", "shared", "corpus"), seed: join(root, "fixtures", "articles") };
const reutersIndex = join(roots.corpus, "reuters21578", "index.jsonl");
const reutersDates = existsSync(reutersIndex)
  ? new Map(readFileSync(reutersIndex, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => {
      const r = JSON.parse(l) as { id: string; date: string };
      return [`reuters/${r.id}`, r.date] as const;
    }))
  : null;

for (const dir of ["fixtures/gold", "fixtures/gold-holdout", "fixtures/gold-holdout2", "fixtures/gold-holdout3", "fixtures/eval-mini"]) {
  const files = readdirSync(join(root, dir)).filter((f) => f.endsWith(".json")).sort();
  describe(`gold files in ${dir}`, () => {
    it("are there", () => expect(files.length).toBeGreaterThan(0));
    for (const f of files) {
      it(f, () => {
        const parsed = parseGold(JSON.parse(readFileSync(join(root, dir, f), "utf8")));
        if (!parsed.ok) throw new Error(`${f}: ${parsed.error}`);
        const gold = parsed.gold;
        const path = articlePath(gold.article, roots);
        // BBC and Reuters articles live outside the repo (../shared/corpus); without them only the shape is checked
        if (!gold.article.startsWith("seed/") && !existsSync(path)) return;
        expect(goldProblems(gold, readArticle(path))).toEqual([]);
        if (gold.article.startsWith("reuters/") && reutersDates !== null) expect(gold.referenceDate).toBe(reutersDates.get(gold.article));
      });
    }
  });
}
