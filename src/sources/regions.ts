// The stretch of its sentence a cue reports. "X said (that) …" reports what follows the cue; "…, X said." what
// precedes the source; "…, said X" and "according to X" the whole sentence but the source's own phrase.
import type { Sentence } from "../types.js";
import type { Token } from "../text/tokens.js";
import type { CueHit } from "./cues.js";
import type { Stretch } from "./scope.js";
import { isQuoteMark } from "./words.js";
import { rightPhrase } from "./noun-phrase.js";

/** Words after the cue that make it introduce a clause rather than close one. */
const MIN_REPORTED_WORDS = 2;

export function reportedRegions(toks: readonly Token[], s: Sentence, hit: CueHit, phrase: Stretch): Stretch[] {
  const cueStart = toks[hit.cueFrom]!.start;
  const cueEnd = toks[hit.cueTo]!.end;
  if (hit.form !== "subject") {
    const [a, b] = hit.form === "according" ? [phrase.start, phrase.end] : [cueStart, phrase.end];
    return [{ start: s.start, end: a }, { start: b, end: s.end }];
  }
  let words = 0;
  for (let k = hit.cueTo + 1; k < toks.length && words < MIN_REPORTED_WORDS; k++) if (toks[k]!.kind === "word") words++;
  const before = { start: s.start, end: phrase.start };
  if (words < MIN_REPORTED_WORDS) return [before];
  // "…, finance minister X told a press conference.": after "told" only its audience — it reports what precedes
  if (hit.spec.lemma === "tell" && audienceOnly(toks, hit.cueTo + 1)) return [before];
  const after = { start: cueEnd, end: s.end };
  const prev = toks[hit.phrase.from - 1];
  // "Profits, he said, rose 5%" / "“…,” he said, adding …": a source set off mid-sentence reports both sides
  return prev !== undefined && (prev.text === "," || isQuoteMark(prev)) && isAside(toks, hit) ? [before, after] : [after];
}

function isAside(toks: readonly Token[], hit: CueHit): boolean {
  const next = toks[hit.cueTo + 1];
  return next !== undefined && (next.text === "," || next.text === "." || isQuoteMark(next));
}

/** toks[from..] is one noun phrase and the sentence's end ("a press conference.", "Reuters on Friday."). */
function audienceOnly(toks: readonly Token[], from: number): boolean {
  let last = toks.length - 1;
  while (last >= from && toks[last]!.kind === "punct") last--;
  if (last < from) return false;
  const end = rightPhrase(toks, from, last);
  if (end === last) return true;
  // "told a press conference": a short rest with no figure and no verb of its own
  if (last - from < 5 && toks.slice(from, last + 1).every((t) => t.kind === "word" && !UNIT_STOPWORDS_VERBS.has(t.lower) && !/ed$/.test(t.lower))) return true;
  if (end < 0) return false;
  // "… told Reuters on Friday", "… told reporters in London", "… told a press conference yesterday"
  if (!/^(?:on|in|at|last|this|yesterday|today|late|earlier)$/.test(toks[end + 1]!.lower) || last - end > 5) return false;
  for (let k = end + 1; k <= last; k++) if (toks[k]!.kind === "punct" || UNIT_STOPWORDS_VERBS.has(toks[k]!.lower)) return false;
  return true;
}

const UNIT_STOPWORDS_VERBS = new Set(["that", "is", "are", "was", "were", "would", "will", "had", "has", "have", "could",
  "can", "may", "might", "should", "must", "rose", "fell", "grew", "it", "he", "she", "they", "there", "we"]);
