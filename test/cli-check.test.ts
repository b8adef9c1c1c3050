// `claimex check`, spawned as CI runs it: the project's own fixtures, a readable diff on a mismatch, --update,
// --ignore, --format json, and broken fixtures reported by path while the others are still checked.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentSchema, type ClaimexDocument } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const fixtures = join(root, "fixtures", "articles");
const cambodia = join(fixtures, "cambodia-deportations");

function run(args: string[]) {
  const r = spawnSync(bin, args, { encoding: "utf8", cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh copy of the founding article's fixture, its expected.json made by the CLI itself. */
function copyOfCambodia(): { dir: string; fixture: string; expected: string; doc: ClaimexDocument } {
  const dir = mkdtempSync(join(tmpdir(), "claimex-check-"));
  const fixture = join(dir, "cambodia");
  cpSync(cambodia, fixture, { recursive: true });
  rmSync(join(fixture, "expected.json"), { force: true });
  expect(run(["check", "--update", fixture]).code).toBe(0);
  const expected = join(fixture, "expected.json");
  return { dir, fixture, expected, doc: DocumentSchema.parse(JSON.parse(readFileSync(expected, "utf8"))) };
}

function edit(path: string, change: (doc: ClaimexDocument) => void): void {
  const doc = JSON.parse(readFileSync(path, "utf8")) as ClaimexDocument;
  change(doc);
  writeFileSync(path, JSON.stringify(doc, null, 2) + "\n");
}

describe("claimex check", () => {
  it("passes on the project's own article fixtures (refresh with `claimex check --update` when extractors change)", () => {
    const r = run(["check", "fixtures/articles"]);
    const hint = "the extractors' output changed: if that is intended, run `bin/claimex check --update fixtures/articles` and review `git diff fixtures/articles`";
    expect(r.code, `${hint}\n${r.stdout}`).toBe(0);
    expect(r.stdout).toMatch(/\d+ fixtures: \d+ passed, 0 failed, 0 with errors/);
  });

  it("creates a missing expected.json with --update and says so; the result is the extractor's document", () => {
    const { fixture, expected, doc } = copyOfCambodia();
    expect(doc.input).toBe("article.txt");
    expect(doc.referenceDate).toBe("2019-10-24"); // from options.json
    const direct = JSON.parse(run(["extract", join(fixture, "article.txt"), "--date", "2019-10-24", "--format", "json"]).stdout);
    expect(doc.claims).toEqual(direct.claims);
    rmSync(expected);
    const r = run(["check", "--update", fixture]);
    expect(r.stdout).toContain(`created ${expected}`);
  });

  it("shows a mismatch as added / missing / changed claims, field by field, and exits 1", () => {
    const { fixture, expected, doc } = copyOfCambodia();
    const money = doc.claims.find((c) => c.type === "money")!;
    const counts = doc.claims.filter((c) => c.type === "count");
    edit(expected, (d) => {
      const first = d.claims.find((c) => c.id === counts[0]!.id)!;
      if (first.type === "count") first.unit = "Chinese people";
      d.claims = d.claims.filter((c) => c.id !== counts[1]!.id); // expected but gone → "added" now
      d.claims.push({ ...money, id: "c99", text: "Thursday", span: { start: 612, end: 620 } }); // a claim no longer made
      d.claims.sort((a, b) => a.span.start - b.span.start);
    });
    const r = run(["check", fixture]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL    ${fixture}  1 added, 1 missing, 1 changed`);
    expect(r.stdout).toContain(`+ ${counts[1]!.id}`);
    expect(r.stdout).toMatch(/- c99 +money +"Thursday" at 612/);
    expect(r.stdout).toContain(`unit: "Chinese people" → "Chinese nationals"`);
    // readable, not a wall of JSON: one line per claim or field, no object dumps
    expect(r.stdout.split("\n").length).toBeLessThan(15);
    expect(r.stdout).not.toContain("{");
  });

  it("pairs a claim whose span moved with its old self instead of reporting it added and missing", () => {
    const { fixture, expected, doc } = copyOfCambodia();
    const c = doc.claims.find((x) => x.text === "around 1,000")!;
    edit(expected, (d) => {
      const e = d.claims.find((x) => x.id === c.id)!;
      e.span.start += 7;
      e.text = "1,000";
    });
    const r = run(["check", fixture]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL    ${fixture}  1 changed\n`);
    expect(r.stdout).toContain(`text: "1,000" → "around 1,000"`);
    expect(r.stdout).toContain(`span.start: ${c.span.start + 7} → ${c.span.start}`);
  });

  it("--ignore leaves fields out of the comparison; an unknown field is a usage error", () => {
    const { fixture, expected } = copyOfCambodia();
    edit(expected, (d) => {
      for (const c of d.claims) {
        if (c.type === "count") c.unit = "people";
        c.sentence.text = "changed";
      }
    });
    expect(run(["check", fixture]).code).toBe(1);
    expect(run(["check", fixture, "--ignore", "unit,sentence"]).code).toBe(0);
    expect(run(["check", fixture, "--ignore", "unit"]).code).toBe(1);
    const bad = run(["check", fixture, "--ignore", "colour"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--ignore: 'colour' is not a field");
  });

  it("--update rewrites a differing expected.json (and says which), then the check passes", () => {
    const { fixture, expected, doc } = copyOfCambodia();
    edit(expected, (d) => {
      d.claims.pop();
    });
    const r = run(["check", "--update", fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`updated ${expected}  1 added`);
    expect(JSON.parse(readFileSync(expected, "utf8"))).toEqual(doc);
    expect(run(["check", fixture]).code).toBe(0);
  });

  it("--format json gives a machine-readable report", () => {
    const { fixture, expected } = copyOfCambodia();
    edit(expected, (d) => {
      d.referenceDate = "2019-10-23";
    });
    const r = run(["check", fixture, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schema: "claimex-check/v1", ok: false, summary: { fixtures: 1, failed: 1 } });
    expect(report.fixtures[0].diffs[0].fields).toEqual([{ field: "referenceDate", expected: "2019-10-23", actual: "2019-10-24" }]);
    expect(run(["check", fixture, "--format", "yaml"]).code).toBe(2);
  });

  it("reads HTML fixtures as extract does (article body, the page's published date) and JSONL fixtures record by record", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimex-check-"));
    const page = join(dir, "page");
    mkdirSync(page);
    writeFileSync(
      join(page, "article.html"),
      '<!doctype html><html><head><title>Deportations rise</title><meta property="article:published_time" content="2019-10-24T08:00:00Z"></head>' +
        "<body><nav>Home | World</nav><article><h1>Deportations rise</h1><p>The embassy said at least 1,000 Chinese nationals were " +
        "deported in the last year, and that around $8 billion was invested.</p><p>Officials said 45% of them had overstayed.</p></article></body></html>",
    );
    const wire = join(dir, "wire");
    cpSync(join(fixtures, "reuters-wire-jsonl", "article.jsonl"), join(wire, "article.jsonl"), { recursive: true });
    const r = run(["check", "--update", dir]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain(`created ${join(page, "expected.json")}`);
    const html = DocumentSchema.parse(JSON.parse(readFileSync(join(page, "expected.json"), "utf8")));
    expect(html).toMatchObject({ input: "article.html", referenceDate: "2019-10-24" });
    const direct = JSON.parse(run(["extract", join(page, "article.html"), "--format", "json"]).stdout);
    expect(html.claims).toEqual(direct.claims);
    expect(html.claims.map((c) => c.text)).toEqual(expect.arrayContaining(["at least 1,000", "around $8 billion", "45%"]));
    const docs = (JSON.parse(readFileSync(join(wire, "expected.json"), "utf8")) as unknown[]).map((d) => DocumentSchema.parse(d));
    expect(docs.map((d) => [d.input, d.referenceDate])).toEqual([["00003.txt", "1987-02-26"], ["00007.txt", "1987-02-26"]]);
    expect(run(["check", dir]).code).toBe(0);
  });

  it("reports broken fixtures by path and still checks the others", () => {
    const { dir, fixture } = copyOfCambodia();
    const article = readFileSync(join(fixture, "article.txt"));
    const make = (name: string, files: Record<string, string | Buffer>): string => {
      const d = join(dir, name);
      mkdirSync(d);
      for (const [f, content] of Object.entries(files)) writeFileSync(join(d, f), content);
      return d;
    };
    const empty = make("empty", {});
    const noExpected = make("no-expected", { "article.txt": article });
    const notV1 = make("not-v1", { "article.txt": article, "expected.json": '{"claims": []}' });
    const notJson = make("not-json", { "article.txt": article, "expected.json": "{" });
    const badOptions = make("bad-options", { "article.txt": article, "expected.json": "{}", "options.json": '{"referenceDate":"2019-02-30"}' });
    const noArticle = make("no-article", { "expected.json": "{}" });
    const r = run(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`ok      ${fixture}`);
    expect(r.stdout).toContain(`ERROR   ${empty}: empty folder`);
    expect(r.stdout).toContain(`ERROR   ${join(noExpected, "expected.json")}: missing (run \`claimex check --update`);
    expect(r.stdout).toContain(`ERROR   ${join(notV1, "expected.json")}: not a claimex/v1 document: schema:`);
    expect(r.stdout).toContain(`ERROR   ${join(notJson, "expected.json")}: not valid JSON`);
    expect(r.stdout).toContain(`ERROR   ${join(badOptions, "options.json")}: referenceDate: expected a real date`);
    expect(r.stdout).toContain(`ERROR   ${noArticle}: no article file`);
    expect(r.stdout).toContain("7 fixtures: 1 passed, 0 failed, 6 with errors");
    expect(run(["check", join(dir, "nowhere")]).stdout).toContain(`ERROR   ${join(dir, "nowhere")}: no such file`);
    // --update replaces an expected.json that is not claimex/v1, and says what it replaced; the errors that are
    // not about expected.json stay errors
    const u = run(["check", "--update", dir]);
    expect(u.stdout).toContain(`updated ${join(notV1, "expected.json")}  (replaced: ${join(notV1, "expected.json")}: not a claimex/v1 document`);
    expect(u.stdout).toContain(`created ${join(noExpected, "expected.json")}`);
    expect(u.stdout).toContain(`ERROR   ${empty}: empty folder`);
    expect(run(["check", notV1, noExpected, notJson]).code).toBe(0);
  });
});
