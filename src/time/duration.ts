// Durations as written ("12 months", "a decade", "half an hour", "12-1/2 year") and their ISO 8601 form.
import { addDays, addMonths, daysInMonth, type Point } from "./calendar.js";
import { table } from "../lexicon/table.js";

export type DurationUnit = "Y" | "M" | "W" | "D" | "H" | "MIN";

export interface Duration {
  readonly n: number;
  readonly unit: DurationUnit;
}

/** Time-unit words → unit and multiple ("decade" → 10 Y, "quarter" → 3 M). Singular and plural alike. */
export const DURATION_WORDS: Readonly<Record<string, Duration>> = table({
  year: { n: 1, unit: "Y" }, yr: { n: 1, unit: "Y" }, decade: { n: 10, unit: "Y" }, century: { n: 100, unit: "Y" },
  month: { n: 1, unit: "M" }, mth: { n: 1, unit: "M" }, quarter: { n: 3, unit: "M" }, qtr: { n: 3, unit: "M" },
  week: { n: 1, unit: "W" }, day: { n: 1, unit: "D" }, fortnight: { n: 14, unit: "D" },
  hour: { n: 1, unit: "H" }, hr: { n: 1, unit: "H" }, minute: { n: 1, unit: "MIN" }, min: { n: 1, unit: "MIN" },
});

const PLURALS: Readonly<Record<string, string>> = table({ centuries: "century", mths: "mth", yrs: "yr", hrs: "hr", mins: "min" });

/** The unit a word names ("months" → 1 M), or undefined. */
export function durationWord(word: string): Duration | undefined {
  const w = PLURALS[word] ?? (word.endsWith("s") ? word.slice(0, -1) : word);
  return DURATION_WORDS[w] ?? DURATION_WORDS[word];
}

export function scale(d: Duration, k: number): Duration {
  return { n: d.n * k, unit: d.unit };
}

/** ISO 8601: P12M, P10Y, P12Y6M, PT30M. Fractions go down a unit when they divide evenly. */
export function isoDuration(d: Duration | null): string | null {
  if (d === null || !(d.n > 0) || !Number.isFinite(d.n)) return null;
  const { n, unit } = d;
  if (Number.isInteger(n)) return unit === "H" || unit === "MIN" ? `PT${n}${unit === "H" ? "H" : "M"}` : `P${n}${unit}`;
  const whole = Math.floor(n);
  const part = n - whole;
  const down = unit === "Y" ? part * 12 : unit === "W" ? part * 7 : unit === "D" || unit === "H" ? part * (unit === "D" ? 24 : 60) : NaN;
  if (Number.isInteger(Math.round(down * 1e6) / 1e6)) {
    const rest = Math.round(down);
    const head = whole > 0 ? `${whole}${unit === "MIN" ? "M" : unit}` : "";
    if (unit === "Y") return `P${head}${rest}M`;
    if (unit === "W") return `P${whole > 0 ? `${whole}W` : ""}${rest}D`;
    if (unit === "D") return `P${whole > 0 ? `${whole}D` : ""}T${rest}H`;
    if (unit === "H") return `PT${whole > 0 ? `${whole}H` : ""}${rest}M`;
  }
  return unit === "H" || unit === "MIN" ? `PT${n}${unit === "H" ? "H" : "M"}` : `P${n}${unit}`;
}

/** The point `d` before (sign −1) or after (+1) a day point; clock units move nothing a date can show. */
export function shift(p: Point, d: Duration, sign: 1 | -1): Point {
  switch (d.unit) {
    case "Y":
      return addMonths(p, sign * Math.round(d.n * 12));
    case "M":
      return addMonths(p, sign * Math.round(d.n));
    case "W":
      return addDays(p, sign * Math.round(d.n * 7));
    case "D":
      return addDays(p, sign * Math.round(d.n));
    default:
      return p;
  }
}

/** The inclusive other end of a span of length d that starts (sign 1) or ends (-1) at p, at p's precision:
 * 12 months from April 1 end on March 31; three months to December start in October. */
export function otherEnd(p: Point | null, d: Duration, sign: 1 | -1): Point | null {
  if (p === null) return null;
  const months = d.unit === "Y" ? d.n * 12 : d.unit === "M" ? d.n : null;
  if (p.d !== undefined && months !== null && Number.isInteger(months) && p.m !== undefined) {
    // whole months from a month's first day, or back from its last day, stay whole: nine months ended Sept 30
    // began on Jan 1
    if (sign === -1 && p.d === daysInMonth(p.y, p.m)) return { ...addMonths({ y: p.y, m: p.m }, 1 - months), d: 1 };
    if (sign === 1 && p.d === 1) {
      const m = addMonths({ y: p.y, m: p.m }, months - 1);
      return { ...m, d: daysInMonth(m.y, m.m!) };
    }
  }
  if (p.d !== undefined && (d.unit === "D" || d.unit === "W" || months !== null)) return addDays(shift(p, d, sign), -sign);
  if (months === null || !Number.isInteger(months) || p.m === undefined && months % 12 !== 0) return null;
  if (p.m === undefined) return { y: p.y + sign * (months / 12 - 1) };
  return addMonths({ y: p.y, m: p.m }, sign * (months - 1));
}
