// An RT result turned into what claimex must say about the same mention: which claim types may carry it and a
// check of the claim's values. A result claimex/v1 cannot express becomes an expectation that always fails with
// the reason; the skip file is the one place cases are excused.
import type { Claim, ClaimType } from "../schema.js";
import type { Qualifier } from "../schema.js";
import { currencyExpectation } from "./currency.js";
import { fromClaim, fromRt, type DayBounds } from "./dates.js";
import type { RtResult, SuiteKind } from "./specs.js";

export interface Expectation {
  text: string;
  types: readonly ClaimType[];
  /** Set when claimex/v1 cannot express the result at all. */
  unsupported?: string;
  /** null when the claim says what RT says, else why not. */
  check(claim: Claim, referenceDate: string | null): string | null;
}

const QUANTITY: readonly ClaimType[] = ["count", "money", "percent"];
const TIME: readonly ClaimType[] = ["date", "period"];

/** RT rounds to 15 significant digits ("0.666666666666667"). */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const valueOf = (c: Claim): number | null => ("value" in c ? c.value : null);

function fails(text: string, why: string): Expectation {
  return { text, types: [], unsupported: why, check: () => why };
}

function numberExpectation(text: string, types: readonly ClaimType[], value: number): Expectation {
  return {
    text,
    types,
    check: (c) => (valueOf(c) !== null && same(valueOf(c)!, value) ? null : `value ${valueOf(c)} ≠ ${value}`),
  };
}

/** "(20,35]" → what a claimex quantity says: an open side is a qualifier, a closed pair a range. */
function rangeExpectation(text: string, interval: string): Expectation {
  const m = /^([[(])(-?[\d.]+)?,(-?[\d.]+)?([\])])$/.exec(interval);
  if (m === null) return fails(text, `unreadable interval ${interval}`);
  const [, open, lo, hi, close] = m;
  const low = lo !== undefined ? Number(lo) : null;
  const high = hi !== undefined ? Number(hi) : null;
  let want: { qualifier: Qualifier; value: number; range?: [number, number] };
  if (low !== null && high !== null) want = low === high ? { qualifier: "exact", value: low } : { qualifier: "range", value: low, range: [low, high] };
  else if (low !== null) want = { qualifier: open === "(" ? "more_than" : "at_least", value: low };
  else if (high !== null) want = { qualifier: close === ")" ? "less_than" : "at_most", value: high };
  else return fails(text, `empty interval ${interval}`);
  return {
    text,
    types: QUANTITY,
    check: (c) => {
      if (!("qualifier" in c)) return "not a quantity";
      if (c.qualifier !== want.qualifier) return `qualifier ${c.qualifier} ≠ ${want.qualifier}`;
      if (want.range !== undefined) {
        // claimex/v1 ranges have no open or closed ends: a two-sided interval is compared on its end points
        const r = c.range;
        return r !== undefined && same(r.low, want.range[0]) && same(r.high, want.range[1]) ? null : `range ${JSON.stringify(r)} ≠ ${want.range.join("..")}`;
      }
      return same(c.value, want.value) ? null : `value ${c.value} ≠ ${want.value}`;
    },
  };
}

function currencyExpectationFor(text: string, res: Record<string, unknown>): Expectation {
  const raw = res["value"];
  if (raw === null || raw === undefined) return fails(text, "a currency name without an amount");
  const cur = currencyExpectation(res["unit"] as string | undefined, res["isoCurrency"] as string | undefined);
  if (cur === null) return fails(text, `no ISO 4217 currency for RT unit ${String(res["unit"])}`);
  const value = Number(raw) * cur.factor;
  return {
    text,
    types: ["money"],
    check: (c) => {
      if (c.type !== "money") return "not money";
      if (!same(c.value, value)) return `value ${c.value} ≠ ${value}`;
      if (cur.codes !== null && (c.currency === null || !cur.codes.includes(c.currency))) return `currency ${c.currency} ≠ ${cur.codes.join("|")}`;
      return null;
    },
  };
}

/** RT lists every resolution it finds valid (past and future readings); claimex must give one of them. */
function dateRangeExpectation(text: string, options: DayBounds[], mod: string | undefined): Expectation {
  if (options.length === 0 || options.every((o) => o.start === null && o.end === null)) return fails(text, "RT gives no dates");
  return {
    text,
    types: TIME,
    check: (c, ref) => {
      if (c.type !== "date" && c.type !== "period") return "not a date or period";
      const got = fromClaim(c);
      // an open end ("since August"): claimex ends it at the reference date when it knows one, else null
      const endOk = (want: string | null): boolean => (want === null ? got.end === null || (ref !== null && got.end === ref) : got.end === want);
      if (options.some((o) => got.start === o.start && endOk(o.end))) return null;
      const show = (b: DayBounds): string => `${b.start ?? "…"}..${b.end ?? "…"}`;
      return `${show(got)} ≠ ${options.map(show).join(" or ")}${mod !== undefined ? ` (RT mod ${mod})` : ""}`;
    },
  };
}

export function expectationFor(kind: SuiteKind, r: RtResult): Expectation {
  const res = r.Resolution ?? {};
  const text = r.Text;
  switch (kind) {
    case "number":
      return numberExpectation(text, QUANTITY, Number(res["value"]));
    case "percent": {
      const v = String(res["value"]);
      return v === "null" ? fails(text, "a percent sign without a number") : numberExpectation(text, ["percent"], Number(v.replace("%", "")));
    }
    case "range":
      return rangeExpectation(text, String(res["value"]));
    case "currency":
      return currencyExpectationFor(text, res);
    case "daterange": {
      if (r.Value !== undefined) {
        const opts = [r.Value.PastResolution, r.Value.FutureResolution].filter((x) => x !== undefined).map((x) => fromRt(x["startDate"], x["endDate"]));
        return dateRangeExpectation(text, opts, r.Value.Mod);
      }
      const values = res.values ?? [];
      return dateRangeExpectation(text, values.map((v) => fromRt(v["start"], v["end"])), values[0]?.["Mod"]);
    }
  }
}
