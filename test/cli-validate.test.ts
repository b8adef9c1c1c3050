// `claimex validate`, spawned: documents the CLI made are valid; each broken invariant of the contract is
// reported with its path, and the exit code is 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimexDocument } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const article = join(root, "fixtures", "articles", "cambodia-deportations", "article.txt");
const tmp = mkdtempSync(join(tmpdir(), "claimex-validate-"));

function run(args: string[], input?: string) {
  const r = spawnSync(bin, args, { input, encoding: "utf8", cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let doc: ClaimexDocument;
let json: string;

beforeAll(() => {
  // count and money only: stable while the date, period and source extractors grow
  json = run(["extract", article, "--date", "2019-10-24", "--types", "count,money", "--format", "json"]).stdout;
  doc = JSON.parse(json) as ClaimexDocument;
  expect(doc.claims.length).toBeGreaterThanOrEqual(5);
});

/** The extracted document with one change, written to a file; returns the file. */
function broken(name: string, change: (d: ClaimexDocument & { claims: Array<Record<string, unknown>> }) => void): string {
  const d = JSON.parse(json);
  change(d);
  const file = join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(d, null, 2));
  return file;
}

/** A claim id of a given type in the extracted document. */
const idOf = (type: string): string => doc.claims.find((c) => c.type === type)!.id;

describe("claimex validate", () => {
  it("accepts what extract writes: a JSON file, a JSON array, JSONL on standard input, error lines", () => {
    const file = join(tmp, "ok.json");
    writeFileSync(file, json);
    expect(run(["validate", file, "--input", article])).toMatchObject({ code: 0, stdout: "1 document: 1 valid, 0 with violations (0 in all)\n" });
    const many = run(["extract", article, article, "--format", "json", "--date", "2019-10-24"]).stdout;
    const arr = join(tmp, "many.json");
    writeFileSync(arr, many);
    expect(run(["validate", arr]).stdout).toContain("2 documents: 2 valid");
    const lines = json.replace(/\n\s*/g, "") + "\n" + '{"schema":"claimex/v1","input":"gone.txt","error":"no such file"}\n';
    expect(run(["validate", "--input", article], lines)).toMatchObject({ code: 0, stdout: expect.stringContaining("2 documents: 2 valid") });
  });

  it("reports a schema violation with its path", () => {
    const file = broken("schema", (d) => {
      d.claims[0]!.qualifier = "roughly";
      delete d.claims[1]!.span;
    });
    const r = run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}: claims[0].qualifier: Invalid option`);
    expect(r.stdout).toContain(`${file}: claims[1].span: Invalid input`);
  });

  it("reports duplicate ids", () => {
    const file = broken("dup", (d) => {
      d.claims[1]!.id = d.claims[0]!.id;
    });
    expect(run(["validate", file])).toMatchObject({ code: 1, stdout: expect.stringContaining(`claims[1].id: duplicate id '${doc.claims[0]!.id}' (also claims[0])`) });
  });

  it("reports links to missing claims and to claims of the wrong type", () => {
    const file = broken("links", (d) => {
      d.claims[0]!.time = "c404";
      d.claims[1]!.time = idOf("money"); // time must point at a date or period
      d.claims[2]!.source = idOf("count"); // source must point at a source
    });
    const r = run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("claims[0].time: points at 'c404', which is not a claim of this document");
    expect(r.stdout).toContain(`claims[1].time: points at '${idOf("money")}', a money claim; time links go to a date or period claim`);
    expect(r.stdout).toContain(`claims[2].source: points at '${idOf("count")}', a count claim; source links go to a source claim`);
  });

  it("reports claims out of span order", () => {
    const file = broken("order", (d) => {
      d.claims.reverse();
    });
    expect(run(["validate", file]).stdout).toMatch(/claims\[1\]\.span\.start: claims are not in order of span\.start/);
  });

  it("with --input, checks every text against the input at its span (and the sentence that holds it)", () => {
    const file = broken("text", (d) => {
      d.claims[0]!.text = "around 9,000";
      (d.claims[1]!.span as { start: number }).start += 1;
    });
    const r = run(["validate", file, "--input", article]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`claims[0].text: "around 9,000" but the input at ${doc.claims[0]!.span.start}–${doc.claims[0]!.span.end} reads "around 1,000"`);
    expect(r.stdout).toContain(`claims[1].text: "at least 1,000" but the input at`);
    // without the input, only the length can be checked
    const alone = run(["validate", file]);
    expect(alone.stdout).not.toContain("claims[0].text");
    expect(alone.stdout).toContain("claims[1].text: text has 14 characters but the span covers 13");
    const sentence = broken("sentence", (d) => {
      (d.claims[2]!.sentence as { text: string }).text = "Another sentence altogether.";
    });
    expect(run(["validate", sentence, "--input", article]).stdout).toContain("claims[2].sentence.text: is not the sentence of the input that holds the claim");
    const past = broken("past", (d) => {
      (d.claims.at(-1)!.span as { end: number }).end = 999_999;
    });
    expect(run(["validate", past, "--input", article]).stdout).toContain("span.end: 999999 is beyond the end of the input");
  });

  it("accepts a time link to a period claim; reports a period that ends before it starts", () => {
    const text = "between 2016 and August 2019";
    const start = doc.claims.find((c) => c.type === "money")!.span.end + 1;
    const period = (from: string, to: string) => ({
      id: "c90", type: "period", text, span: { start, end: start + text.length },
      sentence: doc.claims.find((c) => c.type === "money")!.sentence, start: from, end: to, duration: null,
    });
    const ok = broken("period-ok", (d) => {
      d.claims.push(period("2016", "2019-08"));
      d.claims.find((c) => c.type === "money")!.time = "c90";
    });
    expect(run(["validate", ok, "--input", article])).toMatchObject({ code: 0 });
    const backwards = broken("period-backwards", (d) => {
      d.claims.push(period("2019-08", "2016"));
    });
    expect(run(["validate", backwards]).stdout).toContain("claims[5].end: period ends (2016) before it starts (2019-08)");
  });

  it("reports inconsistent values: a range qualifier without a range, dates that do not exist", () => {
    const file = broken("values", (d) => {
      d.claims[0]!.qualifier = "range";
      d.referenceDate = "2019-02-30";
    });
    const r = run(["validate", file]);
    expect(r.stdout).toContain("claims[0].range: qualifier is 'range' but range is missing");
    expect(r.stdout).toContain("referenceDate: '2019-02-30' is not a real date");
  });

  it("names the JSONL line of a bad document, reports lines that are not JSON, and gives --format json", () => {
    const good = json.replace(/\n\s*/g, "");
    const input = [good, good.replace('"claimex/v1"', '"claimex/v2"'), "{oops"].join("\n") + "\n";
    const r = run(["validate"], input);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('-:2: schema: Invalid input: expected "claimex/v1"');
    expect(r.stdout).toContain("-:3: (line): not valid JSON");
    expect(r.stdout).toContain("3 documents: 1 valid, 2 with violations");
    const j = JSON.parse(run(["validate", "--format", "json"], input).stdout);
    expect(j).toMatchObject({ schema: "claimex-validate/v1", ok: false, documents: 3, invalid: 2 });
    expect(j.violations[0]).toMatchObject({ where: "-:2", path: "schema" });
  });

  it("fails on files it cannot read, and on usage errors with 2", () => {
    const missing = run(["validate", join(tmp, "nope.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.json: no such file");
    expect(run(["validate", "--format", "xml"], "{}").code).toBe(2);
  });
});
