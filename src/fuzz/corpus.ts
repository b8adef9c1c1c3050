// Real news text for the fuzz and scaling generators: the BBC and Reuters-21578 corpora that sit beside the project
// (../shared/corpus, or $CLAIMEX_CORPUS). Without them the project's own article fixtures stand in, so the
// property tests still run on a machine that has only the repository.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: this file is src/fuzz/corpus.ts or dist/fuzz/corpus.js. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function corpusDir(): string | null {
  const dir = process.env["CLAIMEX_CORPUS"] ?? join(PROJECT_ROOT, "..", "shared", "corpus");
  return existsSync(dir) ? dir : null;
}

/** Every .txt file under `dir`, sorted, so a selection is the same on every machine. */
function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...textFiles(p));
    else if (name.endsWith(".txt")) out.push(p);
  }
  return out;
}

const cache = new Map<number, string[]>();

/** Up to `max` documents spread evenly over the corpora (both wire and feature style), read once. */
export function corpusTexts(max = 60): string[] {
  const hit = cache.get(max);
  if (hit !== undefined) return hit;
  const dir = corpusDir();
  const files = dir !== null ? textFiles(dir) : textFiles(join(PROJECT_ROOT, "fixtures", "articles"));
  const step = Math.max(1, Math.floor(files.length / max));
  const picked = files.filter((_, i) => i % step === 0).slice(0, max);
  const texts = picked.map((f) => readFileSync(f, "utf8").replace(/^\uFEFF/, "")).filter((t) => t.length > 0);
  cache.set(max, texts);
  return texts;
}

/** All the text of the corpora joined as paragraphs, cut or repeated to exactly `length` characters. */
export function corpusOfLength(length: number): string {
  const texts = corpusTexts(400);
  const parts: string[] = [];
  let have = 0;
  for (let i = 0; have < length; i = (i + 1) % texts.length) {
    const t = texts[i]!;
    parts.push(t);
    have += t.length + 2;
  }
  return parts.join("\n\n").slice(0, length);
}
