// What a source covers, kept beside its draft (the claimex/v1 source claim has no field for it): the stretches of
// its sentence it reports, the quotations it speaks, and its own phrase. link-sources reads it.
import type { SourceDraft } from "../types.js";

export interface Stretch {
  start: number;
  end: number;
}

export interface Scope {
  /** Offset of the cue; the nearest cue wins when two sources report the same stretch. */
  cueAt: number;
  /** The reported clause(s) in the cue's sentence. */
  regions: Stretch[];
  /** The direct quotations attributed to the source, adjacent or continued. */
  quotes: Stretch[];
  /** The source's own phrase: a figure inside it ("which makes chips for half the world's phones") is not its claim. */
  phrase: Stretch;
}

const scopes = new WeakMap<SourceDraft, Scope>();

export function setScope(d: SourceDraft, s: Scope): void {
  scopes.set(d, s);
}

export function scopeOf(d: SourceDraft): Scope | undefined {
  return scopes.get(d);
}
