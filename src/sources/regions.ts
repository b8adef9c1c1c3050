// The stretch of its sentence a cue reports. "X said (that) …" reports what follows the cue; "…, X said." what
// precedes the source; "…, said X" and "according to X" the whole sentence but the source's own phrase.
import type { Sentence } from "../types.js";
import type { Token } from "../text/tokens.js";
import type { CueHit } from "./cues.js";
import type { Stretch } from "./scope.js";
import { isQuoteMark } from "./words.js";

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
  const after = { start: cueEnd, end: s.end };
  const prev = toks[hit.phrase.from - 1];
  // "Profits, he said, rose 5%" / "“…,” he said, adding …": a source set off mid-sentence reports both sides
  return prev !== undefined && (prev.text === "," || isQuoteMark(prev)) && isAside(toks, hit) ? [before, after] : [after];
}

function isAside(toks: readonly Token[], hit: CueHit): boolean {
  const next = toks[hit.cueTo + 1];
  return next !== undefined && (next.text === "," || next.text === "." || isQuoteMark(next));
}
