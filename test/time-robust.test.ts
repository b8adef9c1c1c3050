// Bad and odd time input never crashes the run and never breaks the schema: impossible days, two-digit years,
// ambiguous numeric dates, runs of time words, and a seeded stream of random time-like fragments.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { DocumentSchema } from "../src/schema.js";
import { findReferenceDate } from "../src/time/reference.js";

const FRAGMENTS = [
  "February 30", "Feb 29, 2019", "Feb 29, 2020", "31/31/2005", "00/00/0000", "03/04/05", "13/13/13", "2019-13-45",
  "9999-99", "the 99th century", "the 0th century", "Q9 2004", "H3", "between and", "since", "from to", "until",
  "the last 0 months", "the last 1e9 years", "12-1/0 year", "0/0", "the '00s", "the 1980's", "mid-", "the end of",
  "last last year", "next next Monday", "Thursday, Thursday", "1999-00", "2003-04-05-06", "May May May", "1,000",
  "the three months to", "the year to", "within", "a year earlier earlier", "— – -", "“2014”", "(2014)", "2014/15/16",
  "year-", "-year", "5th of", "the", "in", "9 and 10 Smarch", "32 January", "January 0", "0 January", "2100", "1000s",
];

function* randomTexts(seed: number, n: number): Generator<string> {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const len = 1 + Math.floor(next() * 8);
    for (let k = 0; k < len; k++) parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
    yield parts.join(next() < 0.5 ? " " : ", ");
  }
}

describe("odd time input", () => {
  it("resolves conservatively: impossible days keep their month, ambiguous numeric dates their year", () => {
    const doc = extract("It was due on February 30, 2019, then on 03/04/2005, then on 25/12/05.", { referenceDate: "2019-10-24" });
    expect(doc.claims.filter((c) => c.type === "date").map((c) => (c.type === "date" ? c.date : null))).toEqual(["2019-02", "2005", "2005-12-25"]);
  });

  for (const referenceDate of ["2019-10-24", "2020-02-29", null]) {
    it(`never throws and always fits the schema (reference date ${referenceDate ?? "none"})`, () => {
      for (const text of randomTexts(referenceDate === null ? 7 : referenceDate.length, 400)) {
        const doc = extract(text, { referenceDate });
        expect(() => DocumentSchema.parse(doc), text).not.toThrow();
        for (const c of doc.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      }
    });
  }
});

describe("reference date in the text", () => {
  const cases: Array<[string, string | null]> = [
    ["PHNOM PENH, Oct 24 (Reuters) - The embassy said", null],
    ["SALVADOR, Feb 26 - Showers continued", null],
    ["WASHINGTON, Oct 24, 2019 (Reuters) - Officials said", "2019-10-24"],
    ["Published: 24 October 2019\nBody text.", "2019-10-24"],
    ["Title\n\nLast updated on Thursday, 24 October 2019, 12:01 GMT\n\nBody", "2019-10-24"],
    ["Thursday 24 October 2019\n\nBody", "2019-10-24"],
    ["On 12 March 2004, the company said sales rose.", null],
    ["In this photo taken on Oct 12, 2017, people walk.", null],
    ["Published: 30 February 2019", null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text.slice(0, 50)), () => expect(findReferenceDate(text)).toBe(expected));
  }

  it("gives way to the option", () => {
    expect(extract("WASHINGTON, Oct 24, 2019 (Reuters) - Sales rose last year.", { referenceDate: "1987-02-26" }).referenceDate).toBe("1987-02-26");
  });
});
