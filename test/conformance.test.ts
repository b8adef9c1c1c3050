// The conformance runner on a few cases: what counts as "the same mention", how RT's exclusive date-range ends
// are converted, how a case passes or fails, and that `npm run conformance` runs end to end.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/schema.js";
import { dayBefore, fromClaim, fromRt, lastDay } from "../src/conformance/dates.js";
import { expectationFor } from "../src/conformance/expect.js";
import { suiteReport } from "../src/conformance/report.js";
import { runSuite } from "../src/conformance/run.js";
import { loadSkips, skipFor } from "../src/conformance/skips.js";
import { spansAgree } from "../src/conformance/spans.js";
import { SUITES, type RtCase, type Suite } from "../src/conformance/specs.js";

const root = resolve(import.meta.dirname, "..");
const claim = (fields: Record<string, unknown>): Claim => ({ id: "c1", text: "", span: { start: 0, end: 0 }, sentence: { index: 0, text: "" }, ...fields }) as Claim;

describe("conformance: mentions and values", () => {
  it("lets spans differ only by words that carry no number", () => {
    const s = "sales of about $ 14 million , he said";
    const rt = { start: 15, end: 27 }; // "$ 14 million"
    expect(spansAgree(s, { start: 9, end: 27 }, rt)).toBe(true); // "about $ 14 million"
    expect(spansAgree(s, { start: 17, end: 19 }, rt)).toBe(false); // "14": leaves out "million"
    expect(spansAgree(s, { start: 0, end: 5 }, rt)).toBe(false); // no overlap
  });

  it("turns RT's exclusive end into claimex's inclusive day bounds", () => {
    expect(dayBefore("2016-12-01")).toBe("2016-11-30");
    expect(dayBefore("2017-01-01")).toBe("2016-12-31");
    expect(dayBefore("2016-03-01")).toBe("2016-02-29");
    expect(lastDay("2019-02")).toBe("2019-02-28");
    expect(fromRt("2016-11-01", "2016-12-01")).toEqual({ start: "2016-11-01", end: "2016-11-30" });
    expect(fromRt("2016-08-01", undefined)).toEqual({ start: "2016-08-01", end: null });
    expect(fromClaim({ type: "date", date: "2016-11" })).toEqual({ start: "2016-11-01", end: "2016-11-30" });
    expect(fromClaim({ type: "period", start: "2014", end: "2019-08" })).toEqual({ start: "2014-01-01", end: "2019-08-31" });
  });

  it("checks money against RT's unit, converting cents", () => {
    const cents = expectationFor("currency", { Text: "40 cents", Start: 0, End: 7, Resolution: { value: "40", unit: "Cent" } });
    expect(cents.check(claim({ type: "money", value: 0.4, currency: "USD", qualifier: "exact" }), null)).toBeNull();
    const cad = expectationFor("currency", { Text: "c $ 16.4 million", Start: 0, End: 15, Resolution: { value: "16400000", unit: "Canadian dollar", isoCurrency: "CAD" } });
    expect(cad.check(claim({ type: "money", value: 16.4e6, currency: "USD", qualifier: "exact" }), null)).toMatch(/currency USD/);
  });

  it("reads RT intervals as claimex qualifiers", () => {
    const more = expectationFor("range", { Text: "more than 20", Start: 0, End: 11, Resolution: { value: "(20,)" } });
    expect(more.check(claim({ type: "count", value: 20, qualifier: "more_than", unit: null }), null)).toBeNull();
    expect(more.check(claim({ type: "count", value: 20, qualifier: "at_least", unit: null }), null)).toMatch(/qualifier/);
    const between = expectationFor("range", { Text: "between 20 and 30", Start: 0, End: 16, Resolution: { value: "[20,30)" } });
    expect(between.check(claim({ type: "count", value: 20, qualifier: "range", range: { low: 20, high: 30 }, unit: null }), null)).toBeNull();
  });

  it("accepts any of RT's alternative resolutions, and an open end as null or the reference date", () => {
    const since = expectationFor("daterange", { Text: "since august", Start: 0, End: 11, Resolution: { values: [{ start: "2016-08-01", Mod: "since" }] } });
    expect(since.check(claim({ type: "period", start: "2016-08", end: null, duration: null }), "2016-11-07")).toBeNull();
    expect(since.check(claim({ type: "period", start: "2016-08", end: "2016-11-07", duration: null }), "2016-11-07")).toBeNull();
    expect(since.check(claim({ type: "period", start: "2016-08", end: "2016-10", duration: null }), "2016-11-07")).not.toBeNull();
  });
});

describe("conformance: cases", () => {
  const suite: Suite = { name: "Test", file: "-", kind: "currency" };
  it("passes a case whose every result is found, fails one with a wrong or an extra claim", () => {
    const cases: RtCase[] = [
      { Input: "The company paid $20 million for it.", Results: [{ Text: "$20 million", Start: 17, End: 27, Resolution: { value: "20000000", unit: "Dollar" } }] },
      { Input: "The company paid $20 million for it.", Results: [{ Text: "$20 million", Start: 17, End: 27, Resolution: { value: "30000000", unit: "Dollar" } }] },
      { Input: "The company paid $20 million for it.", Results: [] },
    ];
    const [right, wrong, extra] = runSuite(suite, cases, []);
    expect(right).toMatchObject({ status: "pass", problems: [] });
    expect(wrong?.status).toBe("fail");
    expect(wrong?.problems[0]).toMatch(/value 20000000 ≠ 30000000/);
    expect(extra?.problems).toEqual(['extra money "$20 million"']);
  });

  it("skips what the skip file lists, by input, pattern or RT mod", () => {
    const groups = loadSkips(join(root, "fixtures", "conformance-skips.json"));
    expect(skipFor(groups, "NumberModel", { Input: "The number is 1,3.", Results: [] })?.id).toBe("decimal-comma");
    expect(skipFor(groups, "NumberModel", { Input: "two thirds", Results: [] })).toBeUndefined(); // readNumbers reads fractions
    expect(skipFor(groups, "NumberModel", { Input: "1,234,567", Results: [] })).toBeUndefined();
    const late: RtCase = { Input: "We had a meeting late last year", Results: [{ Text: "late last year", Start: 17, Length: 14, Value: { Mod: "end" } }] };
    expect(skipFor(groups, "DatePeriodParser", late)?.id).toBe("fuzzy-part");
    for (const g of groups) expect(g.reason.length).toBeGreaterThan(20);
  });

  it("sets RT's port beside claimex on the same counted cases, from the spec's NotSupported marks", () => {
    const percent: Suite = { name: "P", file: "-", kind: "percent" };
    const cases: RtCase[] = [
      { Input: "Sales rose 5% last year.", Results: [{ Text: "5%", Start: 11, End: 12, Resolution: { value: "5%" } }] },
      { Input: "Costs fell 7% in May.", NotSupported: "javascript", Results: [{ Text: "7%", Start: 11, End: 12, Resolution: { value: "7%" } }] },
      { Input: "The table shows the % of votes.", Results: [{ Text: "the %", Start: 16, End: 20, Resolution: { value: "%" } }] },
    ];
    const skips = [{ id: "no-number", suites: ["P"], kind: "outside-schema", reason: "a percent sign with no number in it", inputs: ["The table shows the % of votes."] }];
    const r = suiteReport(percent, runSuite(percent, cases, skips as never));
    expect([r.counted, r.passed]).toEqual([2, 2]);
    expect(r.baseline).toMatchObject({ passed: 2, of: 3 }); // every case not marked NotSupported: the skipped one too
    expect(r.baselineCounted).toEqual({ passed: 1, of: 2 }); // the counted cases only
    expect(suiteReport({ ...percent, baseline: { passed: 1, of: 3, source: "a run" } }, runSuite(percent, cases, skips as never)).baselineCounted).toBeNull();
  });

  const specs = resolve(root, "..", "shared", "rt-specs");
  it.skipIf(!existsSync(specs))("npm run conformance runs the specs and writes the report", () => {
    const out = join(mkdtempSync(join(tmpdir(), "claimex-conf-")), "conformance.json");
    const stdout = execFileSync(process.execPath, [join(root, "dist", "conformance", "cli.js"), "--suite", "percent", "--out", out], { encoding: "utf8" });
    expect(stdout).toMatch(/^PercentModel +20 /m);
    const report = JSON.parse(readFileSync(out, "utf8")) as { suites: Array<{ cases: number; skipped: number; counted: number; passed: number; failures: unknown[] }> };
    const [percent] = report.suites;
    expect(percent!.cases).toBe(20);
    expect(percent!.skipped + percent!.counted).toBe(20);
    expect(percent!.passed + percent!.failures.length).toBe(percent!.counted);
  });
});

describe("conformance: the range model", () => {
  it("judges only range-like claims as extra: a plain number is not a range", () => {
    const suite: Suite = { name: "Ranges", file: "-", kind: "range" };
    const [c] = runSuite(suite, [{ Input: "More than 40 people came, and two left.", Results: [{ Text: "More than 40", Start: 0, End: 11, Resolution: { value: "(40,)" } }] }], []);
    expect(c?.problems.filter((p) => p.startsWith("extra"))).toEqual([]);
  });
});

describe("conformance: the number model runs through readNumbers()", () => {
  const bare: RtCase = { Input: "sixteen", Results: [{ Text: "sixteen", Start: 0, End: 6, Resolution: { value: "16" } }] };
  it("passes a bare number through the number reader, which no claim reports", () => {
    expect(runSuite({ name: "N", file: "-", kind: "number", reader: "readNumbers" }, [bare], [])[0]?.status).toBe("pass");
    expect(runSuite({ name: "N", file: "-", kind: "number" }, [bare], [])[0]?.status).toBe("fail");
    expect(SUITES.find((s) => s.name === "NumberModel")?.reader).toBe("readNumbers");
  });

  it("fails a wrong value and a number RT does not list; a unit glued to digits is no number", () => {
    const suite: Suite = { name: "N", file: "-", kind: "number", reader: "readNumbers" };
    const [wrong, extra, unit] = runSuite(
      suite,
      [
        { Input: "two thirds", Results: [{ Text: "two thirds", Start: 0, End: 9, Resolution: { value: "0.5" } }] },
        { Input: "I have 3 of them", Results: [] },
        { Input: "the 180ml liquid", Results: [] },
      ],
      [],
    );
    expect(wrong?.problems[0]).toMatch(/value 0\.666.* ≠ 0\.5/);
    expect(extra?.problems).toEqual(['extra count "3"']);
    expect(unit?.status).toBe("pass");
  });
});
