// Hostile web pages (src/batch/html.ts): scripts, event handlers, iframes and external resources neither run nor
// load anything; malformed, truncated, deeply nested or enormous markup gives the article's text or a one-line
// error. A local HTTP server counts every request a page could make.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHtml } from "../src/batch/html.js";
import { tagDepth } from "../src/batch/html-depth.js";
import { InputError } from "../src/cli/errors.js";
import { checkInput } from "../src/fuzz/check.js";
import { DocumentSchema } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const dir = mkdtempSync(join(tmpdir(), "claimex-html-"));
const ARTICLE =
  "<p>Cambodia deported around 1,000 Chinese nationals in the last 12 months, the Interior Ministry said on Thursday.</p>" +
  "<p>Officials said online gambling had brought about $8 billion into the country since 2016, up 40% from a year earlier.</p>" +
  "<p>Hundreds of workers lost their jobs when the casinos closed, and rents in Sihanoukville fell by a third.</p>";

let server: Server;
let base = "";
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    res.end("globalThis.__claimexPwned = 'remote';");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function hostilePage(): string {
  return `<!DOCTYPE html><html><head><title>Cambodia deports Chinese nationals</title>
<script>globalThis.__claimexPwned = 'inline'; var total = 5000000; fetch('${base}/fetch');</script>
<script src="${base}/script.js"></script><script type="module">import '${base}/module.js';</script>
<link rel="stylesheet" href="${base}/style.css"><link rel="preload" href="${base}/preload" as="fetch">
<meta http-equiv="refresh" content="0; url=${base}/refresh"><base href="${base}/base/">
<style>@import url(${base}/import.css); body { background: url(${base}/bg.png) } .x:after { content: "7,000,000 readers" }</style>
</head><body onload="globalThis.__claimexPwned = 'onload'">
<nav><a href="/">Home</a> <a href="javascript:globalThis.__claimexPwned='href'">Subscribe for $1</a></nav>
<iframe src="${base}/iframe.html" srcdoc="<script>parent.__claimexPwned='srcdoc'</script>"></iframe>
<img src="${base}/img.png" onerror="globalThis.__claimexPwned='onerror'" srcset="${base}/a.png 2x">
<object data="${base}/object"></object><embed src="${base}/embed"><video src="${base}/video" poster="${base}/poster"></video>
<svg><script>globalThis.__claimexPwned='svg'</script><image href="${base}/svg.png"/></svg>
<article><h1>Cambodia deports Chinese nationals</h1>${ARTICLE}</article>
<footer>© 2019 News Corp. 12 comments</footer><noscript><img src="${base}/noscript.gif"></noscript>
</body></html>`;
}

describe("a page with scripts, frames and external resources", () => {
  it("runs no script and fetches nothing, in the library", async () => {
    const page = readHtml(hostilePage());
    await new Promise((r) => setTimeout(r, 300)); // anything a parser had started would have arrived by now
    expect(requests).toEqual([]);
    expect((globalThis as { __claimexPwned?: unknown }).__claimexPwned).toBeUndefined();
    expect(page.text).toContain("Cambodia deported around 1,000 Chinese nationals");
    for (const code of ["__claimexPwned", "5000000", "fetch(", "@import", "7,000,000 readers"]) expect(page.text).not.toContain(code);
  });

  it("runs no script and fetches nothing through the CLI; the claims are the article's", () => {
    const file = join(dir, "hostile.html");
    writeFileSync(file, hostilePage());
    const r = spawnSync(bin, ["extract", file, "--format", "json", "--date", "2019-10-24"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(requests).toEqual([]);
    const doc = DocumentSchema.parse(JSON.parse(r.stdout));
    const values = doc.claims.map((c) => ("value" in c ? c.value : null));
    expect(values).toEqual(expect.arrayContaining([1000, 8e9]));
    expect(values).not.toContain(5e6);
    expect(values).not.toContain(7e6);
    expect(doc.claims.map((c) => c.text).join(" ")).not.toMatch(/Subscribe|News Corp/);
  });
});

describe("malformed pages", () => {
  const cases: Array<[string, string]> = [
    ["truncated mid-tag", `<!DOCTYPE html><html><head><title>Deportations</title></head><body><article>${ARTICLE}<p>Sales rose 5% to <b`],
    ["truncated mid-attribute", `<html><body>${ARTICLE}<a href="http://x/?q=<p>$5m`],
    ["unbalanced and misnested tags", `<html><body><div><p>${ARTICLE}</span></b></i></div></div></td><table><p>3 people</table></body>`],
    ["junk tags and entities", `<html><body><<<>>></ ><p>Sales rose 5% to &#xFFFFFFFF; &#0; &#55296; &#xD83D;&#xDE00; $3bn &amp &lt;&gt; in May 2019.</p>${ARTICLE}`],
    ["no html, head or body", ARTICLE],
    ["an unclosed comment", `<html><body>${ARTICLE}<!-- and then the page ends`],
    ["an unclosed script", `<html><body>${ARTICLE}<script>var x = "</p>`],
    ["300 nested divs (read without Readability)", `<html><body>${"<div>".repeat(300)}${ARTICLE}${"</div>".repeat(300)}</body></html>`],
  ];
  it.each(cases)("%s: the article's text, and a document that keeps the contract", (_name, html) => {
    const page = readHtml(html);
    expect(page.text).toContain("Chinese nationals");
    expect(checkInput(page.text, { referenceDate: "2019-10-24" }).problems).toEqual([]);
  });

  it("random tag soup never throws anything but a one-line input error", () => {
    const piece = fc.oneof(
      fc.constantFrom("<div>", "</div>", "<p>", "</p>", "<b>", "</i>", "<script>", "</script>", "<!--", "-->", "<", ">", "&amp;", "&#0;", "<br/>", "<table>", "<td>", '"', "'", "=", "<a href=", "<!DOCTYPE html>", "<html>", "<body>"),
      fc.constantFrom("Sales rose 5% to $3bn.", "1,000 people", "in May 2019", "he said"),
      fc.string({ unit: "binary", maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        try {
          const page = readHtml(parts.join(""));
          expect(checkInput(page.text).problems).toEqual([]);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { seed: 8_080, numRuns: 150 },
    );
  });
});

describe("pages no real article has", () => {
  it("100,000 nested elements: a one-line error at once, not minutes of parsing", () => {
    const file = join(dir, "deep.html");
    writeFileSync(file, `<html><body>${"<div>".repeat(100_000)}${ARTICLE}${"</div>".repeat(100_000)}</body></html>`);
    const r = spawnSync(bin, ["extract", file, "--format", "jsonl"], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("deep.html: HTML elements nested more than 1000 deep, not read");
  });

  it("a page with no text: a one-line error", () => {
    const file = join(dir, "empty.html");
    writeFileSync(file, "<!DOCTYPE html><html><head><title></title><script>var x = 5000000;</script></head><body></body></html>");
    const r = spawnSync(bin, ["extract", file], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`claimex: ${file}: no article text found in the HTML page`]);
  });

  it("an enormous page (3 MB, 10,000 paragraphs) is read whole", { timeout: 300_000 }, () => {
    const file = join(dir, "enormous.html");
    writeFileSync(file, `<!DOCTYPE html><html><head><title>Big</title></head><body><article>${ARTICLE.repeat(3_400)}</article></body></html>`);
    const r = spawnSync(bin, ["extract", file, "--format", "jsonl", "--types", "money"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    expect(DocumentSchema.parse(JSON.parse(r.stdout)).claims).toHaveLength(3_400);
  });
});

describe("the depth estimate", () => {
  it("counts nesting, not optional-end, void or raw-text elements", () => {
    expect(tagDepth("<div><div><span>x</span></div></div>")).toBe(3);
    expect(tagDepth("<p>a<p>b<p>c<li>d<br><img src=x><hr/>")).toBe(0);
    expect(tagDepth("<script>'<div><div><div>'</script><div></div>")).toBe(1);
    expect(tagDepth("<div attr='a>b'>")).toBe(1);
    expect(tagDepth("<" + "<a".repeat(100_000))).toBe(0);
  });
});
