import type { QuantityFields } from "../types.js";
import type { QuantityMatch } from "../quantity/scan.js";

/** The fields every quantity draft takes from its scan match. */
export function quantityFields(m: QuantityMatch): QuantityFields & { span: { start: number; end: number }; rule: string } {
  return {
    span: { start: m.start, end: m.end },
    rule: m.rule,
    value: m.value,
    qualifier: m.qualifier,
    ...(m.range !== undefined ? { range: m.range } : {}),
  };
}
