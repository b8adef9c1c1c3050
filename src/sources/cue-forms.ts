// Two cue forms with their own shape: a passive with its source after "by", and wire copy's bracketed company name.
import type { Token } from "../text/tokens.js";
import { CUE_VERBS, PASSIVE_CUES, type CueSpec } from "../lexicon/attribution.js";
import { DOCUMENT_NOUNS, INFO_NOUNS } from "../lexicon/source-nouns.js";
import type { CueHit } from "./cues.js";
import { fitsSpec } from "./cue-checks.js";
import { skipFillersRight } from "./fillers.js";
import { rightPhrase } from "./noun-phrase.js";

/** "proposals announced by the Trade and Industry Secretary Patricia Hewitt", "made public on Thursday by Ucas". */
export function passiveBy(toks: readonly Token[], i: number): CueHit | null {
  const t = toks[i]!;
  if (!PASSIVE_CUES.has(t.lower)) return null;
  // only information is announced or prepared by a source: "figures were prepared by", "proposals announced by"
  let n = i - 1;
  while (n >= 0 && /^(?:was|were|is|are|been|being|be|has|have|had|would|will|to|also|first|now|just)$/.test(toks[n]!.lower)) n--;
  if (n < 0 || !(DOCUMENT_NOUNS.has(toks[n]!.lower) || INFO_NOUNS.has(toks[n]!.lower))) return null;
  const cueTo = t.lower === "made" ? (toks[i + 1]?.lower === "public" ? i + 1 : -1) : i;
  if (cueTo < 0) return null;
  const by = skipFillersRight(toks, cueTo + 1);
  if (toks[by]?.lower !== "by") return null;
  const end = rightPhrase(toks, by + 1, toks.length - 1);
  if (end < 0) return null;
  const spec = CUE_VERBS.get(t.lower) ?? { lemma: t.lower };
  return { cueFrom: i, cueTo, spec, form: "according", phrase: { from: by + 1, to: end }, rule: "source/passive-by" };
}

/** Wire copy names companies in angle brackets: "<High Point Financial Corp> said". */
export function tickerName(toks: readonly Token[], close: number, i: number, cueTo: number, spec: CueSpec): CueHit | null {
  let open = close - 1;
  while (open > 0 && close - open < 12 && toks[open]!.text !== "<") open--;
  if (toks[open]?.text !== "<" || open + 1 > close - 1) return null;
  const phrase = { from: open + 1, to: close - 1 };
  if (!fitsSpec(toks, i, cueTo, spec, phrase, toks[i - 1]!)) return null;
  return { cueFrom: i, cueTo, spec, form: "subject", phrase, rule: "source/subject-bracketed" };
}
