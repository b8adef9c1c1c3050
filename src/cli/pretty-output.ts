// `--format pretty` on a stream: colour and width are decided by where the text goes (NO_COLOR, a terminal or
// not, its width), so the renderer itself stays a pure function of the document.
import type { ClaimexDocument, ErrorDocument } from "../schema.js";
import { renderPretty } from "../render/pretty.js";
import { colorLevel, createPalette } from "../render/style.js";

interface TerminalLike {
  isTTY?: boolean;
  columns?: number;
}

/** Width when the stream is not a terminal (a pipe, a file, a snapshot): COLUMNS if set, else 100. */
export function streamWidth(out: TerminalLike, env: NodeJS.ProcessEnv = process.env): number {
  if (out.isTTY === true && typeof out.columns === "number" && out.columns > 0) return Math.min(out.columns, 160);
  const cols = Number(env.COLUMNS);
  return Number.isInteger(cols) && cols >= 40 ? Math.min(cols, 160) : 100;
}

/** `out` is any stream; a terminal (tty.WriteStream) has isTTY and columns. */
export function renderForStream(doc: ClaimexDocument | ErrorDocument, out: object): string {
  const t = out as TerminalLike;
  return renderPretty(doc, { width: streamWidth(t), palette: createPalette(colorLevel(t)) });
}
