// A compact text table: columns as wide as their content; when it is wider than the terminal, the columns named
// to give way first get narrower, then the widest, and their cells wrap onto more lines (nothing is cut).
// Cells are wrapped before they are styled, so colour codes never count as width.

export interface TableCell {
  text: string;
  style?: (s: string) => string;
}

const GAP = "  ";
const MIN_COL = 6;
const READABLE = 16;

export interface FitOptions {
  /** columns never shrunk (ids, rule names: a clipped one is useless) */
  keep?: ReadonlySet<string>;
  /** columns given up first, in this order, down to a readable width */
  shrinkFirst?: readonly string[];
}

/** Width of the table with every cell whole. */
export function naturalWidth(header: readonly string[], rows: readonly TableCell[][]): number {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => flat(r[i]?.text ?? "").length)));
  return widths.reduce((a, b) => a + b, 0) + GAP.length * (header.length - 1);
}

export interface TableLines {
  header: string;
  /** the lines of each row (a row whose cells wrap takes several) */
  rows: string[][];
}

/** The table as lines: the header, then every row. */
export function renderTable(header: readonly string[], rows: readonly TableCell[][], width: number, dim: (s: string) => string, o: FitOptions = {}): string[] {
  const t = layoutTable(header, rows, width, dim, o);
  return [t.header, ...t.rows.flat()];
}

export function layoutTable(
  header: readonly string[],
  rows: readonly TableCell[][],
  width: number,
  dim: (s: string) => string,
  o: FitOptions = {},
): TableLines {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => flat(r[i]?.text ?? "").length)));
  const room = width - GAP.length * (header.length - 1);
  const fixed = header.map((h) => o.keep?.has(h) === true);
  for (const name of o.shrinkFirst ?? []) {
    const i = header.indexOf(name);
    if (i !== -1) fit(widths, room, header.map((_, j) => j !== i), READABLE);
  }
  fit(widths, room, fixed, MIN_COL);
  const header1 = header.map((text) => [text]);
  const lines = (cells: readonly TableCell[]): string[] => {
    const wrapped = cells.map((c, i) => wrapCell(c.text, widths[i] ?? 0));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = cells.map((c, i) => {
        const text = wrapped[i]![k] ?? "";
        const styled = c.style !== undefined && text !== "" ? c.style(text) : text;
        return styled + " ".repeat(Math.max(0, (widths[i] ?? 0) - text.length));
      });
      out.push(parts.join(GAP).trimEnd());
    }
    return out;
  };
  return { header: dim(lines(header1.map(([text]) => ({ text: text! })))[0]!), rows: rows.map(lines) };
}

/** A cell's text on lines of at most `width`: broken at spaces, a longer word cut. Nothing is dropped. */
function wrapCell(text: string, width: number): string[] {
  const pieces = flat(text)
    .trim()
    .split(" ")
    .filter((w) => w !== "")
    .flatMap((w) => chunks(w, Math.max(1, width)));
  const out: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line !== "" && line.length + 1 + piece.length <= width) {
      line += " " + piece;
      continue;
    }
    if (line !== "") out.push(line);
    line = piece;
  }
  out.push(line);
  return out;
}

function chunks(word: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += size) out.push(word.slice(i, i + size));
  return out;
}

/** Shrink the widest column by one until the total fits (or every column is at `min`). */
function fit(widths: number[], room: number, fixed: readonly boolean[], min: number): void {
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > room) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (fixed[i] !== true && widths[i]! > min && (widest === -1 || widths[i]! > widths[widest]!)) widest = i;
    }
    if (widest === -1) return;
    widths[widest] = widths[widest]! - 1;
    total--;
  }
}

function flat(s: string): string {
  return s.replace(/\s+/g, " ");
}
