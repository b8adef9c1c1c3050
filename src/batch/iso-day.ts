// A date as the metadata of a record or a web page writes it → the calendar day, or null when it is not a real one.

/** "2019-10-24", "2019-10-24T08:15:00+07:00" → "2019-10-24" (the day as written, no time-zone shift). */
export function isoDay(value: string | null): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value ?? "");
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
