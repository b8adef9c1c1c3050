// RT currency units → what claimex/v1 may say. RT gives an ISO code only when the text names the country
// ("c $" → CAD); a bare "$" is unit "Dollar", which the annotation guide reads as USD. Sub-units are RT values
// in cents/pence; claimex writes amounts in units of the currency ("40 cts" → 0.40 USD), so they are divided.
export interface CurrencyExpectation {
  /** ISO codes claimex may give; null means any (RT's "Cent" names no currency). */
  codes: readonly string[] | null;
  /** What one RT unit is worth in the currency's main unit. */
  factor: number;
}

const BY_UNIT: Readonly<Record<string, CurrencyExpectation>> = {
  Dollar: { codes: ["USD"], factor: 1 },
  Pound: { codes: ["GBP"], factor: 1 },
  Euro: { codes: ["EUR"], factor: 1 },
  Franc: { codes: ["FRF", "CHF", "BEF", "LUF"], factor: 1 },
  Rupee: { codes: ["INR", "PKR", "LKR", "NPR"], factor: 1 },
  Peseta: { codes: ["ESP"], factor: 1 },
  "Finnish markka": { codes: ["FIM"], factor: 1 },
  "Netherlands guilder": { codes: ["NLG"], factor: 1 },
  Cent: { codes: null, factor: 0.01 },
  Pence: { codes: ["GBP"], factor: 0.01 },
  Penny: { codes: ["GBP"], factor: 0.01 },
};

export function currencyExpectation(unit: string | undefined, iso: string | undefined): CurrencyExpectation | null {
  if (iso !== undefined && iso !== "") return { codes: [iso], factor: 1 };
  return unit !== undefined ? (BY_UNIT[unit] ?? null) : null;
}
