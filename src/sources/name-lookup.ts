// Names the text writes elsewhere: the full name for a surname, the name beside a descriptor ("magazine Mobile
// PC"), a given name's gender. Searches are bounded by a window before the reference, or go through the name index.
import { ROLE_WORDS } from "../lexicon/source-nouns.js";
import { FEMALE_NAMES, MALE_NAMES } from "../lexicon/given-names.js";
import type { Gender } from "./classify.js";
import type { NameIndex } from "./name-index.js";

/** The last capitalised run ending in `word` before `at` ("Aburizal Bakrie", "Electoral Commission"). */
export function mentionEndingIn(names: NameIndex, word: string, at: number): string | null {
  let best: string | null = null;
  for (const run of names.endingIn(word, at)) {
    const words = [...run];
    // "Trade and Industry Secretary Patricia Hewitt" → "Patricia Hewitt"; "Author Arthur Hailey" → "Arthur Hailey"
    const given = words.findIndex((w) => isGiven(w));
    if (given > 0) words.splice(0, given);
    while (words.length > 1 && (LEADING_NOISE.test(words[0]!) || ROLE_WORDS.has(words[0]!.toLowerCase()))) words.shift();
    if (words.length > 1) best = words.join(" ");
  }
  return best;
}

/** "US magazine Mobile PC", "Le Figaro newspaper": the name written beside the descriptor earlier on. */
export function namedBeside(text: string, head: string, at: number): string | null {
  const h = escape(head);
  const window = text.slice(Math.max(0, at - WINDOW), at);
  let best: string | null = null;
  for (const m of window.matchAll(new RegExp(`\\b${h}\\s+((?:\\p{Lu}[\\p{L}'’&-]*\\s?){1,3})`, "gu"))) best = m[1]!.trim();
  if (best !== null) return best;
  // a name before the noun: not a country code or nationality ("US magazine", "German company")
  for (const m of window.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}'’&-]*\\s){1,3})${h}\\b`, "gu"))) {
    const name = m[1]!.trim().replace(/^(?:The|A|An) /, "");
    if (!/^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ic))$/u.test(name) && !/^(?:The|A|An|This|That|Its|Their)$/.test(name)) best = name;
  }
  return best;
}

const LEADING_NOISE = /^(?:The|A|An|Mr|Mrs|Ms|Dr|But|And|In|On|At|As|If|When|While|For|By|With|From|Of)$/;

/** Wire copy sometimes writes names in lower case ("finance minister manuel azpurua"): a given name, then the word. */
export function lowerCaseFullName(text: string, word: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  const lower = text.indexOf(word.toLowerCase(), from);
  if (lower === -1 || lower >= at) return null; // the cheap test first: most names never appear in lower case
  const re = new RegExp(`\\b(\\p{L}+)\\s+${escape(word)}\\b`, "giu");
  let best: string | null = null;
  for (const m of text.slice(from, at).matchAll(re)) if (isGiven(m[1]!)) best = m[0].replace(/\s+/g, " ");
  return best;
}

const WINDOW = 8000;

export function startsWithGivenName(name: string): boolean {
  return isGiven(name.split(" ")[0]!);
}

/** The full name ("Jason Gardener") written earlier for a surname ("Gardener"), when it opens with a given name. */
export function fullName(names: NameIndex, surname: string, at: number): string | null {
  const full = mentionEndingIn(names, surname, at);
  return full !== null && startsWithGivenName(full) ? full : null;
}

export function genderOfName(name: string): Gender | null {
  const w = name.split(" ")[0]!.toLowerCase();
  return MALE_NAMES.has(w) ? "male" : FEMALE_NAMES.has(w) ? "female" : null;
}

function isGiven(word: string): boolean {
  const w = word.toLowerCase();
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
