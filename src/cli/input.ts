// Reading one text input (a file or standard input) with the checks a user needs to hear about.
import { readFile, stat } from "node:fs/promises";
import { InputError } from "./errors.js";

export interface TextInput {
  /** the path as given, or "-" for standard input */
  input: string;
  text: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Bytes to text: refuses binary (NUL bytes) and invalid UTF-8; drops a leading BOM; keeps CRLF as is. */
export function decodeText(input: string, bytes: Uint8Array): TextInput {
  if (bytes.length === 0) throw new InputError(input, "empty input");
  if (bytes.includes(0)) throw new InputError(input, "binary input (contains NUL bytes), expected UTF-8 text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(input, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(input, "empty input (only whitespace)");
  return { input, text };
}

export async function readTextInput(path: string): Promise<TextInput> {
  if (path === "-") return decodeText("-", await readStdin());
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(path, "is a directory, expected a text file");
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, describeFsError(err));
  }
  return decodeText(path, bytes);
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, expected a text file";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // binary search for the shortest invalid prefix (a truncated sequence at the cut can also fail; good enough)
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
