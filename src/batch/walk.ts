// Folders and globs → file paths, streamed (an archive's listing is never held whole; one folder's is, to sort
// it) and in a stable order: entries by name, depth first, so a rerun writes the same lines in the same order.
// Symlinked files are read; symlinked folders are not entered (they can loop). Dot-entries are skipped.
import { readdir, stat } from "node:fs/promises";
import picomatch from "picomatch";
import { describeFsError } from "../cli/input.js";

export type Found = { path: string } | { path: string; problem: string };

/** File extensions a folder is searched for (a glob takes whatever it names). */
export const DOCUMENT_EXTENSIONS = /\.(?:txt|text|html?|xhtml|jsonl|ndjson)$/i;

export function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob;
}

/** Every document file under a folder, recursively. */
export async function* walkFolder(dir: string): AsyncGenerator<Found> {
  const root = dir.replace(/\/+$/, "") || "/";
  let any = false;
  for await (const found of walk(root, root, (rel) => DOCUMENT_EXTENSIONS.test(rel), Infinity)) {
    any = true;
    yield found;
  }
  if (!any) yield { path: dir, problem: "no .txt, .text, .html, .htm, .xhtml, .jsonl or .ndjson files in this folder" };
}

/** The files a glob matches ("archive/**\/*.txt", "news/2019-*.html"). */
export async function* walkGlob(pattern: string): AsyncGenerator<Found> {
  const { base, glob, prefix } = picomatch.scan(pattern);
  const match = picomatch(glob);
  // without "**" a glob of k segments can only match k levels down: do not read deeper folders
  const depth = glob.includes("**") ? Infinity : glob.split("/").length;
  const root = prefix + base;
  let any = false;
  const dir = root === "" ? "." : root;
  if ((await stat(dir).catch(() => null))?.isDirectory() === true) {
    for await (const found of walk(dir, root, match, depth)) {
      any = true;
      yield found;
    }
  }
  if (!any) yield { path: pattern, problem: "no files match this pattern" };
}

async function* walk(dir: string, shown: string, accept: (rel: string) => boolean, depth: number, rel = ""): AsyncGenerator<Found> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, problem: describeFsError(err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
    const path = shown === "" ? childRel : `${shown.replace(/\/$/, "")}/${childRel}`;
    const full = `${dir.replace(/\/$/, "")}/${e.name}`;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const st = await stat(full).catch(() => null);
      isFile = st?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) {
      if (depth > 1) yield* walk(full, shown, accept, depth - 1, childRel);
    } else if (isFile && accept(childRel)) {
      yield { path };
    }
  }
}
