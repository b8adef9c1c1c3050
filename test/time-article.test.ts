// The founding article's dates, periods and time links (from ../shared/gold-dev/seed-cambodia.json), with the
// article's date given and without one: relative expressions keep their span and duration, their dates go null.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { DocumentSchema, type Claim } from "../src/schema.js";

const text = readFileSync(join(import.meta.dirname, "..", "fixtures", "articles", "cambodia-deportations", "article.txt"), "utf8");

interface TimeItem {
  type: "date" | "period";
  text: string;
  nth?: number;
  dated: Record<string, string | null>;
  undated: Record<string, string | null>;
}

const ITEMS: TimeItem[] = [
  { type: "date", text: "Oct 12, 2017", dated: { date: "2017-10-12" }, undated: { date: "2017-10-12" } },
  { type: "date", text: "Thursday", dated: { date: "2019-10-24" }, undated: { date: null } },
  { type: "period", text: "the last 12 months", dated: { start: "2018-10-24", end: "2019-10-24", duration: "P12M" }, undated: { start: null, end: null, duration: "P12M" } },
  { type: "period", text: "the last year", dated: { start: "2018-10-24", end: "2019-10-24", duration: "P1Y" }, undated: { start: null, end: null, duration: "P1Y" } },
  { type: "date", text: "August", dated: { date: "2019-08" }, undated: { date: null } },
  { type: "period", text: "since 2014", dated: { start: "2014", end: "2019-10-24", duration: null }, undated: { start: "2014", end: null, duration: null } },
  { type: "period", text: "between 2016 and August 2019", dated: { start: "2016", end: "2019-08", duration: null }, undated: { start: "2016", end: "2019-08", duration: null } },
];

const LINKS: Array<[string, string | null]> = [
  ["around 1,000", "the last 12 months"],
  ["at least 1,000", "the last year"],
  ["at least 2,700", "since 2014"],
  ["hundreds", null],
  ["around $8 billion", "between 2016 and August 2019"],
];

function at(needle: string, nth = 0): number {
  let pos = -1;
  for (let n = 0; n <= nth; n++) pos = text.indexOf(needle, pos + 1);
  return pos;
}

for (const referenceDate of ["2019-10-24", null]) {
  describe(`founding article, reference date ${referenceDate ?? "none"}`, () => {
    const doc = DocumentSchema.parse(extract(text, { referenceDate }));
    const byId = new Map(doc.claims.map((c) => [c.id, c]));
    const claimAt = (start: number, type?: string): Claim | undefined =>
      doc.claims.find((c) => c.span.start === start && (type === undefined || c.type === type));

    it("finds no reference date in the article itself (it has no dateline)", () => {
      expect(doc.referenceDate).toBe(referenceDate);
    });

    for (const item of ITEMS) {
      it(`${item.type} "${item.text}"`, () => {
        const c = claimAt(at(item.text, item.nth), item.type);
        expect(c?.text).toBe(item.text);
        expect(c).toMatchObject(referenceDate === null ? item.undated : item.dated);
      });
    }

    for (const [figure, time] of LINKS) {
      it(`"${figure}" → ${time === null ? "no time" : `"${time}"`}`, () => {
        const c = claimAt(at(figure)) as (Claim & { time?: string }) | undefined;
        expect(c?.text).toBe(figure);
        expect(c?.time === undefined ? null : byId.get(c.time)?.text).toBe(time);
      });
    }

    it("has no other date or period than the gold ones and the debatable 'the last few year'", () => {
      const texts = doc.claims.filter((c) => c.type === "date" || c.type === "period").map((c) => c.text);
      expect(texts).toEqual([...ITEMS.slice(0, 6).map((i) => i.text), "the last few year", ITEMS[6]!.text]);
    });
  });
}
