// Words of the calendar, as data.
import { table } from "./table.js";

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
});

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = table({
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
});

/** Units of time → ISO 8601 duration designator and count ("decade" → 10 Y). */
export const TIME_UNITS: Readonly<Record<string, { readonly designator: "Y" | "M" | "W" | "D" | "H"; readonly n: number }>> = table({
  year: { designator: "Y", n: 1 }, years: { designator: "Y", n: 1 }, yr: { designator: "Y", n: 1 }, yrs: { designator: "Y", n: 1 },
  month: { designator: "M", n: 1 }, months: { designator: "M", n: 1 }, mths: { designator: "M", n: 1 },
  week: { designator: "W", n: 1 }, weeks: { designator: "W", n: 1 },
  day: { designator: "D", n: 1 }, days: { designator: "D", n: 1 },
  decade: { designator: "Y", n: 10 }, decades: { designator: "Y", n: 10 },
  century: { designator: "Y", n: 100 }, centuries: { designator: "Y", n: 100 },
  quarter: { designator: "M", n: 3 }, quarters: { designator: "M", n: 3 },
  fortnight: { designator: "D", n: 14 }, fortnights: { designator: "D", n: 14 },
  hour: { designator: "H", n: 1 }, hours: { designator: "H", n: 1 },
});

/** Words for time of day and clock units that make a number a time, not a count. */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  "am", "pm", "a.m.", "p.m.", "gmt", "bst", "est", "edt", "pst", "utc", "cet", "hrs", "o'clock", "minutes", "minute",
  "mins", "hours", "hour", "minute", "minutes",
]);
