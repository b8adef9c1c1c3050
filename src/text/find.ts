// Searching a stretch of text. `text.indexOf(word, from)` in a loop that stops at some `to` is quadratic over a
// long document: the last call, which finds nothing before `to`, runs on to the next occurrence anywhere after it,
// or to the end of the text. These search only inside the stretch.

/** Every offset i in [from, to) where `needle` starts, in order (the needle may run past `to`). */
export function offsetsIn(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  const lo = Math.max(0, from);
  if (needle === "" || to <= lo) return out;
  // a slice is a view in V8, not a copy: the search cannot see past it
  const window = text.slice(lo, to + needle.length - 1);
  for (let i = window.indexOf(needle); i !== -1; i = window.indexOf(needle, i + 1)) out.push(lo + i);
  return out;
}
