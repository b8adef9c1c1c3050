// `--format pretty`: for a person reading in a terminal. Each sentence that holds claims, claims highlighted by
// type, then a compact table of those claims: type, text, normalised value, and the time and source they link to.
import type { Claim, ClaimexDocument, ErrorDocument } from "../schema.js";
import { highlightSentence } from "./highlight.js";
import type { Palette } from "./style.js";
import { layoutTable, naturalWidth, renderTable, type TableCell } from "./table.js";
import { clip, formatValue } from "./values.js";

export interface PrettyOptions {
  /** terminal width in columns */
  width: number;
  palette: Palette;
}

const INDENT = 6;
const KEEP: ReadonlySet<string> = new Set(["id", "type", "rule"]);
// on a narrow terminal the links give way first (their ids lead to the claim), then the text (it is highlighted
// in the sentence above), the value last
const SHRINK_FIRST = ["source", "time", "text"];

export function renderPretty(doc: ClaimexDocument | ErrorDocument, o: PrettyOptions): string {
  const p = o.palette;
  if ("error" in doc) return `${p.bold(String(doc.input))}  ${p.bad(`error: ${doc.error}`)}\n`;
  const groups = bySentence(doc.claims);
  const facts = [
    doc.referenceDate !== null ? `reference date ${doc.referenceDate}` : "no reference date",
    `${plural(doc.claims.length, "claim")} in ${plural(groups.length, "sentence")}`,
  ];
  const head = facts.join(" · ");
  const fits = doc.input.length + 3 + head.length <= o.width;
  const out = fits ? [`${p.bold(doc.input)}${p.dim(` · ${head}`)}`, ""] : [p.bold(doc.input), p.dim(head), ""];
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  const explain = doc.claims.some((c) => c.rule !== undefined);
  const pad = " ".repeat(INDENT);
  let earliest = 0;
  for (const claims of groups) {
    const s = claims[0]!.sentence;
    const { lines, base } = highlightSentence(s.text, claims, o.width - INDENT, p, earliest);
    if (base !== null) earliest = base + s.text.length;
    lines.forEach((l, i) => out.push((i === 0 ? p.dim(`§${s.index}`.padEnd(INDENT)) : pad) + l));
    out.push("");
    out.push(...table(claims, byId, explain, o.width - INDENT, p).map((l) => pad + l), "");
  }
  if (groups.length === 0) out.push(p.dim("no claims"), "");
  return out.join("\n");
}

const HEADER = ["id", "type", "text", "value", "time", "source"];

/** With --explain the rule is a column when it fits, else a dim line under each row (a clipped rule id is useless). */
function table(claims: readonly Claim[], byId: ReadonlyMap<string, Claim>, explain: boolean, width: number, p: Palette): string[] {
  const rows = claims.map((c) => row(c, byId, p));
  const fit = { keep: KEEP, shrinkFirst: SHRINK_FIRST };
  if (!explain) return renderTable(HEADER, rows, width, p.dim, fit);
  const withRule = rows.map((r, i) => [...r, { text: claims[i]!.rule ?? "", style: p.dim }]);
  if (naturalWidth([...HEADER, "rule"], withRule) <= width) return renderTable([...HEADER, "rule"], withRule, width, p.dim, fit);
  const t = layoutTable(HEADER, rows, width, p.dim, fit);
  return [t.header, ...t.rows.flatMap((lines, i) => [...lines, p.dim(`    rule ${claims[i]?.rule ?? "?"}`)])];
}

function row(c: Claim, byId: ReadonlyMap<string, Claim>, p: Palette): TableCell[] {
  const quantity = c.type === "count" || c.type === "money" || c.type === "percent";
  const link = (id: string | undefined): TableCell => {
    if (!quantity) return { text: "" };
    if (id === undefined) return { text: "—", style: p.dim };
    const target = byId.get(id);
    if (target === undefined) return { text: id };
    const label = target.type === "source" ? target.name : target.text;
    return { text: `${id} ${clip(label, 40)}`, style: (s) => p.type(target.type, s) };
  };
  return [
    { text: c.id, style: p.dim },
    { text: c.type, style: (s) => p.type(c.type, s) },
    { text: c.text },
    { text: formatValue(c) },
    link("time" in c ? c.time : undefined),
    link("source" in c && typeof c.source === "string" ? c.source : undefined),
  ];
}

/** Claims grouped by sentence, in order of their first claim (claims are sorted by span). */
function bySentence(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<number, Claim[]>();
  for (const c of claims) (groups.get(c.sentence.index) ?? groups.set(c.sentence.index, []).get(c.sentence.index)!).push(c);
  return [...groups.values()];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
