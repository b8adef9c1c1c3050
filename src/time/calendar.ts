// Calendar arithmetic on partial dates. A Point is a date at the precision the text gives: a year, a month of a
// year, or a day. All arithmetic goes through UTC so that no local time zone can shift a day.

export interface Point {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

export type Precision = "year" | "month" | "day";

export function precisionOf(p: Point): Precision {
  return p.d !== undefined ? "day" : p.m !== undefined ? "month" : "year";
}

/** ISO 8601 at the point's precision: "2014", "2019-08", "2017-10-12". Years outside 0–9999 have no form here. */
export function iso(p: Point | null): string | null {
  if (p === null || p.y < 0 || p.y > 9999 || !Number.isInteger(p.y)) return null;
  let s = String(p.y).padStart(4, "0");
  if (p.m !== undefined) s += "-" + String(p.m).padStart(2, "0");
  if (p.m !== undefined && p.d !== undefined) s += "-" + String(p.d).padStart(2, "0");
  return s;
}

/** "2019-10-24" → a day point; anything else → null. */
export function parseIsoDay(s: string | null | undefined): Point | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? "");
  if (m === null) return null;
  const p = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDay(p.y, p.m, p.d) ? p : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isRealDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function fromUtc(ms: number): Point {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function toUtc(p: Point): number {
  return Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1);
}

export function addDays(p: Point, n: number): Point {
  return fromUtc(toUtc(p) + n * 86_400_000);
}

/** Month arithmetic at month precision ("2019-10" − 12 → "2018-10"); a day point keeps its day, clamped. */
export function addMonths(p: Point, n: number): Point {
  const total = p.y * 12 + (p.m ?? 1) - 1 + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (p.d === undefined) return p.m === undefined ? { y } : { y, m };
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) };
}

/** ISO weekday of a day point: Monday 1 … Sunday 7. */
export function weekday(p: Point): number {
  const w = new Date(toUtc(p)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Days from a to b (both day points). */
export function daysBetween(a: Point, b: Point): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function truncate(p: Point, precision: Precision): Point {
  if (precision === "year") return { y: p.y };
  if (precision === "month") return p.m === undefined ? { y: p.y } : { y: p.y, m: p.m };
  return p;
}

/** Compare at the coarser of the two precisions: negative when a is before b. */
export function compare(a: Point, b: Point): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m === undefined || b.m === undefined) return 0;
  if (a.m !== b.m) return a.m - b.m;
  if (a.d === undefined || b.d === undefined) return 0;
  return a.d - b.d;
}
