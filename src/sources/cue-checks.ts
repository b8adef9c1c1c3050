// The conditions a cue word must meet to be a cue here: its form and what follows it, whether it gives an order,
// and a role phrase whose name stands before a comma.
import type { Token } from "../text/tokens.js";
import { CLOSED_CLASS, CUE_VERBS, type CueSpec } from "../lexicon/attribution.js";
import { ROLE_WORDS } from "../lexicon/source-nouns.js";
import type { PhraseParts } from "./classify.js";
import { leftPhrase } from "./noun-phrase.js";
import { isCap } from "./words.js";

/** The cue's own conditions: noun-like forms, document-only verbs, "posted" needing "on/that". */
export function fitsSpec(toks: readonly Token[], i: number, cueTo: number, spec: CueSpec, phrase: PhraseParts, prev: Token): boolean {
  const next = toks[cueTo + 1];
  const end = toks[phrase.to]!;
  if (spec.needsComplement && !(next !== undefined && /^(?:on|that|:)$/.test(next.lower))) return false;
  if (spec.needsClause && !(next !== undefined && (/^(?:that|he|she|it|they|there|we|i|:|,)$/.test(next.lower) || clauseFollows(toks, cueTo)))) return false;
  if (spec.lemma === "tell" && isInstruction(toks, cueTo)) return false;
  const form = toks[i]!.lower;
  const baseForm = (form === spec.lemma || form === "tell") && spec.pastAsBase !== true;
  if (baseForm || spec.noun) {
    // "Analysts say", "they claim", "would say" — a base form needs a plural subject or an auxiliary
    const plural = /^(?:they|people|police|staff|data|many|some|most)$/.test(end.lower) || /[^s'’]s$/.test(end.lower);
    const aux = /^(?:will|would|may|might|could|should|do|did|does|also|now|still)$/.test(prev.lower);
    if (baseForm && !plural && !aux) return false;
    if (next !== undefined && /^(?:of|for|on|by|from|in|to|and|or|was|were|is|are|has|have|had|will|would|show|shows|suggest|suggests|say|says|said|back)$/.test(next.lower)) return false;
    if (spec.noun && (next === undefined || next.kind === "punct")) return false; // "The Demos report, entitled …"
  }
  return true;
}

/** "denied his forecasts were too optimistic": a determiner-led subject and its finite verb within a few words
 *  ("denied his involvement" has none). */
function clauseFollows(toks: readonly Token[], cueTo: number): boolean {
  if (!/^(?:his|her|its|their|the|our)$/.test(toks[cueTo + 1]?.lower ?? "")) return false;
  for (let k = cueTo + 2; k < toks.length && k <= cueTo + 6; k++) {
    const t = toks[k]!;
    if (t.kind === "punct") return false;
    if (FINITE.has(t.lower)) return k > cueTo + 2;
  }
  return false;
}

const FINITE = new Set(["was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "might"]);

/** "told the company to disguise …": an order, not a statement. */
function isInstruction(toks: readonly Token[], cueTo: number): boolean {
  for (let k = cueTo + 1; k < toks.length && k <= cueTo + 6; k++) {
    const t = toks[k]!;
    if (t.kind === "punct" || t.lower === "that") return false;
    if (t.lower === "to") return toks[k + 1]?.kind === "word" && /^\p{Ll}/u.test(toks[k + 1]!.text);
  }
  return false;
}

export const SUBORDINATORS = new Set(["when", "because", "after", "before", "if", "since", "as", "which", "that", "once",
  "until", "while", "whether", "where", "although", "though", "unless", "than"]);

/** A lower-case word that can be a verb between a subject and "and said" (not a name or lexicon noun). */
export function isVerbLike(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Ll}/u.test(t.text) && (CUE_VERBS.has(t.lower) || /(?:ed|es)$/.test(t.lower));
}

/** "Christoph Caselitz, president of the firm says": a role phrase after a comma, with the name before it. */
export function withAppositiveBefore(toks: readonly Token[], role: PhraseParts): PhraseParts {
  if (toks[role.from - 1]?.text !== "," || !startsWithRole(toks, role.from)) return role;
  const end = role.from - 2;
  const from = leftPhrase(toks, end, 0);
  if (from < 0 || !isCap(toks[end]) || (from > 0 && toks[from - 1]!.kind === "word" && !CLOSED_CLASS.has(toks[from - 1]!.lower))) return role;
  // "In a speech in Edinburgh, the prime minister said": a name after a preposition is a place or an object
  if (from > 0 && PREPOSITIONS.has(toks[from - 1]!.lower)) return role;
  return { from, to: end, appositive: { from: role.from, to: role.to } };
}

/** "president of …", "a fund manager at …", "the firm's chief economist": a role within its first words. */
function startsWithRole(toks: readonly Token[], k: number): boolean {
  let j = k;
  if (/^(?:a|an|the)$/.test(toks[j]?.lower ?? "")) j++;
  for (const end = j + 3; j < end && j < toks.length; j++) {
    const t = toks[j]!;
    if (ROLE_WORDS.has(t.lower)) return true;
    if (t.kind !== "word" || NP_JOINERS_BREAK.has(t.lower)) return false;
  }
  return false;
}

const PREPOSITIONS = new Set(["in", "at", "on", "from", "to", "with", "by", "for", "during", "after", "before", "of",
  "near", "outside", "inside", "across", "into", "via", "since", "under", "over", "through", "around", "throughout"]);

const NP_JOINERS_BREAK = new Set(["of", "at", "for", "with", "from", "in", "and"]);
