// Colour: one decision per output stream, one colour per claim type. chalk 5 detects terminals and FORCE_COLOR
// but not NO_COLOR (https://no-color.org), so that is checked here.
import { Chalk, supportsColor, type ChalkInstance } from "chalk";
import type { ClaimType } from "../schema.js";

export interface StreamLike {
  isTTY?: boolean;
}

/** chalk level (0 = none) for a stream: NO_COLOR (non-empty) wins, then FORCE_COLOR, then terminal support. */
export function colorLevel(stream: StreamLike, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== "false" && forced !== "0") return supportsColor === false ? 1 : supportsColor.level;
  if (stream.isTTY !== true) return 0;
  return supportsColor === false ? 0 : supportsColor.level;
}

export interface Palette {
  readonly color: boolean;
  /** highlight for a claim of this type inside a sentence */
  claim(type: ClaimType, s: string): string;
  /** the type name in a table, in the same colour */
  type(type: ClaimType, s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  good(s: string): string;
  bad(s: string): string;
  warn(s: string): string;
}

// Colours chosen to stay distinct on dark and light backgrounds and for the common colour-blindness (the
// quantity types differ in hue and brightness; time is blue, sources magenta).
const TYPE_STYLE: Record<ClaimType, (c: ChalkInstance) => ChalkInstance> = {
  count: (c) => c.yellow,
  money: (c) => c.green,
  percent: (c) => c.cyan,
  date: (c) => c.blue,
  period: (c) => c.blueBright,
  source: (c) => c.magenta,
};

export function createPalette(level: 0 | 1 | 2 | 3): Palette {
  const c = new Chalk({ level });
  return {
    color: level > 0,
    claim: (t, s) => TYPE_STYLE[t](c).bold.underline(s),
    type: (t, s) => TYPE_STYLE[t](c)(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    good: (s) => c.green(s),
    bad: (s) => c.red(s),
    warn: (s) => c.yellow(s),
  };
}
