// Capitalised runs of the whole text ("Aburizal Bakrie", "Electoral Commission"), indexed by each of their words
// once per document, so that "Mr Bakrie" or "the commission" finds its full name without rescanning the text.
const RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const MAX_BEFORE = 3;

interface Entry {
  at: number;
  words: string[];
}

export class NameIndex {
  private readonly byWord = new Map<string, Entry[]>();
  private readonly byFirst = new Map<string, Entry[]>();

  constructor(text: string) {
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      const run = m[0];
      // most runs are one word ("The", "He"): no split for them (a run holds a space or tab only between words)
      if (run.indexOf(" ") === -1 && run.indexOf("\t") === -1) continue;
      const words = run.split(/[ \t]+/);
      const firstKey = words[0]!.toLowerCase();
      const firsts = this.byFirst.get(firstKey) ?? [];
      firsts.push({ at: m.index, words: words.slice(0, MAX_BEFORE + 1) });
      this.byFirst.set(firstKey, firsts);
      words.forEach((w, j) => {
        if (j === 0) return;
        const key = w.toLowerCase();
        const list = this.byWord.get(key) ?? [];
        list.push({ at: m!.index, words: words.slice(Math.max(0, j - MAX_BEFORE), j + 1) });
        this.byWord.set(key, list);
      });
    }
  }

  /** Word lists of the runs (their first words) starting with `word` (case-insensitive) in [from, at), latest last. */
  startingWith(word: string, from: number, at: number): string[][] {
    const list = this.byFirst.get(word.toLowerCase()) ?? [];
    const out: string[][] = [];
    for (const e of list) if (e.at < at && e.at >= from) out.push(e.words);
    return out;
  }

  /** Word lists of the runs ending in `word` (case-insensitive) that start in [from, at), latest last. */
  endingIn(word: string, from: number, at: number): string[][] {
    const list = this.byWord.get(word.toLowerCase()) ?? [];
    const out: string[][] = [];
    for (const e of list) if (e.at < at && e.at >= from) out.push(e.words);
    return out;
  }
}
