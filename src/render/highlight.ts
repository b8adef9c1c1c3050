// One sentence with its claims highlighted and word-wrapped. Works from the document alone: claims carry
// absolute spans and their sentence's text, so the sentence's own offset is found by aligning the claims in it.
import type { Claim } from "../schema.js";
import type { Palette } from "./style.js";

export interface Placement {
  /** each claim's place inside the sentence (relative offsets), or null for a claim that could not be placed */
  placed: Array<Placed | null>;
  /** the sentence's absolute offset, when found */
  base: number | null;
}

/**
 * Candidate sentence offsets: every place where the first claim's text occurs in the sentence. The claims of one
 * sentence keep their distances, so the candidate where they all fit is nearly always unique; a lone short claim
 * ("he") can fit inside words too ("they"), so candidates where claims start and end on word boundaries win,
 * then those not before `earliest` (the end of the previous sentence shown).
 */
export function placeClaims(sentence: string, claims: readonly Claim[], earliest = 0): Placement {
  // an empty claim text cannot anchor the search (indexOf("") matches everywhere)
  const first = claims.find((c) => c.text !== "");
  if (first === undefined) return { placed: claims.map(() => null), base: null };
  let best: Placement = { placed: claims.map(() => null), base: null };
  let bestScore = -1;
  for (let at = sentence.indexOf(first.text); at !== -1; at = sentence.indexOf(first.text, at + 1)) {
    const base = first.span.start - at;
    const placed = claims.map((c) => placeAt(sentence, c, base));
    const fit = placed.filter((x) => x !== null);
    const bounded = fit.filter((x) => isWordEdge(sentence, x.start) && isWordEdge(sentence, x.end)).length;
    const score = fit.length * 1e6 + bounded * 2 + (base >= earliest ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [{ placed, base }, score];
  }
  // A claim crossing into the next sentence does not fit: place it by its own first occurrence, if any.
  const placed = best.placed.map((x, i) => x ?? placeAt(sentence, claims[i]!, claims[i]!.span.start - sentence.indexOf(claims[i]!.text)));
  return { placed, base: best.base };
}

const WORD = /[\p{L}\p{N}]/u;

/** True when offset `i` does not fall between two letters or digits. */
function isWordEdge(s: string, i: number): boolean {
  return i <= 0 || i >= s.length || !(WORD.test(s[i - 1]!) && WORD.test(s[i]!));
}

interface Placed {
  claim: Claim;
  start: number;
  end: number;
}

function placeAt(sentence: string, c: Claim, base: number): Placed | null {
  const start = c.span.start - base;
  const end = c.span.end - base;
  if (start < 0 || end > sentence.length || start > end) return null;
  return sentence.slice(start, end) === c.text ? { claim: c, start, end } : null;
}

interface Cell {
  ch: string;
  /** innermost claim covering this character, if any */
  claim: Claim | undefined;
  marker: boolean;
}

/**
 * The sentence as wrapped lines. With colour, claims are coloured by type; without, they are bracketed:
 * "[around 1,000]c1" — in both cases the id ties the highlight to its table row.
 */
export function highlightSentence(sentence: string, claims: readonly Claim[], width: number, p: Palette, earliest = 0): Highlighted {
  const placement = placeClaims(sentence, claims, earliest);
  const placed = placement.placed.filter((x) => x !== null);
  const opens = new Map<number, Claim[]>();
  const closes = new Map<number, Claim[]>();
  for (const x of placed) {
    (opens.get(x.start) ?? opens.set(x.start, []).get(x.start)!).push(x.claim);
    (closes.get(x.end) ?? closes.set(x.end, []).get(x.end)!).unshift(x.claim);
  }
  const cells: Cell[] = [];
  const stack: Claim[] = [];
  const mark = (s: string, claim: Claim | undefined): void => {
    for (const ch of s) cells.push({ ch, claim, marker: true });
  };
  for (let i = 0; i <= sentence.length; i++) {
    for (const c of closes.get(i) ?? []) {
      stack.splice(stack.lastIndexOf(c), 1);
      mark(p.color ? "" : "]", c);
      mark(c.id, c);
    }
    for (const c of opens.get(i) ?? []) {
      if (!p.color) mark("[", c);
      stack.push(c);
    }
    if (i === sentence.length) break;
    const ch = /\s/.test(sentence[i]!) ? " " : sentence[i]!;
    // hard-wrapped text: a run of spaces and newlines shows as one space
    if (ch === " " && cells.length > 0 && cells[cells.length - 1]!.ch === " " && !cells[cells.length - 1]!.marker) continue;
    cells.push({ ch, claim: stack[stack.length - 1], marker: false });
  }
  return { lines: wrap(cells, Math.max(20, width)).map((line) => paint(line, p)), base: placement.base };
}

export interface Highlighted {
  lines: string[];
  /** the sentence's absolute offset, when it could be found */
  base: number | null;
}

const breakable = (c: Cell | undefined, inClaims: boolean): boolean =>
  c !== undefined && c.ch === " " && !c.marker && (inClaims || c.claim === undefined);

/** Greedy word wrap on spaces, not inside a claim when avoidable; a word longer than the width is cut. */
function wrap(cells: Cell[], width: number): Cell[][] {
  const lines: Cell[][] = [];
  let from = 0;
  while (from < cells.length) {
    while (from < cells.length && cells[from]!.ch === " " && !cells[from]!.marker) from++;
    if (from >= cells.length) break;
    let to = Math.min(cells.length, from + width);
    if (to < cells.length) {
      let cut = to;
      while (cut > from && !breakable(cells[cut], false)) cut--;
      if (cut === from) for (cut = to; cut > from && !breakable(cells[cut], true); ) cut--;
      if (cut > from) to = cut;
    }
    lines.push(cells.slice(from, to));
    from = to;
  }
  return lines;
}

function paint(line: Cell[], p: Palette): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const { claim, marker } = line[i]!;
    let j = i;
    let s = "";
    while (j < line.length && line[j]!.claim === claim && line[j]!.marker === marker) s += line[j++]!.ch;
    if (claim === undefined) out += s;
    else if (marker) out += p.dim(s);
    else out += p.claim(claim.type, s);
    i = j;
  }
  return out;
}
