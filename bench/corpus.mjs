// Bench inputs: the BBC corpus (../shared/corpus/bbc, relative to the project root) as JSONL records
// {"id","text"}, and a stream of any size made by repeating it — written to a stream, never held in memory.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";

export function bbcFolder(root) {
  const dir = join(root, "..", "shared", "corpus", "bbc");
  if (!existsSync(dir)) throw new Error(`bench: the BBC corpus is not at ${dir}`);
  return dir;
}

/** Every article, in a stable order (section, then file name). */
export function bbcArticles(root) {
  const dir = bbcFolder(root);
  const out = [];
  for (const section of readdirSync(dir).sort()) {
    if (!statSync(join(dir, section)).isDirectory()) continue;
    for (const f of readdirSync(join(dir, section)).sort()) {
      if (f.endsWith(".txt")) out.push({ id: `${section}/${f}`, path: join(dir, section, f) });
    }
  }
  return out;
}

export async function writeCorpusJsonl(root, file) {
  const articles = bbcArticles(root);
  const out = createWriteStream(file);
  for (const a of articles) {
    if (!out.write(JSON.stringify({ id: a.id, text: readFileSync(a.path, "utf8") }) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { articles: articles.length, bytes: statSync(file).size };
}

/**
 * Writes the corpus's lines again and again (ids made unique by the round) until `mb` megabytes have gone out,
 * honouring backpressure, so a 1 GB input costs no more memory than one line.
 */
export async function streamRepeated(corpusFile, mb, out) {
  const lines = readFileSync(corpusFile, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
  const limit = mb * 1e6;
  let sent = 0;
  let records = 0;
  for (let round = 0; sent < limit; round++) {
    for (const r of lines) {
      const line = JSON.stringify({ id: `${r.id}#${round}`, text: r.text }) + "\n";
      sent += Buffer.byteLength(line);
      records++;
      if (!out.write(line)) await once(out, "drain");
      if (sent >= limit) break;
    }
  }
  out.end();
  return { bytes: sent, records };
}
