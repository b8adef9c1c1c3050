// Dates compared as inclusive day bounds. claimex writes ISO dates at the precision known ("2016", "2019-08",
// "2018-10-24") with inclusive ends; RT writes days with an EXCLUSIVE end ("this month" → 2016-11-01 to
// 2016-12-01). So RT's end is moved back one day, and a claimex date or period is widened to the days it covers.

export interface DayBounds {
  start: string | null;
  end: string | null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** First day an ISO date at any precision covers. */
export function firstDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${y}-${m ?? "01"}-${d ?? "01"}`;
}

/** Last day an ISO date at any precision covers. */
export function lastDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (d !== undefined) return iso;
  if (m !== undefined) return `${y}-${m}-${pad(lastDayOfMonth(Number(y), Number(m)))}`;
  return `${y}-12-31`;
}

/** The day before an ISO day: RT's exclusive end made inclusive. */
export function dayBefore(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d!) - 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** RT's resolution {start, end (exclusive)} as inclusive day bounds; a missing side stays open (null). */
export function fromRt(start: string | undefined, endExclusive: string | undefined): DayBounds {
  return { start: start ?? null, end: endExclusive !== undefined ? dayBefore(endExclusive) : null };
}

/** A claimex date claim covers every day of its precision; a period covers first day of start to last of end. */
export function fromClaim(claim: { type: "date"; date: string | null } | { type: "period"; start: string | null; end: string | null }): DayBounds {
  if (claim.type === "date") return { start: claim.date !== null ? firstDay(claim.date) : null, end: claim.date !== null ? lastDay(claim.date) : null };
  return { start: claim.start !== null ? firstDay(claim.start) : null, end: claim.end !== null ? lastDay(claim.end) : null };
}
