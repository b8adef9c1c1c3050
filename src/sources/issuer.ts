// Document sources ("a Cambodian Ministry of Interior press release", "figures from the Ministry of …", "the
// Facebook post"): the document noun, and the body that issued it, named before the noun, after by/from/of/for,
// or — when the text gives none here — found by the resolver elsewhere in the article.
import { PLATFORMS } from "../lexicon/attribution.js";
import { DOCUMENT_NOUNS, ISSUER_VERBS, ORG_NOUNS } from "../lexicon/source-nouns.js";
import type { Classified } from "./classify.js";
import type { Phrase } from "./phrase-text.js";
import { isCap, isPossessive, opensSentence } from "./words.js";
import { skipFillersRight } from "./fillers.js";

const ISSUER_JOINERS = new Set(["by", "from", "of", "for"]);

/** Index of the document noun heading toks[s..to], or -1: it ends the phrase or precedes its issuer. */
export function documentHead(p: Phrase, s: number, to: number): number {
  for (let k = s; k <= to; k++) {
    const t = p.toks[k]!;
    // (capitalised only as the sentence's first word: "Data from the Halifax showed", not "Research in Motion")
    if (!DOCUMENT_NOUNS.has(t.lower) || (/^\p{Lu}/u.test(t.text) && !opensSentence(p.toks, k)) || t.kind !== "word") continue;
    const j = afterIssuerVerbs(p, k + 1, to);
    if (k === to || (j <= to && ISSUER_JOINERS.has(p.toks[j]!.lower))) return k;
  }
  return -1;
}

export function classifyDocument(p: Phrase, from: number, s: number, head: number, to: number): Classified {
  const docNoun = p.toks[head]!.lower.replace(/(?<=[^s])s$/, "");
  const base = { role: null, kind: "document" as const, gender: null, plural: false, docNoun };
  const after = issuerAfter(p, head, to);
  if (after !== null) return { ...base, ...after };
  const before = issuerBefore(p, s, head);
  if (before !== null) return { ...base, name: before };
  const det = p.toks[from]!.lower;
  const definite = /^(?:the|this|that|these|those|its|their|his|her)$/.test(det);
  // "his report": the person's; "the report": the body's
  // ("the survey", "a report": whoever the text says made it may be named elsewhere; "its report" is its own)
  const article = /^(?:the|this|that|these|those)$/.test(det) ? "the" as const : /^(?:a|an)$/.test(det) ? "a" as const : undefined;
  return { ...base, name: p.text(s, head), refer: { type: "issuer", definite, head: docNoun, personal: det === "his" || det === "her", ...(article === undefined ? {} : { article }) } };
}

/** The index after the participles and time words between a document and its issuer's joiner ("published on
 *  Monday by", "drawn up by"). */
function afterIssuerVerbs(p: Phrase, j: number, to: number): number {
  for (let n = 0; n < 6 && j <= to; n++) {
    if (ISSUER_VERBS.has(p.toks[j]!.lower)) j++;
    else if (j > 0 && ISSUER_VERBS.has(p.toks[j - 1]!.lower)) {
      const next = skipFillersRight(p.toks, j);
      if (next === j) break;
      j = next;
    } else break;
  }
  return j;
}

/** "… by the Electoral Commission", "… drawn up by France's Le Figaro newspaper". */
function issuerAfter(p: Phrase, head: number, to: number): Pick<Classified, "name" | "refer"> | null {
  let j = afterIssuerVerbs(p, head + 1, to);
  if (j > to || !ISSUER_JOINERS.has(p.toks[j]!.lower)) return null;
  // "a poll of 1,000 adults for the BBC": "of" a sample, then who it was for
  if (p.toks[j]!.lower === "of" && !isCap(p.toks[j + 1]) && !/^(?:the|a|an)$/.test(p.toks[j + 1]?.lower ?? "")) {
    let k = j + 1;
    while (k <= to && !/^(?:for|by|from)$/.test(p.toks[k]!.lower)) k++;
    if (k > to) return null;
    j = k;
  }
  let a = j + 1;
  let e = to;
  while (a < e && (/^(?:the|a|an)$/.test(p.toks[a]!.lower) || (isPossessive(p.toks[a]) && isCap(p.toks[a + 1])))) a++;
  if (p.toks[e]!.text === ")") {
    while (e > a && p.toks[e]!.text !== "(") e--;
    e--;
  }
  while (e > a && !isCap(p.toks[e]) && ORG_NOUNS.has(p.toks[e]!.lower) && hasCap(p, a, e - 1)) e--;
  if (e < a) return null;
  if (!hasCap(p, a, e)) {
    const last = p.toks[e]!.lower;
    return ORG_NOUNS.has(last) ? { name: p.text(a, e), refer: { type: "descriptor", head: last } } : null;
  }
  // "UK think-tank Demos" → "Demos": the issuer's own name, without its description
  const named = nameOf(p, a, e);
  return { name: named ?? p.text(a, e) };
}

/** The last capitalised run after a lower-case descriptor ("think-tank Demos", "consultancy Analysys"), if any. */
function nameOf(p: Phrase, a: number, e: number): string | null {
  if (!isCap(p.toks[e])) return null;
  let n = e;
  while (n > a && (isCap(p.toks[n - 1]) || p.toks[n - 1]!.text === "&")) n--;
  if (n === a) return null;
  const before = p.toks[n - 1]!;
  return before.kind === "word" && ORG_NOUNS.has(before.lower) ? p.text(n, e) : null;
}

/** "a Cambodian Ministry of Interior press release", "X's figures", "The Envisional reports". */
function issuerBefore(p: Phrase, s: number, head: number): string | null {
  let e = head - 1;
  while (e >= s && !isCap(p.toks[e]) && !isPossessive(p.toks[e])) e--;
  if (e < s) return null;
  const last = p.toks[e]!;
  if (PLATFORMS.has(last.lower) || PLATFORMS.has(last.lower.replace(/['’]s$/, ""))) return null;
  let a = s;
  while (a < e && !isCap(p.toks[a]) && !isPossessive(p.toks[a])) a++;
  const name = p.text(a, e).replace(/['’]s$/, "");
  return /\p{Lu}/u.test(name) ? name : null;
}

function hasCap(p: Phrase, a: number, e: number): boolean {
  for (let k = a; k <= e; k++) if (isCap(p.toks[k])) return true;
  return false;
}
