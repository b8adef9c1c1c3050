// Where a gold file's `article` lives. BBC paths are relative to the shared corpus, "reuters/" names the
// reuters21578 folder there, and "seed/<name>.txt" is the founding article kept in this repo under
// fixtures/articles/<name>/article.txt, so the seed gold needs nothing outside the project.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ArticleRoots {
  /** Folder holding bbc/ and reuters21578/ (default ../shared/corpus from the project root). */
  corpus: string;
  /** Folder holding <name>/article.txt (default fixtures/articles). */
  seed: string;
}

export function articlePath(article: string, roots: ArticleRoots): string {
  if (article.startsWith("seed/")) return join(roots.seed, article.slice(5).replace(/\.txt$/, ""), "article.txt");
  if (article.startsWith("reuters/")) return join(roots.corpus, "reuters21578", article.slice(8));
  return join(roots.corpus, article);
}

/** The article as claimex sees it: UTF-8, a leading BOM dropped (offsets do not count it), CRLF kept. */
export function readArticle(path: string): string {
  const text = readFileSync(path, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
