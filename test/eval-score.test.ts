// Scoring on hand-made cases: the numbers the eval reports must mean what the guide's "How output is scored" says.
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/schema.js";
import { GoldFileSchema, type GoldFile } from "../src/eval/gold.js";
import { scoreArticle } from "../src/eval/score.js";
import { summarize } from "../src/eval/summary.js";
import { headWord, nameMatches, unitMatches } from "../src/eval/words.js";
import { isoMatches, valueMatches } from "../src/eval/checks.js";

const TEXT =
  "The Chinese Embassy said on Thursday that around 1,000 Chinese nationals were deported in the last 12 months. " +
  "Time Warner Inc said profits rose 76% to $1.13bn between 2016 and August 2019. Hundreds more fled, officials said.";

const at = (s: string, nth = 0): { start: number; end: number } => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  if (i < 0) throw new Error(`fixture: ${s} not in text`);
  return { start: i, end: i + s.length };
};
const sentence = { index: 0, text: "" };
function claim(id: string, text: string, fields: Record<string, unknown>, span = at(text)): Claim {
  return { id, text: TEXT.slice(span.start, span.end), span, sentence, ...fields } as Claim;
}

const GOLD: GoldFile = GoldFileSchema.parse({
  article: "seed/test.txt",
  referenceDate: null,
  items: [
    { type: "source", text: "The Chinese Embassy", name: "Chinese Embassy", role: null, kind: "organization", cue: "said" },
    { type: "date", text: "Thursday", date: null },
    { type: "count", text: "around 1,000", value: 1000, qualifier: "approximately", unit: "Chinese nationals", source: "Chinese Embassy", time: "the last 12 months" },
    { type: "period", text: "the last 12 months", start: null, end: null, duration: "P12M" },
    { type: "source", text: "Time Warner Inc", name: "Time Warner", role: null, kind: "organization", cue: "said" },
    { type: "percent", text: "76%", value: 76, qualifier: "exact", unit: "percent", source: "Time Warner" },
    { type: "money", text: "$1.13bn", value: 1.13e9, currency: "USD", qualifier: "exact", source: "Time Warner", time: "between 2016 and August 2019" },
    { type: "period", text: "between 2016 and August 2019", start: "2016", end: "2019-08", duration: null },
  ],
  debatable: ["Hundreds"],
});

/** A prediction that gets everything right. */
function perfect(): Claim[] {
  return [
    claim("c1", "The Chinese Embassy", { type: "source", name: "Chinese Embassy", role: null, kind: "organization", cue: "said", quote: null }),
    claim("c2", "Thursday", { type: "date", date: "2019-10-24" }),
    claim("c3", "around 1,000", { type: "count", value: 1000, qualifier: "approximately", unit: "Chinese nationals", source: "c1", time: "c4" }),
    claim("c4", "the last 12 months", { type: "period", start: "2018-10-24", end: "2019-10-24", duration: "P12M" }),
    claim("c5", "Time Warner Inc", { type: "source", name: "Time Warner Inc.", role: null, kind: "organization", cue: "said", quote: null }),
    claim("c6", "76%", { type: "percent", value: 76, qualifier: "exact", unit: "percent", source: "c5" }),
    claim("c7", "$1.13bn", { type: "money", value: 1.13e9, currency: "USD", qualifier: "exact", source: "c5", time: "c8" }),
    claim("c8", "between 2016 and August 2019", { type: "period", start: "2016-01-01", end: "2019-08-31", duration: null }),
  ];
}

const replace = (claims: Claim[], id: string, fields: Record<string, unknown>): Claim[] =>
  claims.map((c) => (c.id === id ? ({ ...c, ...fields } as Claim) : c));

describe("eval scoring", () => {
  it("scores a perfect prediction 1.0 everywhere", () => {
    const s = summarize([scoreArticle(GOLD, TEXT, perfect())]);
    expect(s.overall).toMatchObject({ gold: 8, tp: 8, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1, strictF1: 1 });
    for (const t of ["count", "money", "percent", "date", "period", "source"] as const) expect(s.types[t].strictF1).toBe(1);
    expect(s.links.all).toEqual({ right: 5, checked: 5, accuracy: 1 });
    // null gold dates are not checked: only the period's duration, start and end were
    expect(s.checks["date.date"]).toBeUndefined();
    expect(s.checks["period.start"]).toMatchObject({ right: 1, checked: 1 });
  });

  it("matches a shifted span loosely; a span that misses the gold text is a miss plus a false positive", () => {
    const shifted = replace(perfect(), "c3", { text: "1,000 Chinese", span: at("1,000 Chinese") });
    const a = scoreArticle(GOLD, TEXT, shifted);
    expect(a.types.count).toMatchObject({ tp: 1, fp: 0, fn: 0, strictTp: 1 });
    const elsewhere = replace(perfect(), "c3", { text: "nationals", span: at("nationals") });
    const b = scoreArticle(GOLD, TEXT, elsewhere);
    expect(b.types.count).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(b.misses.map((m) => m.text)).toEqual(["around 1,000"]);
  });

  it("counts a wrong value against strict F1 only, with the failed check named", () => {
    const wrong = replace(perfect(), "c7", { value: 1.2e9 });
    const s = summarize([scoreArticle(GOLD, TEXT, wrong)]);
    expect(s.types.money).toMatchObject({ tp: 1, f1: 1, strictTp: 0, strictF1: 0 });
    expect(s.checks["money.value"]).toMatchObject({ right: 0, checked: 1 });
    expect(s.checks["money.currency"]).toMatchObject({ right: 1, checked: 1 });
    expect(scoreArticle(GOLD, TEXT, wrong).wrongValues[0]?.failed).toEqual([{ check: "value", ok: false, gold: 1.13e9, got: 1.2e9 }]);
    expect(valueMatches(1000, 1004)).toBe(true);
    expect(valueMatches(1000, 1006)).toBe(false);
    expect(valueMatches(0, 0)).toBe(true);
  });

  it("neither rewards nor penalises a claim on a debatable text", () => {
    const extra = [...perfect(), claim("c9", "Hundreds", { type: "count", value: 100, qualifier: "at_least", unit: null })];
    const s = summarize([scoreArticle(GOLD, TEXT, extra)]);
    expect(s.types.count).toMatchObject({ predicted: 2, tp: 1, fp: 0, excused: 1, precision: 1 });
    const fp = [...perfect(), claim("c9", "officials", { type: "source", name: "officials", role: null, kind: "unnamed", cue: "said", quote: null })];
    expect(summarize([scoreArticle(GOLD, TEXT, fp)]).types.source).toMatchObject({ tp: 2, fp: 1 });
  });

  it("lets one claim match only one gold item, the one it overlaps most", () => {
    // one claim over "76% to $1.13bn" is a money claim: it can only take the money item
    const wide = perfect().filter((c) => c.id !== "c6");
    const merged = replace(wide, "c7", { text: "76% to $1.13bn", span: { start: at("76%").start, end: at("$1.13bn").end } });
    const a = scoreArticle(GOLD, TEXT, merged);
    expect(a.types.money.tp).toBe(1);
    expect(a.types.percent.fn).toBe(1);
    // two predictions over the same gold item: one matches, the other is a false positive
    const twice = [...perfect(), claim("c9", "1,000", { type: "count", value: 1000, qualifier: "exact", unit: null })];
    expect(scoreArticle(GOLD, TEXT, twice).types.count).toMatchObject({ tp: 1, fp: 1, strictTp: 1 });
  });

  it("accepts a more precise date than gold, never a less precise one", () => {
    expect(isoMatches("2016", "2016-01-01")).toBe(true);
    expect(isoMatches("2019-08", "2019-08-31")).toBe(true);
    expect(isoMatches("2019-08-31", "2019-08")).toBe(false);
    expect(isoMatches("2016", "2017")).toBe(false);
    expect(isoMatches("2016", "20161")).toBe(false);
    const vague = replace(perfect(), "c8", { start: "2016", end: "2019" });
    const s = summarize([scoreArticle(GOLD, TEXT, vague)]);
    expect(s.checks["period.start"]).toMatchObject({ right: 1, checked: 1 }); // the other period's gold start is null
    expect(s.checks["period.end"]).toMatchObject({ right: 0, checked: 1 });
  });

  it("compares units by head word and names by last word, as the guide says", () => {
    expect(headWord("litres per capita")).toBe("litres");
    expect(unitMatches("Chinese nationals", "national")).toBe(true);
    expect(unitMatches("countries", "member country")).toBe(true);
    expect(unitMatches("people", "person")).toBe(true);
    expect(unitMatches("Chinese nationals", "Chinese")).toBe(false);
    expect(nameMatches("Time Warner", "Time Warner Inc.")).toBe(true);
    expect(nameMatches("Marks and Spencer", "Marks & Spencer plc")).toBe(true);
    expect(nameMatches("Goldman Sachs and Co", "Goldman Sachs")).toBe(true);
    expect(nameMatches("Khieu Sopheak", "Sopheak")).toBe(true);
    expect(nameMatches("Khieu Sopheak", "Khieu")).toBe(false);
  });

  it("checks links by the linked claim: a source by name, a time by overlap with any occurrence of its text", () => {
    const noLinks = replace(replace(perfect(), "c3", { source: undefined }), "c7", { time: "c2" });
    const a = scoreArticle(GOLD, TEXT, noLinks);
    expect(a.links.source).toEqual({ right: 2, checked: 3 });
    expect(a.links.time).toEqual({ right: 1, checked: 2 });
    expect(a.wrongLinks.map((l) => `${l.text} ${l.link} ${l.got}`)).toEqual(["around 1,000 source null", "$1.13bn time Thursday"]);
  });
});
