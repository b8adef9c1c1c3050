// Names the text writes elsewhere: the full name for a surname, the name beside a descriptor ("magazine Mobile
// PC"), a given name's gender. Searches are bounded by a window before the reference, or go through the name index.
import { offsetsIn } from "../text/find.js";
import { GENERIC_ORG_HEADS, ORG_SUFFIXES, ROLE_WORDS } from "../lexicon/source-nouns.js";
import { FEMALE_NAMES, MALE_NAMES } from "../lexicon/given-names.js";
import { AMBIGUOUS_NAMES } from "../lexicon/name-gender.js";
import type { Gender } from "./classify.js";
import type { NameIndex } from "./name-index.js";

/** The last capitalised run ending in `word` before `at` ("Aburizal Bakrie", "Electoral Commission"). */
export function mentionEndingIn(names: NameIndex, word: string, at: number): string | null {
  let best: string | null = null;
  for (const run of names.endingIn(word, at - WINDOW, at)) {
    const words = [...run];
    // "Trade and Industry Secretary Patricia Hewitt" → "Patricia Hewitt"; "Author Arthur Hailey" → "Arthur Hailey"
    const given = words.findIndex((w) => isGiven(w));
    if (given > 0) words.splice(0, given);
    while (words.length > 1 && (LEADING_NOISE.test(words[0]!) || ROLE_WORDS.has(words[0]!.toLowerCase()))) words.shift();
    if (words.length > 1) best = words.join(" ");
  }
  return best;
}

/** "Texas Instruments" earlier, "Texas said" now: a company's first word used as its short name — the latest run of
 *  two or three capitalised words that starts with `word` and ends in a company word. */
export function companyStartingWith(names: NameIndex, word: string, at: number): string | null {
  let best: string | null = null;
  for (const words of names.startingWith(word, at - WINDOW, at)) {
    for (let n = Math.min(3, words.length); n >= 2; n--) {
      if (ORG_SUFFIXES.has(words[n - 1]!.toLowerCase().replace(/[.,]$/, ""))) {
        best = words.slice(0, n).join(" ").replace(/[.,]$/, "");
        break;
      }
    }
  }
  return best;
}

/** "Economic Planning Secretary Solita Monsod" earlier, "Monsod said" now: the name after a title in a capitalised
 *  run ending in `word` — a person even when the given name is not one the lexicon knows. */
export function namedAfterRole(names: NameIndex, word: string, at: number): string | null {
  let best: string | null = null;
  for (const words of names.endingIn(word, at - WINDOW, at)) {
    let role = -1;
    for (let i = words.length - 2; i >= 0; i--) {
      if (ROLE_WORDS.has(words[i]!.toLowerCase())) {
        role = i;
        break;
      }
    }
    const name = words.slice(role + 1);
    if (role >= 0 && name.length >= 2 && name.length <= 3) best = name.join(" ");
  }
  return best;
}

/** "the Bank of England", "the Ministry of Defence" written before `at`: the full name a capitalised "The Bank" or
 *  "the Ministry" stands for (the latest one). Found by indexOf. */
export function namedWithOf(text: string, word: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  let best: string | null = null;
  for (const i of offsetsIn(text, `${word} of `, from, at)) {
    if (isLetter(text, i - 1)) continue;
    const run = capitalRun(wordsAround(text, i + word.length + 3, at, 1));
    // ("the Reserve Bank of Australia": capitalised words before it belong to the name)
    const before = capitalRun(wordsAround(text, i, from, -1), true).reverse().filter((w) => !/^(?:The|A|An)$/.test(w));
    if (run.length > 0) best = [...before, word, "of", ...run].join(" ");
  }
  return best;
}

/** "US magazine Mobile PC", "Le Figaro newspaper": the name written beside the descriptor earlier on. Found by
 *  indexOf and a walk over the words around each occurrence (a regex here backtracks quadratically). */
export function namedBeside(text: string, head: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  let after: string | null = null;
  let before: string | null = null;
  for (const i of offsetsIn(text, head, from, at)) {
    if (isLetter(text, i - 1) || isLetter(text, i + head.length)) continue;
    const next = capitalRun(wordsAround(text, i + head.length, at, 1));
    if (next.length > 0) after = next.join(" ");
    // a name before the noun: not a country code or nationality ("US magazine", "German company")
    const prev = capitalRun(wordsAround(text, i, from, -1), true).reverse().join(" ").replace(/^(?:The|A|An) /, "");
    const named = appositiveName(text, i, from);
    if (named !== null) before = named;
    // "The South Yorkshire company": a place before a generic business noun describes, it does not name
    else if (GENERIC_ORG_HEADS.has(head) && THE_BEFORE_RUN.test(text.slice(Math.max(from, i - 60), i))) continue;
    else if (prev !== "" && !/^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ic))$/u.test(prev) && !/-based$/.test(prev) && !/^(?:The|A|An|This|That|Its|Their)$/.test(prev)) before = prev;
  }
  return after ?? before;
}

/** "Titan, a California-based company": the name set off before "a/an/the [modifiers] <head>" at `i`. */
function appositiveName(text: string, i: number, from: number): string | null {
  const back = wordsAround(text, i, from, -1); // nearest first
  const det = back.findIndex((w) => /^(?:a|an|the)$/i.test(w));
  if (det < 0 || det > 2) return null;
  const rest = wordsAround(text, i, from, -1);
  const nameWord = rest[det + 1];
  if (nameWord === undefined || !nameWord.endsWith(",")) return null;
  // the name: capitalised words ending in that comma ("Titan,", "Cairn Energy,")
  const pos = text.lastIndexOf(nameWord, i);
  const last = nameWord.slice(0, -1);
  if (!/^\p{Lu}[\p{L}'’&-]*$/u.test(last)) return null;
  const run = [...capitalRun(wordsAround(text, pos, from, -1), true).reverse(), last];
  while (run.length > 1 && /^(?:The|A|An|In|On|At|But|And|However)$/.test(run[0]!)) run.shift();
  return /^(?:The|A|An|In|On|At|But|And|However|It|This)$/.test(run[0]!) ? null : run.join(" ");
}

/** Up to three whitespace-separated words from `pos` forward (dir 1) or backward (dir -1), not past `limit`. */
function wordsAround(text: string, pos: number, limit: number, dir: 1 | -1): string[] {
  const out: string[] = [];
  let i = pos;
  for (let n = 0; n < 3; n++) {
    let j = i;
    if (dir === 1) {
      if (!/\s/.test(text[j] ?? "")) break;
      while (j < limit && /\s/.test(text[j]!)) j++;
      const start = j;
      while (j < limit && !/\s/.test(text[j]!)) j++;
      if (j === start) break;
      out.push(text.slice(start, j));
    } else {
      if (!/\s/.test(text[j - 1] ?? "")) break;
      while (j > limit && /\s/.test(text[j - 1]!)) j--;
      const end = j;
      while (j > limit && !/\s/.test(text[j - 1]!)) j--;
      if (j === end) break;
      out.push(text.slice(j, end));
    }
    i = j;
  }
  return out;
}

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
const TRAILING = new Set([".", ",", ";", ":", "!", "?", ")", '"', "”", "’"]);

/** The leading words that are capitalised names ("Mobile", "PC"), stopping at the first that is not. Going forward
 *  a word's trailing full stop or comma ends the run after it; going backward (`backward`) it ends it before. */
function capitalRun(words: string[], backward = false): string[] {
  const out: string[] = [];
  for (const w of words) {
    let end = w.length;
    while (end > 0 && TRAILING.has(w[end - 1]!)) end--;
    const bare = w.slice(0, end); // "Mobile PC." ends at its full stop
    if (!/^\p{Lu}[\p{L}'’&-]*$/u.test(bare) || CALENDAR.test(bare) || (backward && bare !== w)) break;
    out.push(bare);
    if (bare !== w) break;
  }
  return out;
}

function isLetter(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /\p{L}/u.test(text[i]!);
}

const LEADING_NOISE = /^(?:The|A|An|Mr|Mrs|Ms|Dr|But|And|In|On|At|As|If|When|While|For|By|With|From|Of)$/;

/** Wire copy sometimes writes names in lower case ("finance minister manuel azpurua"): a given name, then the word. */
export function lowerCaseFullName(text: string, word: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  const window = text.slice(from, at).toLowerCase();
  const w = word.toLowerCase();
  let best: string | null = null;
  for (let i = window.indexOf(w); i !== -1; i = window.indexOf(w, i + 1)) {
    if (isLetter(window, i - 1) || isLetter(window, i + w.length)) continue;
    const prev = wordsAround(window, i, 0, -1)[0];
    if (prev !== undefined && isGiven(prev)) best = text.slice(from + window.lastIndexOf(prev, i), from + i + w.length).replace(/\s+/g, " ");
  }
  return best;
}

/** "World and Commonwealth 100m champion Kim Collins" earlier, "The world champion says" now: the latest name of two
 *  or three capitalised words written right after the role's head word (or the head capitalised, "Chancellor Gordon
 *  Brown"), before `at`. A title word before the head that the role does not have names another post ("Deputy Prime
 *  Minister John Prescott" is not "the prime minister", "Home Secretary …" not "the foreign secretary"); a place or
 *  nationality does not ("London Mayor Ken Livingstone", "Indian Finance Minister …"). */
export function namedAfterRoleWord(text: string, role: readonly string[], at: number): string | null {
  const head = role[role.length - 1]!;
  const from = Math.max(0, at - WINDOW);
  let best = -1;
  let name: string | null = null;
  for (const h of [head, head.charAt(0).toUpperCase() + head.slice(1)]) {
    for (const i of offsetsIn(text, h, from, at)) {
      if (i < best || isLetter(text, i - 1) || isLetter(text, i + h.length)) continue;
      const run = capitalRun(wordsAround(text, i + h.length, at, 1));
      if (run.length < 2 || LEADING_NOISE.test(run[0]!) || ORG_SUFFIXES.has(run[run.length - 1]!.toLowerCase())) continue;
      if (otherTitle(wordsAround(text, i, from, -1), role)) continue;
      best = i;
      name = run.join(" ").replace(/['’]s$/, "");
    }
  }
  return name;
}

function otherTitle(before: readonly string[], role: readonly string[]): boolean {
  for (const w of before) {
    const lower = w.toLowerCase();
    if (role.includes(lower)) continue;
    return TITLE_MODIFIERS.has(lower);
  }
  return false;
}

/** Words that make a title another post ("Deputy Prime Minister", "Home Secretary", "Shadow Chancellor"). */
const TITLE_MODIFIERS = new Set(["deputy", "vice", "assistant", "acting", "former", "shadow", "junior", "home", "foreign",
  "prime", "chief", "senior", "interim", "associate", "executive", "under", "first", "second", "co", "ex", "lord",
  "general", "attorney", "defence", "defense", "health", "education", "finance", "trade", "culture", "transport",
  "environment", "justice", "interior", "treasury", "economy", "energy", "agriculture", "labour", "state", "cabinet"]);

const WINDOW = 8000;
const THE_BEFORE_RUN = /(?:^|\s)(?:the|The) (?:\p{Lu}[\p{L}'’&-]* ){1,3}$/u;

/** "Blair says UK aid to soar" over a story that names "Tony Blair": the first full name (a given name, then the
 *  surname) the text writes after `at`, for a surname with no antecedent — a headline's. */
export function fullNameAfter(names: NameIndex, surname: string, at: number): string | null {
  for (const run of names.endingIn(surname, at + 1, at + WINDOW)) {
    const words = [...run];
    const given = words.findIndex((w) => isGiven(w));
    if (given >= 0 && given < words.length - 1) return words.slice(given).join(" ");
  }
  return null;
}

export function startsWithGivenName(name: string): boolean {
  return isGiven(name.split(" ")[0]!);
}

/** The full name ("Jason Gardener") written earlier for a surname ("Gardener"), when it opens with a given name. */
export function fullName(names: NameIndex, surname: string, at: number): string | null {
  const full = mentionEndingIn(names, surname, at);
  return full !== null && startsWithGivenName(full) ? full : null;
}

export function genderOfName(name: string): Gender | null {
  const w = name.split(/[ -]/)[0]!.toLowerCase();
  if (AMBIGUOUS_NAMES.has(w)) return null;
  return MALE_NAMES.has(w) ? "male" : FEMALE_NAMES.has(w) ? "female" : null;
}

function isGiven(word: string): boolean {
  const w = word.toLowerCase();
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
