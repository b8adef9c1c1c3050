// The founding article's sources and source links, checked item by item against its gold file
// (fixtures/gold/seed-cambodia.json, a copy of ../shared/gold-dev/seed-cambodia.json): every source the gold lists
// and no other, with the gold's exact text, name, role, kind and cue; every figure linked to the source the gold
// names, or to none.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { DocumentSchema, type Claim } from "../src/schema.js";

const root = join(import.meta.dirname, "..");
const text = readFileSync(join(root, "fixtures", "articles", "cambodia-deportations", "article.txt"), "utf8");

interface GoldItem {
  type: string;
  text: string;
  nth?: number;
  at?: number;
  name?: string;
  role?: string | null;
  kind?: string;
  cue?: string;
  source?: string;
}
const gold = JSON.parse(readFileSync(join(root, "fixtures", "gold", "seed-cambodia.json"), "utf8")) as { items: GoldItem[] };

function locate(item: GoldItem): number {
  if (item.at !== undefined) return item.at;
  let pos = -1;
  for (let n = 0; n <= (item.nth ?? 0); n++) pos = text.indexOf(item.text, pos + 1);
  return pos;
}

describe("founding article: sources and source links", () => {
  const doc = DocumentSchema.parse(extract(text, {}));
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  const sources = doc.claims.filter((c) => c.type === "source");
  const goldSources = gold.items.filter((i) => i.type === "source");

  it("finds exactly the gold's sources, in order", () => {
    expect(sources.map((s) => [s.span.start, s.text])).toEqual(goldSources.map((g) => [locate(g), g.text]));
  });

  for (const g of goldSources) {
    it(`source "${g.text}" (${g.cue})`, () => {
      const c = sources.find((s) => s.span.start === locate(g));
      expect(c).toMatchObject({ text: g.text, name: g.name, role: g.role, kind: g.kind, cue: g.cue });
    });
  }

  for (const g of gold.items.filter((i) => i.type === "count" || i.type === "money" || i.type === "percent")) {
    it(`${g.type} "${g.text}" → ${g.source ?? "no source"}`, () => {
      const c = doc.claims.find((k) => k.type === g.type && k.span.start === locate(g)) as (Claim & { source?: string }) | undefined;
      expect(c?.text).toBe(g.text);
      const linked = c?.source === undefined ? undefined : byId.get(c.source);
      expect(linked?.type === "source" ? linked.name : null).toBe(g.source ?? null);
    });
  }

  it("carries the direct quotations, without their marks", () => {
    const quote = (name: string, cue: string) => sources.find((s) => s.type === "source" && s.text === name && s.cue === cue);
    expect(quote("the Facebook post", "read")).toMatchObject({
      quote: expect.stringMatching(/^After the China-Cambodia Law Enforcement Cooperation Office was established, .* both citizens$/),
    });
    expect(quote("Khieu Sopheak", "said")).toMatchObject({
      quote: "If we find that the documents are sufficient and Chinese authority have a warrant for the crime, we will take action",
    });
    expect(quote("he", "said")).toMatchObject({ quote: expect.stringMatching(/^I think they should have a mechanism .* in the country$/) });
    expect(sources.filter((s) => s.type === "source" && s.quote === null).map((s) => s.text)).toEqual([
      "The Chinese Embassy in Phnom Penh",
      "the Chinese Embassy",
      "a Cambodian Ministry of Interior press release",
      "Interior Ministry spokesman Khieu Sopheak",
      "San Chey, executive director of the Cambodian Social Accountability Alliance",
    ]);
  });
});
