// What a time rule finds: a date or a period over a token range, with its values already resolved against the
// reference date (null where the text leaves them open and no reference date is known).
import type { Point } from "./calendar.js";
import type { Duration } from "./duration.js";
import type { Written } from "./read-calendar.js";
import { word, type Tokens } from "./words.js";

interface HitBase {
  /** Token range [from, to). */
  from: number;
  to: number;
  rule: string;
}

export interface DateHit extends HitBase {
  kind: "date";
  date: Point | null;
  /** The calendar parts as written, when the date is a calendar date (lets "between January and March 2019"
   * lend its year to January). */
  written?: Written;
  /** Relative to something other than the reference date ("a year earlier"): never resolved. */
  anaphoric?: boolean;
}

export interface PeriodHit extends HitBase {
  kind: "period";
  start: Point | null;
  end: Point | null;
  duration: Duration | null;
}

export type TimeHit = DateHit | PeriodHit;

export interface Cursor {
  readonly tokens: Tokens;
  readonly ref: Point | null;
}

/** A rule reads at token k; `cued` says a word before it (since, between, from…) already made it time. */
export type Reader = (c: Cursor, k: number, cued: boolean) => TimeHit | null;

export interface TimeRule {
  readonly id: string;
  /** The kind of token the rule can start at, when only one can: lets the scan skip it elsewhere. */
  readonly starts?: "num" | "word";
  /** The words (lower case, possessive dropped) the rule can start at, when it names them: one Set lookup at
   * the scan instead of a call. */
  readonly first?: ReadonlySet<string>;
  readonly read: Reader;
}

export function dateHit(from: number, to: number, date: Point | null, extra: Partial<DateHit> = {}): DateHit {
  return { kind: "date", from, to, date, rule: "", ...extra };
}

export function periodHit(from: number, to: number, start: Point | null, end: Point | null, duration: Duration | null = null): PeriodHit {
  return { kind: "period", from, to, start, end, duration, rule: "" };
}

export function startOf(h: TimeHit): Point | null {
  return h.kind === "date" ? h.date : h.start;
}

export function endOf(h: TimeHit): Point | null {
  return h.kind === "date" ? h.date : h.end;
}

/** Run rules at k and keep the longest hit (the first listed wins a tie); each hit carries its rule's id. */
export function longest(rules: readonly TimeRule[], c: Cursor, k: number, cued: boolean): TimeHit | null {
  let best: TimeHit | null = null;
  let by: TimeRule | null = null;
  for (const r of candidates(rules, c.tokens, k)) {
    const h = r.read(c, k, cued);
    if (h === null || h.to <= k) continue;
    if (best === null || h.to > best.to) {
      best = h;
      by = r;
    }
  }
  // every rule returns a fresh hit, so the winner can take its id in place
  if (best !== null && by !== null) best.rule = best.rule === "" ? by.id : `${by.id}>${best.rule}`;
  return best;
}

// The rules that can start at a token, in their listed order: those whose `starts` fits the token's kind and whose
// `first` (if any) holds its word. Worked out once per rule list, token kind and word, so that a start costs a
// lookup or two instead of a test of every rule (the scan tries the whole list at every token that can start).
interface ByKind {
  /** The rules of this kind with no `first`: all that can apply at a word no `first` names. */
  readonly open: readonly TimeRule[];
  /** Every word some rule of this kind names, with the rules that apply there. */
  readonly named: ReadonlyMap<string, readonly TimeRule[]>;
}

const dispatch = new WeakMap<readonly TimeRule[], Map<string | undefined, ByKind>>();

function candidates(rules: readonly TimeRule[], tokens: Tokens, k: number): readonly TimeRule[] {
  let table = dispatch.get(rules);
  if (table === undefined) dispatch.set(rules, (table = new Map()));
  const kind = tokens[k]?.kind;
  let byKind = table.get(kind);
  if (byKind === undefined) table.set(kind, (byKind = kindTable(rules, kind)));
  if (byKind.named.size === 0) return byKind.open;
  return byKind.named.get(word(tokens, k)) ?? byKind.open;
}

function kindTable(rules: readonly TimeRule[], kind: string | undefined): ByKind {
  const fit = rules.filter((r) => r.starts === undefined || r.starts === kind);
  const named = new Map<string, readonly TimeRule[]>();
  for (const r of fit) for (const w of r.first ?? []) if (!named.has(w)) named.set(w, fit.filter((x) => x.first === undefined || x.first.has(w)));
  return { open: fit.filter((r) => r.first === undefined), named };
}
