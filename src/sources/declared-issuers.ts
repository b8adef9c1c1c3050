// Where the text says who made a document that a source phrase names only by its noun ("the survey found", "a
// report says"): "Dimension Data, which commissioned the survey", "The survey was conducted by Sunovate on behalf
// of Dimension Data", "a study by the Pew Internet Project", "Ofcom's report". Found once per document noun and
// text, and only when such a source needs it: string search for the noun, then short anchored patterns on a
// bounded slice on each side of each occurrence.

import { ORG_NOUNS, ROLE_WORDS } from "../lexicon/source-nouns.js";
import { MONTHS, WEEKDAYS } from "../lexicon/time-words.js";
import { isPluralRole } from "./words.js";

/** One statement of who made a document: the offset of the noun and the maker's name. */
export interface Declared {
  at: number;
  name: string;
}

/** How far on each side of the noun a declaration is looked for. */
const BEFORE_CHARS = 140;
const AFTER_CHARS = 180;

/** "survey [, which was] conducted by Sunovate [on behalf of Dimension Data]", "study by the Pew …". A name is
 *  capitalised words with inner of/and/for/& ("Food and Agriculture Organisation", "Pew Internet and American Life
 *  Project"); each further word begins with a space and a capital, so matching is linear. */
const MAKER_AFTER =
  /^s?,? (?:(?:which |that )?(?:was |were |is |has been |had been )?(?:jointly )?(?:commissioned|conducted|carried out|published|produced|compiled|released|funded|sponsored|issued|prepared|ran|undertook) )?(?:by|for|from) (?:the )?(\p{Lu}[\p{L}\p{M}\d'’&.\/-]*(?: (?:of |and |for |& |the |of the |and the |for the )?\p{Lu}[\p{L}\p{M}\d'’&.\/-]*)*)(?: (?:on behalf of|for) (?:the )?(\p{Lu}[\p{L}\p{M}\d'’&.\/-]*(?: (?:of |and |for |& |the |of the |and the |for the )?\p{Lu}[\p{L}\p{M}\d'’&.\/-]*)*))?/u;

/** Verbs of making a document, by their last word ("carried out" → "out" after "carried"). */
const MADE_WORDS = new Set(["commissioned", "conducted", "published", "produced", "compiled", "released", "funded", "sponsored", "issued", "prepared", "ran", "undertook"]);
const DOC_DETERMINERS = new Set(["the", "a", "an", "its", "their", "this"]);
const RELATIVE_FILLERS = new Set(["has", "had", "have", "also", "recently", "jointly"]);

/** Words that open a sentence or a clause capitalised: never part of a maker's name. */
const SENTENCE_WORDS = new Set(["The", "A", "An", "It", "This", "That", "These", "Its", "Their", "He", "She", "They", "We", "I"]);

/** Every declaration of who made a `noun` (singular, lower case; its plural in -s also counts) in text, in order. */
export function declaredIssuers(text: string, noun: string): Declared[] {
  const out: Declared[] = [];
  if (noun.length < 3) return out;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(noun); at >= 0; at = lower.indexOf(noun, at + noun.length)) {
    if (at > 0 && isLetter(lower.charCodeAt(at - 1))) continue;
    if (text.charCodeAt(at) !== lower.charCodeAt(at)) continue; // "Jupiter Research" names, "research" is the noun
    const end = at + noun.length;
    const after = lower.charCodeAt(end) === 115 /* s */ ? end + 1 : end;
    if (isLetter(lower.charCodeAt(after))) continue;
    const name = makerAfter(oneLine(text.slice(after, after + AFTER_CHARS))) ?? makerBefore(oneLine(text.slice(Math.max(0, at - BEFORE_CHARS), at)));
    if (name !== null) out.push({ at, name });
  }
  return out;
}

function makerAfter(post: string): string | null {
  const m = MAKER_AFTER.exec(post);
  if (m === null) return null;
  if (m[2] !== undefined) return cleanName(m[2]);
  // "by Sunday Telegraph journalist Robert Peston", "by UK think-tank Demos": the name after the description
  const d = DESCRIBED.exec(post.slice(m.index + m[0].length));
  if (d !== null && isDescriptor(d[2] ?? d[1]!)) return cleanName(d[3]!);
  return cleanName(m[1]!);
}

/** One or two lower-case words and a name after a name: "… journalist Robert Peston", "… holding companies AB …". */
const DESCRIBED = /^ ([\p{Ll}-]+)(?: ([\p{Ll}-]+))? (\p{Lu}[\p{L}\p{M}\d'’&.\/-]*(?: (?:of |and |for |& |the |of the |and the |for the )?\p{Lu}[\p{L}\p{M}\d'’&.\/-]*)*)/u;

function isDescriptor(w: string): boolean {
  return ROLE_WORDS.has(w) || ORG_NOUNS.has(w) || isPluralRole(w);
}


/** "Dimension Data, which commissioned the survey", "Ofcom published its report" or "Ofcom's annual report": the
 *  words before the noun, read backwards. */
function makerBefore(pre: string): string | null {
  const words = pre.split(" ");
  let k = words.length - 1;
  if (words[k] !== "") return null; // the noun follows a space
  k--;
  for (let n = 0; n < 2 && k >= 0 && /^[\p{Ll}-]+$/u.test(words[k]!) && !DOC_DETERMINERS.has(words[k]!); n++) k--;
  const w = words[k] ?? "";
  if (/['’]s?$/.test(w) && /^\p{Lu}/u.test(w)) {
    words[k] = w.replace(/['’]s?$/, "");
    return nameEndingAt(words, k);
  }
  if (!DOC_DETERMINERS.has(w)) return null;
  k--;
  if (words[k] === "out" && words[k - 1] === "carried") k--;
  else if (!MADE_WORDS.has(words[k] ?? "")) return null;
  k--;
  while (k >= 0 && RELATIVE_FILLERS.has(words[k]!)) k--;
  // "Ofcom published its annual report": the maker is the verb's subject
  if (words[k] !== "which" && words[k] !== "who") return nameEndingAt(words, k);
  k--;
  const last = words[k] ?? "";
  if (!last.endsWith(",")) return null;
  words[k] = last.slice(0, -1);
  return nameEndingAt(words, k);
}

/** The capitalised run of words ending at words[k] (with inner of/and/for/&), or null. */
function nameEndingAt(words: string[], k: number): string | null {
  if (k < 0) return null;
  let from = k;
  while (from >= 0 && /^\p{Lu}[\p{L}\p{M}\d'’&.-]*$/u.test(words[from]!)) {
    const before = words[from - 1];
    if (before !== undefined && /^(?:of|and|for|&)$/.test(before) && /^\p{Lu}/u.test(words[from - 2] ?? "")) from -= 2;
    else if (before !== undefined && /^\p{Lu}[\p{L}\p{M}\d'’&.-]*$/u.test(before)) from--;
    else break;
  }
  if (from > k || !/^\p{Lu}/u.test(words[from] ?? "")) return null;
  return cleanName(words.slice(from, k + 1).join(" "));
}

/** The name without a leading sentence word ("The Pew …" keeps "Pew …"), a trailing joiner or full stop; null for
 *  none or for a day alone ("Monday's report", "December's figures"). */
function cleanName(name: string): string | null {
  let words = name.split(" ");
  // "figures for December. Clothing …": a full stop after a word longer than an abbreviation ends the name
  const stop = words.findIndex((w) => w.endsWith(".") && w.length > 4);
  if (stop >= 0) words = words.slice(0, stop + 1);
  words[words.length - 1] = words[words.length - 1]!.replace(/\.$/, "");
  while (words.length > 0 && SENTENCE_WORDS.has(words[0]!)) words = words.slice(1);
  while (words.length > 0 && /^(?:of|and|for|&|the)$/.test(words[words.length - 1]!)) words = words.slice(0, -1);
  if (words.length === 0 || (words.length === 1 && isTimeWord(words[0]!.toLowerCase()))) return null;
  return words.join(" ");
}

function isTimeWord(w: string): boolean {
  return w in MONTHS || w in WEEKDAYS || /^(?:today|yesterday|tomorrow|last|next|this)$/.test(w);
}

/** Wire copy wraps lines: any run of white space in a short slice read as one space. */
function oneLine(slice: string): string {
  return slice.replace(/\s+/g, " ");
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}
