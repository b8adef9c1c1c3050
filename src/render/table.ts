// A compact text table: columns as wide as their content; when it is wider than the terminal, the columns named
// to give way first shrink (with an ellipsis), then the widest. Cells are clipped before they are styled, so colour codes never count as width.
import { clip } from "./values.js";

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

export function renderTable(
  header: readonly string[],
  rows: readonly TableCell[][],
  width: number,
  dim: (s: string) => string,
  o: FitOptions = {},
): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => flat(r[i]?.text ?? "").length)));
  const room = width - GAP.length * (header.length - 1);
  const fixed = header.map((h) => o.keep?.has(h) === true);
  for (const name of o.shrinkFirst ?? []) {
    const i = header.indexOf(name);
    if (i !== -1) fit(widths, room, header.map((_, j) => j !== i), READABLE);
  }
  fit(widths, room, fixed, MIN_COL);
  const line = (cells: readonly TableCell[]): string =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        const text = clip(c.text, w);
        const styled = c.style !== undefined ? c.style(text) : text;
        return i === cells.length - 1 ? styled : styled + " ".repeat(w - text.length);
      })
      .join(GAP)
      .trimEnd();
  return [dim(line(header.map((text) => ({ text })))), ...rows.map(line)];
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
