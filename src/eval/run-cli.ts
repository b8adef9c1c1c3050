// Running the built claimex CLI (bin/claimex → dist/bundle/main.js) the way a user would: one process per
// reference date, all that date's articles in one JSONL run, with --debug so each claim carries its rule id.
import { spawn } from "node:child_process";
import { DocumentSchema, type ClaimexDocument } from "../schema.js";

/** `invalid` says how an output breaks the claimex/v1 schema; such a document is still scored, and reported. */
export type CliResult = { ok: true; doc: ClaimexDocument; invalid?: string } | { ok: false; error: string };

export async function runCli(bin: string, files: readonly string[], date: string | null): Promise<Map<string, CliResult>> {
  const args = [bin, "extract", "--debug", "--format", "jsonl", ...(date !== null ? ["--date", date] : []), "--", ...files];
  const { stdout, stderr, code } = await run(process.execPath, args);
  const results = new Map<string, CliResult>();
  for (const line of stdout.split("\n")) {
    if (line.trim() === "") continue;
    const json = JSON.parse(line) as { input?: unknown; error?: unknown };
    const input = String(json.input);
    if (json.error !== undefined) {
      results.set(input, { ok: false, error: String(json.error) });
      continue;
    }
    const parsed = DocumentSchema.safeParse(json);
    if (parsed.success) results.set(input, { ok: true, doc: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      results.set(input, { ok: true, doc: json as unknown as ClaimexDocument, invalid: `${issue?.path.join(".")}: ${issue?.message}` });
    }
  }
  for (const f of files) {
    if (!results.has(f)) results.set(f, { ok: false, error: `no output (exit ${code}): ${stderr.trim().split("\n")[0] ?? ""}` });
  }
  return results;
}

function run(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), code }));
  });
}
