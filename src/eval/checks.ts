// The value checks of strict scoring, per type, exactly as the guide's "How output is scored" lists them.
// A check is skipped (not counted) where the guide says so: gold null dates, a duration gold does not give,
// and a count gold gives no unit for (there is no head word to look for).
import type { Claim } from "../schema.js";
import type { GoldItem } from "./gold.js";
import { nameMatches, unitMatches } from "./words.js";

export interface CheckResult {
  check: string;
  ok: boolean;
  gold: unknown;
  got: unknown;
}

/** Within 0.5 % of gold (exact for a gold 0). */
export function valueMatches(gold: number, got: number): boolean {
  return Math.abs(got - gold) <= Math.abs(gold) * 0.005;
}

/** A prediction may be more precise than gold, not less: gold 2016 accepts 2016-01-01, not the reverse. */
export function isoMatches(gold: string, got: string | null): boolean {
  return got !== null && (got === gold || got.startsWith(gold + "-"));
}

export function valueChecks(gold: GoldItem, claim: Claim): CheckResult[] {
  const out: CheckResult[] = [];
  const add = (check: string, ok: boolean, g: unknown, got: unknown): void => {
    out.push({ check, ok, gold: g, got });
  };
  if (gold.type !== claim.type) throw new Error(`checks: ${gold.type} gold against a ${claim.type} claim`);
  switch (claim.type) {
    case "count":
    case "money":
    case "percent": {
      const g = gold as Extract<GoldItem, { type: "count" | "money" | "percent" }>;
      add("value", valueMatches(g.value, claim.value), g.value, claim.value);
      add("qualifier", g.qualifier === claim.qualifier, g.qualifier, claim.qualifier);
      if (claim.type === "money") {
        const gc = (gold as Extract<GoldItem, { type: "money" }>).currency;
        add("currency", gc === claim.currency, gc, claim.currency);
      }
      if (claim.type === "count") {
        const gu = (gold as Extract<GoldItem, { type: "count" }>).unit;
        if (gu !== null) add("unit", unitMatches(gu, claim.unit), gu, claim.unit);
      }
      break;
    }
    case "date": {
      const gd = (gold as Extract<GoldItem, { type: "date" }>).date;
      if (gd !== null) add("date", gd === claim.date, gd, claim.date);
      break;
    }
    case "period": {
      const g = gold as Extract<GoldItem, { type: "period" }>;
      if (g.start !== null) add("start", isoMatches(g.start, claim.start), g.start, claim.start);
      if (g.end !== null) add("end", isoMatches(g.end, claim.end), g.end, claim.end);
      if (g.duration !== null) add("duration", g.duration === claim.duration, g.duration, claim.duration);
      break;
    }
    case "source": {
      const g = gold as Extract<GoldItem, { type: "source" }>;
      add("name", nameMatches(g.name, claim.name), g.name, claim.name);
      add("kind", g.kind === claim.kind, g.kind, claim.kind);
      break;
    }
  }
  return out;
}
