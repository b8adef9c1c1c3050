// Finding article fixtures: a fixture is a folder holding one article (article.txt, .html or .jsonl) with
// expected.json beside it and optionally options.json. Folders are walked recursively; what is wrong with one
// folder becomes a problem naming its path, and the walk goes on.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { describeFsError } from "../cli/input.js";

export const ARTICLE_FILES = ["article.txt", "article.html", "article.jsonl"] as const;
export const EXPECTED_FILE = "expected.json";
export const OPTIONS_FILE = "options.json";
const FIXTURE_FILES: ReadonlySet<string> = new Set([...ARTICLE_FILES, EXPECTED_FILE, OPTIONS_FILE]);
/** Never fixtures, and large: not walked. */
const SKIP_DIRS: ReadonlySet<string> = new Set(["node_modules", "dist", "coverage"]);

export interface Fixture {
  dir: string;
  /** path of the article file */
  article: string;
  kind: "txt" | "html" | "jsonl";
  /** path of expected.json (it may not exist yet: --update creates it) */
  expected: string;
  hasExpected: boolean;
  /** path of options.json, when there is one */
  options: string | null;
}

export interface FixtureProblem {
  path: string;
  problem: string;
}

export interface Found {
  fixtures: Fixture[];
  problems: FixtureProblem[];
}

export async function findFixtures(roots: readonly string[]): Promise<Found> {
  const found: Found = { fixtures: [], problems: [] };
  for (const root of roots) {
    const before = found.fixtures.length + found.problems.length;
    await walk(root, found);
    if (found.fixtures.length + found.problems.length === before) {
      found.problems.push({ path: root, problem: `no fixtures found (no folder holding ${ARTICLE_FILES.join(", ")})` });
    }
  }
  return found;
}

/** what a folder turned out to be: a fixture, a folder holding fixtures further down, empty, or none of these */
type Walked = "fixture" | "holds" | "empty" | "nothing";

/**
 * An empty folder is reported when it was named, or sits beside fixtures (a fixture in the making); elsewhere in
 * a tree (an empty `bench/` when checking ".") it is none of the check's business.
 */
async function walk(dir: string, found: Found, named = true): Promise<Walked> {
  let entries;
  try {
    if (!(await stat(dir)).isDirectory()) {
      found.problems.push({ path: dir, problem: "is a file, expected a fixture folder (or a folder of them)" });
      return "nothing";
    }
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    found.problems.push({ path: dir, problem: describeFsError(err) });
    return "nothing";
  }
  const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  if ([...files].some((f) => FIXTURE_FILES.has(f))) {
    fixtureIn(dir, files, found);
    return "fixture";
  }
  if (entries.length === 0) {
    if (named) found.problems.push({ path: dir, problem: emptyProblem });
    return "empty";
  }
  const subdirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !SKIP_DIRS.has(e.name))
    .map((e) => e.name)
    .sort();
  const walked: Array<[string, Walked]> = [];
  for (const name of subdirs) walked.push([join(dir, name), await walk(join(dir, name), found, false)]);
  if (walked.some(([, w]) => w === "fixture")) {
    for (const [path, w] of walked) if (w === "empty") found.problems.push({ path, problem: emptyProblem });
  }
  return walked.some(([, w]) => w === "fixture" || w === "holds") ? "holds" : "nothing";
}

const emptyProblem = `empty folder (expected ${ARTICLE_FILES[0]} and ${EXPECTED_FILE})`;

function fixtureIn(dir: string, files: ReadonlySet<string>, found: Found): void {
  const articles = ARTICLE_FILES.filter((f) => files.has(f));
  const article = articles[0];
  if (article === undefined) {
    found.problems.push({ path: dir, problem: `no article file (expected one of ${ARTICLE_FILES.join(", ")})` });
    return;
  }
  if (articles.length > 1) {
    found.problems.push({ path: dir, problem: `more than one article file (${articles.join(", ")}); keep one` });
    return;
  }
  found.fixtures.push({
    dir,
    article: join(dir, article),
    kind: article.slice("article.".length) as Fixture["kind"],
    expected: join(dir, EXPECTED_FILE),
    hasExpected: files.has(EXPECTED_FILE),
    options: files.has(OPTIONS_FILE) ? join(dir, OPTIONS_FILE) : null,
  });
}
