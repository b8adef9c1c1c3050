// Who speaks each direct quotation: the cue right after it (“…,” X said / “…,” said X), the cue right before it
// (X said: “…”), and for a quotation with neither, the source that spoke in the sentence just before (news copy
// runs a speaker's quotes on: “…,” he said. “More …”). A quotation's continuations share its speaker.
import type { Sentence } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import type { Quote } from "./quotes.js";

export interface Speaker {
  /** The source phrase and the cue. */
  phrase: { start: number; end: number };
  cue: { start: number; end: number };
  form: "subject" | "inverted" | "according";
  sentence: number;
  /** Filled here: quotations next to the cue, and all quotations spoken. */
  adjacent: Quote[];
  spoken: Quote[];
}

const BEFORE_GAP = /^[\s,]*$/;
const AFTER_GAP = /^(?:[^"“”.!?\n]{0,80}?(?:[:,]|\bthat))?\s*$/;

export function assignQuotes(text: string, sentences: readonly Sentence[], quotes: readonly Quote[], speakers: Speaker[]): void {
  const owner = new Map<Quote, Speaker>();
  const claim = (q: Quote, s: Speaker, adjacent: boolean) => {
    for (const part of chain(q)) {
      if (owner.has(part)) continue;
      owner.set(part, s);
      s.spoken.push(part);
      if (adjacent) s.adjacent.push(part);
    }
  };
  for (const s of speakers) {
    if (s.form === "according") continue;
    const anchor = s.form === "subject" ? s.phrase.start : s.cue.start;
    const before = lastQuoteEndingBy(quotes, anchor);
    // “… budget.” The BBC's correspondent told …: a quotation closed by a full stop ends its sentence; the next
    // sentence's subject does not speak it (“…,” X said / “…?” X asked do)
    const closedSentence = s.form === "subject" && before !== undefined && text[before.end - 1] === ".";
    if (before !== undefined && before.direct && !closedSentence && BEFORE_GAP.test(text.slice(before.after, anchor))) claim(before, s, true);
    const from = Math.max(s.cue.end, s.phrase.end);
    const after = firstQuoteFrom(quotes, from);
    if (after !== undefined && after.direct && !owner.has(after) && AFTER_GAP.test(text.slice(from, after.open))) claim(after, s, true);
  }
  // quotations run on from the previous sentence's speaker
  let si = 0;
  let prevSpoken: { q: Quote; s: Speaker } | undefined;
  for (const q of quotes) {
    const own = owner.get(q);
    if (own !== undefined) {
      prevSpoken = { q, s: own };
      continue;
    }
    if (!q.direct || q.prev !== undefined) continue;
    while (si < speakers.length && speakers[si]!.cue.start < q.open) si++;
    const last = speakers[si - 1];
    if (last === undefined) continue;
    const at = sentenceAt(sentences, q.open)?.index ?? -1;
    const afterCue = at - last.sentence <= 1 && at >= last.sentence;
    const afterQuote = prevSpoken?.s === last && at - (sentenceAt(sentences, prevSpoken.q.end - 1)?.index ?? -9) <= 1;
    if ((afterCue || afterQuote) && startsSentence(text, sentences, q)) {
      claim(q, last, false);
      prevSpoken = { q, s: last };
    }
  }
  for (const s of speakers) s.spoken.sort((a, b) => a.open - b.open);
}

/** The text a source's `quote` field carries: its adjacent quotations, marks dropped, a trailing comma too. */
export function quoteText(text: string, s: Speaker): string | null {
  if (s.adjacent.length === 0) return null;
  const parts = [...s.adjacent].sort((a, b) => a.open - b.open).map((q) => text.slice(q.start, q.end));
  // (?<!\s): match from the first space of a run only, else a long run of spaces is rescanned (quadratic)
  return parts.join(" ").replace(/(?<!\s)\s*,$/, "").replace(/\s+/g, " ");
}

function chain(q: Quote): Quote[] {
  let first = q;
  while (first.prev !== undefined) first = first.prev;
  const out: Quote[] = [];
  for (let p: Quote | undefined = first; p !== undefined; p = p.next) out.push(p);
  return out;
}

function lastQuoteEndingBy(quotes: readonly Quote[], pos: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  let best: Quote | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.after <= pos) {
      best = quotes[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best !== undefined && pos - best.after <= 4 ? best : undefined;
}

function firstQuoteFrom(quotes: readonly Quote[], pos: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open < pos) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q !== undefined && q.open - pos <= 90 ? q : undefined;
}

function startsSentence(text: string, sentences: readonly Sentence[], q: Quote): boolean {
  const s = sentenceAt(sentences, q.open);
  return s === undefined || s.start === q.open || /^[\s"“”]*$/.test(text.slice(s.start, q.open));
}
