// The pretty renderer on the founding article: normalised values, links, highlights (bracketed without colour,
// coloured by type with it), nesting and wrapping. Date, period and source claims are added by hand where the
// engine does not make them yet, at their real offsets in the article.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { renderPretty } from "../src/render/pretty.js";
import { createPalette } from "../src/render/style.js";
import { formatValue } from "../src/render/values.js";
import type { Claim, ClaimexDocument } from "../src/schema.js";
import { splitSentences } from "../src/text/sentences.js";

const text = readFileSync(join(import.meta.dirname, "..", "fixtures", "articles", "cambodia-deportations", "article.txt"), "utf8");
const sentences = splitSentences(text);

/** A claim at the first occurrence of `phrase` (after `from`), with its real span and sentence. */
function at(phrase: string, fields: Record<string, unknown>, from = 0): Claim {
  const start = text.indexOf(phrase, from);
  if (start === -1) throw new Error(`not in the article: ${phrase}`);
  const s = sentences.find((x) => x.start <= start && start < x.end)!;
  return { id: "c0", text: phrase, span: { start, end: start + phrase.length }, sentence: { index: s.index, text: s.text }, ...fields } as Claim;
}

/** The engine's count and money claims plus hand-made time and source claims, linked as the gold links them. */
function documentWithLinks(): ClaimexDocument {
  const base = extract(text, { referenceDate: "2019-10-24", types: ["count", "money"] });
  const period12 = at("the last 12 months", { type: "period", start: "2018-10-24", end: "2019-10-24", duration: "P12M" });
  const embassy = at("The Chinese Embassy in Phnom Penh", { type: "source", name: "Chinese Embassy in Phnom Penh", role: null, kind: "organization", cue: "lauded", quote: null });
  const since = at("since 2014", { type: "period", start: "2014", end: "2019-10-24", duration: null });
  const between = at("between 2016 and August 2019", { type: "period", start: "2016", end: "2019-08", duration: null });
  const august = at("August 2019", { type: "date", date: "2019-08" });
  const claims = [...base.claims, period12, embassy, since, between, august].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const old = new Map(claims.map((c, i) => [c, `c${i + 1}`]));
  for (const c of claims) c.id = old.get(c)!;
  const byText = (t: string): Claim => claims.find((c) => c.text === t)!;
  Object.assign(byText("around 1,000"), { time: period12.id, source: embassy.id });
  Object.assign(byText("at least 2,700"), { time: since.id });
  Object.assign(byText("around $8 billion"), { time: between.id });
  return { ...base, input: "cambodia.txt", claims };
}

const plain = createPalette(0);

describe("formatValue", () => {
  it("writes qualifier, value and unit the way a reader scans them", () => {
    const doc = documentWithLinks();
    const value = (t: string): string => formatValue(doc.claims.find((c) => c.text === t)!);
    expect(value("around $8 billion")).toBe("≈ 8,000,000,000 USD");
    expect(value("at least 2,700")).toBe("≥ 2,700 Chinese");
    expect(value("between 2016 and August 2019")).toBe("2016 → 2019-08");
    expect(value("the last 12 months")).toBe("2018-10-24 → 2019-10-24 (P12M)");
    expect(value("The Chinese Embassy in Phnom Penh")).toBe("Chinese Embassy in Phnom Penh · organization");
    const r = extract("Prices rose 10-15% while 1.5 million people, up to 40 trucks and £2m went unaccounted.");
    expect(r.claims.map(formatValue)).toEqual(["10–15%", "1,500,000 people", "≤ 40 trucks", "2,000,000 GBP"]);
  });
});

describe("renderPretty", () => {
  const doc = documentWithLinks();
  const out = renderPretty(doc, { width: 100, palette: plain });
  const lines = out.split("\n");

  it("heads the output with the input, reference date and counts", () => {
    expect(lines[0]).toBe(`cambodia.txt · reference date 2019-10-24 · ${doc.claims.length} claims in 5 sentences`);
  });

  it("prints each sentence that holds claims once, claims bracketed with their ids, wrapped to the width", () => {
    const c = (t: string): string => doc.claims.find((x) => x.text === t)!.id;
    expect(out).toContain(`[The Chinese Embassy in Phnom Penh]${c("The Chinese Embassy in Phnom Penh")} on Thursday lauded`);
    // a claim inside another: the date inside the period
    expect(out).toContain(`[between 2016 and [August 2019]${c("August 2019")}]${c("between 2016 and August 2019")}`);
    expect(out.match(/^§5 /gm)).toHaveLength(1);
    expect(out).not.toMatch(/^§8 /m); // the quotation: no claim there
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
  });

  it("tables each claim with its value and the time and source it links to", () => {
    const wide = renderPretty(doc, { width: 160, palette: plain }).split("\n");
    const row = (t: string): string => wide.find((l) => new RegExp(`^\\s+c\\d+\\s+\\w+\\s+${t.replace(/[$.]/g, "\\$&")}\\s`).test(l))!;
    expect(row("around 1,000")).toMatch(/count\s+around 1,000\s+≈ 1,000 Chinese nationals\s+c\d+ the last 12 months\s+c\d+ Chinese Embassy in Phnom Penh$/);
    expect(row("around $8 billion")).toMatch(/money\s+around \$8 billion\s+≈ 8,000,000,000 USD\s+c\d+ between 2016 and August 2019\s+—$/);
    expect(row("since 2014")).toMatch(/period\s+since 2014\s+2014 → 2019-10-24$/);
 
    // narrower: the links give way first and wrap onto more lines, the value stays whole; nothing is cut
    const i = lines.findIndex((l) => /^\s+c\d+\s+count\s+around 1,000\s/.test(l));
    expect(lines[i]).toMatch(/≈ 1,000 Chinese nationals\s+c\d+ the last 12\s+c\d+ Chinese\s*$/);
    expect(lines[i + 1]).toMatch(/^\s+months\s+Embassy in Phnom$/);
    expect(lines[i + 2]).toMatch(/^\s+Penh$/);
    expect(out).not.toContain("…");
  });

  it("adds a rule column when the claims carry rule ids (--explain)", () => {
    const debug = extract(text, { referenceDate: "2019-10-24", types: ["money"], debug: true });
    const r = renderPretty(debug, { width: 120, palette: plain });
    expect(r).toMatch(/id\s+type\s+text\s+value\s+time\s+source\s+rule/);
    expect(r).toContain(debug.claims[0]!.rule!);
  });

  it("puts the rule under each row when a rule column does not fit", () => {
    const debug = extract(text, { referenceDate: "2019-10-24", types: ["count", "money"], debug: true });
    const narrow = renderPretty(debug, { width: 70, palette: plain }).split("\n");
    expect(narrow.some((l) => /\brule\s*$/.test(l))).toBe(false);
    for (const c of debug.claims) {
      const row = narrow.findIndex((l) => new RegExp(`^\\s+${c.id}\\s+${c.type}\\s`).test(l));
      expect(narrow.slice(row + 1).find((l) => l.includes(" rule "))).toBe(`          rule ${c.rule}`);
    }
  });

  it("places a lone short claim where it stands as a word: 'he said', not 't(he)y'", () => {
    const sentence = sentences.find((s) => s.text.endsWith("he said."))!;
    const he = at("he", { type: "source", name: "San Chey", role: null, kind: "person", cue: "said", quote: null }, sentence.end - "he said.".length);
    const r = renderPretty({ schema: "claimex/v1", input: "-", referenceDate: null, claims: [{ ...he, id: "c1" }] }, { width: 200, palette: plain });
    expect(r).toContain("[he]c1 said.");
    expect(r).not.toContain("t[he]");
  });

  it("colours each claim by its type when colour is on, and brackets nothing", () => {
    const coloured = renderPretty(doc, { width: 100, palette: createPalette(1) });
    expect(coloured).toContain("\u001b[33m\u001b[1m\u001b[4maround 1,000"); // count: yellow, bold, underlined
    expect(coloured).toContain("\u001b[32m\u001b[1m\u001b[4maround $8 billion"); // money: green
    expect(coloured).not.toContain("[around 1,000]");
  });

  it("says so when there is nothing, and renders an error document as one line", () => {
    expect(renderPretty(extract("Nothing to see here."), { width: 80, palette: plain })).toContain("no claims");
    expect(renderPretty({ schema: "claimex/v1", input: "x.txt", error: "no such file" }, { width: 80, palette: plain })).toBe("x.txt  error: no such file\n");
  });
});
