// Word-level comparisons the guide's scoring section asks for: a unit's head word (plural-insensitive) and a
// source name's last word (company suffix dropped).
import { table } from "../lexicon/table.js";

/** Lower-cased words with edge punctuation stripped ("Reuters'," → "reuters"). */
export function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, ""))
    .filter((w) => w !== "");
}

// Irregular plurals that turn up as counted things in news. A table(): looked up with words of the text, and a
// plain object would answer "constructor" with a function.
const IRREGULAR: Readonly<Record<string, string>> = table({
  people: "person", men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth", mice: "mouse",
  geese: "goose", staff: "staff", aircraft: "aircraft", sheep: "sheep", police: "police",
});

/** A crude singular: enough to make "subscriber" and "subscribers", "country" and "countries" equal. */
export function singular(w: string): string {
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 2 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

// A unit's head is its last word before a post-modifier: "litres per capita" → litres, "tonnes of coal" → tonnes.
const POST_MODIFIER = new Set(["of", "per", "in", "on", "at", "for", "from", "to", "with", "who", "that", "which", "a", "an", "the"]);

export function headWord(unit: string): string | null {
  const ws = words(unit);
  const cut = ws.findIndex((w, i) => i > 0 && POST_MODIFIER.has(w));
  const head = (cut > 0 ? ws.slice(0, cut) : ws).at(-1);
  return head ?? null;
}

/** Gold head word among the predicted unit's words, plural-insensitive. */
export function unitMatches(gold: string, predicted: string | null): boolean {
  const head = headWord(gold);
  if (head === null || predicted === null) return false;
  return words(predicted).some((w) => singular(w) === singular(head));
}

// Company suffixes dropped from the end of a name before comparing. The guide lists Ltd, Co, Corp, Inc, Plc and
// "and Co" as examples; the spelt-out forms are the same suffix.
const COMPANY_SUFFIX = new Set(["ltd", "limited", "co", "corp", "corporation", "inc", "incorporated", "plc", "llc"]);

export function nameWords(name: string): string[] {
  const ws = words(name.replace(/&/g, " and "));
  while (ws.length > 1 && COMPANY_SUFFIX.has(ws.at(-1)!)) {
    ws.pop();
    if (ws.length > 1 && ws.at(-1) === "and") ws.pop();
  }
  return ws;
}

/** Gold name's last word among the predicted name's words, both without a trailing company suffix. */
export function nameMatches(gold: string, predicted: string): boolean {
  const last = nameWords(gold).at(-1);
  return last !== undefined && nameWords(predicted).includes(last);
}
