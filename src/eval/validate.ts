// Checks that a gold file follows ../shared/annotation-guide.md beyond its shape (gold.ts): every item can be
// found, values agree with each other, and links name items that exist. Returns the problems found.
import type { GoldFile, GoldItem } from "./gold.js";
import { isGoldQuantity } from "./gold.js";
import { locate, occurrences } from "./locate.js";

// Date/period text is tight: these words are dropped from the front (the guide's "Settled cases").
const LOOSE_TIME_START = /^(?:in|on|at|by|for|over)\s/i;

/** The corpus range the guide allows annotating. */
export function articleAllowed(article: string): boolean {
  const bbc = /^bbc\/(?:business|entertainment|politics|sport|tech)\/(\d{3})\.txt$/.exec(article);
  if (bbc !== null) return Number(bbc[1]) >= 1 && Number(bbc[1]) <= 50;
  const reuters = /^reuters\/(\d{5})\.txt$/.exec(article);
  if (reuters !== null) return Number(reuters[1]) >= 1 && Number(reuters[1]) <= 300;
  return article.startsWith("seed/");
}

/** Lowest and highest day an ISO date at any precision covers, for comparing start with end. */
function bounds(iso: string): [string, string] {
  const [y, m, d] = iso.split("-");
  return [`${y}-${m ?? "01"}-${d ?? "01"}`, `${y}-${m ?? "12"}-${d ?? "31"}`];
}

function itemProblems(item: GoldItem): string[] {
  const out: string[] = [];
  if (item.text !== item.text.trim()) out.push("text has leading or trailing space");
  if (isGoldQuantity(item)) {
    if ((item.qualifier === "range") !== (item.range !== undefined)) out.push("`range` is given exactly when the qualifier is range");
    if (item.range !== undefined && (item.range.low !== item.value || item.range.low > item.range.high)) out.push("range: value is the low end and low <= high");
    if (item.value < 0) out.push("negative value");
  }
  if (item.type === "percent") {
    const points = /percentage[\s-]points?/i.test(item.text);
    if (points !== (item.unit === "percentage points")) out.push(`unit ${item.unit} does not fit the text`);
  }
  if ((item.type === "date" || item.type === "period") && LOOSE_TIME_START.test(item.text)) out.push("time text is not tight (drop in/on/at/by/for/over)");
  if (item.type === "period" && item.start !== null && item.end !== null && bounds(item.start)[0] > bounds(item.end)[1]) out.push("period starts after it ends");
  return out;
}

export function goldProblems(gold: GoldFile, article: string): string[] {
  const out: string[] = [];
  if (!articleAllowed(gold.article)) out.push(`article ${gold.article} is outside the annotated range`);
  const names = new Set(gold.items.flatMap((i) => (i.type === "source" ? [i.name] : [])));
  const timeTexts = new Set(gold.items.flatMap((i) => (i.type === "date" || i.type === "period" ? [i.text] : [])));
  const seen = new Map<string, number>();
  gold.items.forEach((item, n) => {
    const where = `item ${n} (${item.type} ${JSON.stringify(item.text)})`;
    const at = locate(article, item);
    if (!at.ok) out.push(`${where}: ${at.error}`);
    else {
      const key = `${item.type}@${at.span.start}-${at.span.end}`;
      const twin = seen.get(key);
      if (twin !== undefined) out.push(`${where}: same type and place as item ${twin}`);
      seen.set(key, n);
    }
    for (const p of itemProblems(item)) out.push(`${where}: ${p}`);
    if (isGoldQuantity(item) && item.source !== undefined && !names.has(item.source)) out.push(`${where}: source link ${JSON.stringify(item.source)} names no source item`);
    if (isGoldQuantity(item) && item.time !== undefined && !timeTexts.has(item.time)) out.push(`${where}: time link ${JSON.stringify(item.time)} is no date/period item's text`);
  });
  for (const d of gold.debatable) if (occurrences(article, d).length === 0) out.push(`debatable ${JSON.stringify(d)} is not in the article`);
  return out;
}
