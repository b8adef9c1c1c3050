// Batch inputs, spawned as a user runs them: folders (recursing), globs, JSONL (stdin and files), HTML pages, and
// failed records written in their place.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DocumentSchema, ErrorDocumentSchema, type ClaimexDocument, type ErrorDocument } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
let tmp = "";

function run(args: string[], input?: string, cwd = tmp) {
  const r = spawnSync(bin, args, { encoding: "utf8", cwd, input, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
type Out = ClaimexDocument | ErrorDocument;
const lines = (s: string): Out[] => s.trim().split("\n").map((l) => JSON.parse(l) as Out);
const texts = (d: Out): string[] => DocumentSchema.parse(d).claims.map((c) => c.text);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "claimex-batch-"));
  const w = (p: string, s: string | Buffer) => {
    mkdirSync(join(tmp, p, ".."), { recursive: true });
    writeFileSync(join(tmp, p), s);
  };
  w("archive/b.txt", "Shares fell 4% on Monday.");
  w("archive/a.txt", "The firm hired 300 workers.");
  w("archive/2019/x.txt", "Profits rose to $5bn.");
  w("archive/2019/deep/y.text", "About 20 people were hurt.");
  w("archive/.hidden.txt", "Secret 99 items.");
  w("archive/notes.md", "Not an article: 7 notes.");
  w("archive/2019/bad.txt", Buffer.from([104, 105, 0, 1]));
});

describe("folders and globs", () => {
  it("recurses a folder in name order, skipping dot-files and non-article files, a bad file in its place", () => {
    const r = run(["archive"]);
    expect(r.code).toBe(1);
    const docs = lines(r.stdout);
    expect(docs.map((d) => d.input)).toEqual([
      "archive/2019/bad.txt",
      "archive/2019/deep/y.text",
      "archive/2019/x.txt",
      "archive/a.txt",
      "archive/b.txt",
    ]);
    expect(ErrorDocumentSchema.parse(docs[0]).error).toMatch(/binary input/);
    expect(texts(docs[1]!)).toEqual(["About 20"]);
    expect(texts(docs[3]!)).toEqual(["300"]);
    expect(r.stderr.trim()).toBe("claimex: archive/2019/bad.txt: binary input (contains NUL bytes), expected UTF-8 text");
  });

  it("expands a quoted glob itself, ** included; a glob that matches nothing is an error line", () => {
    const r = run(["archive/**/*.txt", "archive/*.md", "nothing/*.txt", "--format", "jsonl"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((d) => d.input)).toEqual([
      "archive/2019/bad.txt",
      "archive/2019/x.txt",
      "archive/a.txt",
      "archive/b.txt",
      "archive/notes.md",
      "nothing/*.txt",
    ]);
    expect(ErrorDocumentSchema.parse(lines(r.stdout)[5]).error).toBe("no files match this pattern");
  });

  it("reports a folder without any article file as an error line", () => {
    mkdirSync(join(tmp, "empty", "sub"), { recursive: true });
    const r = run(["empty", "archive/a.txt"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((d) => d.input)).toEqual(["empty", "archive/a.txt"]);
    expect(r.stderr).toMatch(/^claimex: empty: no \.txt, .* files in this folder\n$/);
  });

  it("writes --format json as one array when a folder holds several documents", () => {
    const r = run([join(tmp, "archive", "2019", "deep"), "--format", "json"]);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout) as Out[];
    expect(arr).toHaveLength(1);
    expect(texts(arr[0]!)).toEqual(["About 20"]);
  });
});

describe("JSONL input", () => {
  const input = [
    JSON.stringify({ id: "r1", text: "Exports rose 12% last year.", date: "2019-10-24" }),
    "",
    "{not json",
    JSON.stringify({ id: "r2" }),
    JSON.stringify({ text: "no id, 5 items" }),
    JSON.stringify({ id: 7, text: "Nearly 1,000 people were deported.\r\n" }),
    JSON.stringify({ id: "r3", text: "It cost $2m.", date: "2019-02-30" }),
  ].join("\n");

  it("reads records from stdin: id as input, date as reference date, a failed line in its place", () => {
    const r = run(["--input-format", "jsonl"], input);
    expect(r.code).toBe(1);
    const docs = lines(r.stdout);
    expect(docs.map((d) => d.input)).toEqual(["r1", 3, "r2", 5, "7", "r3"]);
    const r1 = DocumentSchema.parse(docs[0]);
    expect(r1.referenceDate).toBe("2019-10-24");
    expect(texts(r1)).toContain("12%");
    expect(ErrorDocumentSchema.parse(docs[1]).error).toMatch(/^not a JSON line/);
    expect(ErrorDocumentSchema.parse(docs[2]).error).toBe('record has no "text" string');
    expect(ErrorDocumentSchema.parse(docs[3]).error).toMatch(/no "id"/);
    expect(texts(docs[4]!)).toEqual(["Nearly 1,000"]);
    expect(ErrorDocumentSchema.parse(docs[5]).error).toMatch(/'2019-02-30' is not a real date/);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^claimex: line 3: not a JSON line/),
      'claimex: r2: record has no "text" string',
      expect.stringMatching(/^claimex: line 5: record has no "id"/),
      expect.stringMatching(/^claimex: r3: "date"/),
    ]);
  });

  it("lets --date override the records' dates", () => {
    const r = run(["--input-format", "jsonl", "--date", "2020-01-01"], input.split("\n")[0]);
    expect(DocumentSchema.parse(lines(r.stdout)[0]).referenceDate).toBe("2020-01-01");
  });

  it("treats a .jsonl file as JSONL by its extension and names bad lines by path:line", () => {
    writeFileSync(join(tmp, "batch.jsonl"), input);
    const r = run(["batch.jsonl"]);
    expect(lines(r.stdout).map((d) => d.input)).toEqual(["r1", "batch.jsonl:3", "r2", "batch.jsonl:5", "7", "r3"]);
  });
});

describe("HTML input", () => {
  const page = `<!DOCTYPE html><html><head><title>Exports jump</title>
<meta property="article:published_time" content="2019-10-24T08:15:00+07:00">
<script>var x = "999 people";</script></head><body><nav><a href="/">Home</a></nav>
<article><h1>Exports jump</h1><p>Exports rose by <b>12%</b> to $3.2bn, the ministry said.</p>
<p>About 300 firms took part, up from 250 a year earlier.</p></article><footer>12 comments</footer></body></html>`;

  it("takes the article out of a saved page, its published day as reference date, and runs no script", () => {
    writeFileSync(join(tmp, "page.html"), page);
    const doc = DocumentSchema.parse(JSON.parse(run(["page.html", "--types", "count,money,percent"]).stdout));
    expect(doc.referenceDate).toBe("2019-10-24");
    expect(doc.claims.map((c) => c.text)).toEqual(["12%", "$3.2bn", "About 300", "250"]);
    expect(doc.claims[0]!.sentence.text).toBe("Exports rose by 12% to $3.2bn, the ministry said.");
  });

  it("detects a page on stdin by its content; --input-format text reads it as text", () => {
    const auto = DocumentSchema.parse(JSON.parse(run([], page).stdout));
    expect(auto.referenceDate).toBe("2019-10-24");
    expect(auto.claims.map((c) => c.text)).not.toContain("999");
    const asText = DocumentSchema.parse(JSON.parse(run(["--input-format", "text"], page).stdout));
    expect(asText.referenceDate).toBeNull();
  });
});
