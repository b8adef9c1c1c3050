// The one ordered registration list of the engine. Extractors run first (order does not matter between them);
// refiners run in the order listed, and that order does matter — see the comments.
import type { Extractor, Refiner } from "./types.js";
import { count } from "./extractors/count.js";
import { money } from "./extractors/money.js";
import { percent } from "./extractors/percent.js";
import { date } from "./extractors/date.js";
import { period } from "./extractors/period.js";
import { source } from "./extractors/source.js";
import { overlaps } from "./refiners/overlaps.js";
import { conversions } from "./refiners/conversions.js";
import { linkTime } from "./refiners/link-time.js";
import { fiscalCalendar } from "./refiners/fiscal-calendar.js";
import { anaphoricYear } from "./refiners/anaphoric-year.js";
import { toDate } from "./refiners/to-date.js";
import { unitCarry } from "./refiners/unit-carry.js";
import { currencyCarry } from "./refiners/currency-carry.js";
import { linkSources } from "./refiners/link-sources.js";

export const EXTRACTORS: readonly Extractor[] = [money, percent, count, date, period, source];

export const REFINERS: readonly Refiner[] = [
  // first: time expressions take their numbers away from counts, and overlapping drafts collapse to one
  overlaps,
  // needs the final, non-overlapping money drafts in text order
  conversions,
  // after conversions: a carried currency must not take a conversion's qualifier
  currencyCarry,
  // after currencyCarry: a bare figure it made money is no count to carry a unit to
  unitCarry,
  // after overlaps: places the surviving quarter drafts on the article's own fiscal calendar
  fiscalCalendar,
  // after fiscalCalendar: "that year" takes the year last named, which may be a quarter just placed
  anaphoricYear,
  // before linkTime: "have advanced 4% this month" makes "this month" a span the percent links to
  toDate,
  // after overlaps: links point at the time drafts that survived
  linkTime,
  // after overlaps: only surviving quantities get linked to the source that states them
  linkSources,
];
