// The JSON text of a document whose claims arrive piece by piece, byte for byte what src/cli/output.ts writes for
// the whole document (json: JSON.stringify(doc, null, 2); jsonl: JSON.stringify(doc)), so a huge document is
// written without its claims or its JSON ever being held whole. Once `stopped()` (Ctrl-C) no further piece is
// run and the document is closed where it is: the text written is then whole lines of valid JSON, holding the
// claims of the pieces done.
import type { Claim } from "../schema.js";
import type { DocumentHead } from "./pieces.js";

export function* documentJson(head: DocumentHead, pieces: Iterable<Claim[]>, format: "json" | "jsonl", stopped: () => boolean = () => false): Generator<string> {
  const pretty = format === "json";
  const empty = pretty ? JSON.stringify({ ...head, claims: [] }, null, 2) : JSON.stringify({ ...head, claims: [] });
  const open = empty.slice(0, empty.lastIndexOf("[") + 1); // … "claims": [
  let n = 0;
  const it = pieces[Symbol.iterator]();
  for (let next = stopped() ? null : it.next(); next !== null && next.done !== true; next = stopped() ? null : it.next()) {
    const piece = next.value;
    if (piece.length === 0) {
      yield ""; // one string per piece, so that the writer gets a turn after every piece
      continue;
    }
    const parts = piece.map((c) => (pretty ? "\n    " + JSON.stringify(c, null, 2).replace(/\n/g, "\n    ") : JSON.stringify(c)));
    yield (n === 0 ? open : ",") + parts.join(",");
    n += piece.length;
  }
  if (n === 0) yield empty + "\n";
  else yield pretty ? "\n  ]\n}\n" : "]}\n";
}
