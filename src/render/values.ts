// A claim's normalised value as one short human line: "≈ 8,000,000,000 USD", "≥ 2,700 Chinese",
// "2016 → 2019-08". Shared by the pretty renderer and the diffs of `claimex check`.
import type { Claim, Qualifier } from "../schema.js";

/** The qualifier as a symbol a reader takes in at a glance; `range` is written as low–high instead. */
const QUALIFIER_SYMBOL: Record<Exclude<Qualifier, "range">, string> = {
  exact: "",
  approximately: "≈ ",
  at_least: "≥ ",
  more_than: "> ",
  at_most: "≤ ",
  less_than: "< ",
};

// en-US grouping with up to 6 decimals: values come from news text, never need more, and must not print 1e+21.
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

interface QuantityLike {
  value: number;
  qualifier: Qualifier;
  range?: { low: number; high: number } | undefined;
}

function amount(q: QuantityLike): string {
  if (q.qualifier === "range" && q.range !== undefined) return `${formatNumber(q.range.low)}–${formatNumber(q.range.high)}`;
  const symbol = q.qualifier === "range" ? "" : QUALIFIER_SYMBOL[q.qualifier];
  return symbol + formatNumber(q.value);
}

/** The normalised value of one claim; for sources the name, role and kind. */
export function formatValue(c: Claim): string {
  switch (c.type) {
    case "count":
      return c.unit !== null ? `${amount(c)} ${c.unit}` : amount(c);
    case "money":
      return `${amount(c)} ${c.currency ?? "(currency unknown)"}`;
    case "percent":
      return c.unit === "percent" ? `${amount(c)}%` : `${amount(c)} percentage points`;
    case "date":
      return c.date ?? "(unresolved)";
    case "period":
      return formatPeriod(c.start, c.end, c.duration);
    case "source":
      return [c.name, c.role !== null ? `(${c.role})` : "", `· ${c.kind}`].filter((s) => s !== "").join(" ");
  }
}

function formatPeriod(start: string | null, end: string | null, duration: string | null): string {
  const bounds = start === null && end === null ? "" : `${start ?? "…"} → ${end ?? "…"}`;
  if (duration === null) return bounds === "" ? "(unresolved)" : bounds;
  return bounds === "" ? duration : `${bounds} (${duration})`;
}

/** Cut to `max` characters with an ellipsis; whitespace runs (hard-wrapped text) become one space. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ");
  if (flat.length <= max) return flat;
  return max <= 1 ? "…" : flat.slice(0, max - 1).trimEnd() + "…";
}
