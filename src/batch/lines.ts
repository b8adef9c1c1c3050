// A byte stream → its lines, without decoding (the workers decode, in parallel) and without holding more than
// one line plus one chunk. Blank lines are skipped but counted, so line numbers match the file. A line longer
// than `maxBytes` is not held: it is reported and skipped.

export type Line = { lineNo: number; bytes: Uint8Array } | { lineNo: number; tooLong: number };

export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = []; // the current line's pieces from earlier chunks
  let held = 0;
  let dropped = 0; // > 0 while skipping an overlong line
  let lineNo = 0;
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      lineNo++;
      const piece = buf.subarray(from, nl);
      from = nl + 1;
      if (dropped > 0 || held + piece.length > maxBytes) {
        yield { lineNo, tooLong: dropped + held + piece.length };
      } else {
        const line = held === 0 ? piece : Buffer.concat([...parts, piece]);
        if (!isBlank(line)) yield { lineNo, bytes: ownBytes(trimCr(line)) };
      }
      parts = [];
      held = 0;
      dropped = 0;
    }
    const rest = buf.subarray(from);
    if (dropped > 0 || held + rest.length > maxBytes) {
      dropped += held + rest.length;
      parts = [];
      held = 0;
    } else if (rest.length > 0) {
      parts.push(Buffer.from(rest)); // a copy: the stream may reuse its chunk
      held += rest.length;
    }
  }
  if (dropped > 0) yield { lineNo: lineNo + 1, tooLong: dropped };
  else if (held > 0) {
    const line = Buffer.concat(parts);
    if (!isBlank(line)) yield { lineNo: lineNo + 1, bytes: ownBytes(trimCr(line)) };
  }
}

function trimCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}

function isBlank(line: Buffer): boolean {
  for (const b of line) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}

/** A copy with its own ArrayBuffer: a view would send its whole backing chunk to the worker. */
export function ownBytes(view: Uint8Array): Uint8Array {
  return new Uint8Array(view);
}
