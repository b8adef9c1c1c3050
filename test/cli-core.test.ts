// The built CLI, spawned as a user runs it: files, standard input, formats, filters, bad input and exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentSchema, ErrorDocumentSchema } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const article = join(root, "fixtures", "articles", "cambodia-deportations", "article.txt");
const tmp = mkdtempSync(join(tmpdir(), "claimex-cli-"));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(bin, args, { input, encoding: "utf8", cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("claimex extract", () => {
  it("extracts the founding article's figures with exact spans", () => {
    const r = run(["extract", article, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = DocumentSchema.parse(JSON.parse(r.stdout));
    const text = readFileSync(article, "utf8");
    expect(doc.input).toBe(article);
    const money = doc.claims.find((c) => c.type === "money");
    expect(money).toMatchObject({ text: "around $8 billion", value: 8e9, currency: "USD", qualifier: "approximately" });
    for (const c of doc.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it("is the default command and reads standard input", () => {
    const r = run(["--format", "json"], "Sales rose 5% to £3.5bn.");
    expect(r.code).toBe(0);
    const doc = DocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.input).toBe("-");
    expect(doc.claims.map((c) => c.text)).toEqual(["5%", "£3.5bn"]);
  });

  it("filters by --types and writes jsonl", () => {
    const r = run(["extract", "-", "--types", "money", "--format", "jsonl"], "Sales rose 5% to £3.5bn.");
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(DocumentSchema.parse(JSON.parse(lines[0]!)).claims.map((c) => c.type)).toEqual(["money"]);
  });

  it("--debug names the rule behind each claim", () => {
    const r = run(["--debug", "--format", "json"], "Up to 300 tonnes were lost.");
    const doc = JSON.parse(r.stdout);
    expect(doc.claims[0].rule).toMatch(/q-at-most/);
  });

  it("keeps offsets on the text without its BOM and with CRLF kept", () => {
    const file = join(tmp, "bom.txt");
    writeFileSync(file, "\ufeffFirst line.\r\nAbout 1,000 people came.\r\n");
    const doc = DocumentSchema.parse(JSON.parse(run([file, "--format", "json"]).stdout));
    const text = "First line.\r\nAbout 1,000 people came.\r\n";
    expect(doc.claims[0]).toMatchObject({ text: "About 1,000", span: { start: 13, end: 24 } });
    expect(text.slice(13, 24)).toBe("About 1,000");
  });

  it("prints the JSON Schema of claimex/v1", () => {
    const r = run(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(JSON.stringify(schema)).toContain("claimex/v1");
  });
});

describe("bad input", () => {
  it("reports each failed input on one line, writes the others, exits 1", () => {
    const bin0 = join(tmp, "nul.txt");
    writeFileSync(bin0, Buffer.from([104, 105, 0, 1]));
    const badUtf8 = join(tmp, "latin1.txt");
    writeFileSync(badUtf8, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x30]));
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    const r = run([join(tmp, "missing.txt"), bin0, article, badUtf8, empty, "--format", "jsonl"]);
    expect(r.code).toBe(1);
    const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(docs).toHaveLength(5);
    expect(DocumentSchema.parse(docs[2]).claims.length).toBeGreaterThan(3);
    for (const i of [0, 1, 3, 4]) ErrorDocumentSchema.parse(docs[i]);
    const errs = r.stderr.trim().split("\n");
    expect(errs).toHaveLength(4);
    expect(errs[0]).toMatch(/missing\.txt: no such file/);
    expect(errs[1]).toMatch(/nul\.txt: binary input/);
    expect(errs[2]).toMatch(/latin1\.txt: invalid UTF-8/);
    expect(errs[3]).toMatch(/empty\.txt: empty input/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it("rejects an impossible --date and unknown options with exit 2", () => {
    const bad = run([article, "--date", "2019-13-45"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/--date: '2019-13-45'/);
    const unknown = run([article, "--bogus"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--bogus'/);
  });
});
