// Makes a failing input small enough to read: drops chunks (halves, quarters, … single characters) while the input
// still fails, within a budget of attempts. Then drops the options that are not needed to fail.
import type { ExtractOptions } from "../types.js";

export interface Shrunk {
  input: string;
  options: ExtractOptions;
}

/** `fails` must be deterministic; `beat` is called before every attempt (the campaign's watchdog listens). */
export function shrink(input: string, options: ExtractOptions, fails: (input: string, options: ExtractOptions) => boolean, budget = 400, beat: () => void = () => {}): Shrunk {
  let cur = input;
  let left = budget;
  const tries = (s: string, o: ExtractOptions): boolean => {
    left--;
    beat();
    return fails(s, o);
  };
  for (let chunk = Math.floor(cur.length / 2); chunk >= 1 && left > 0; ) {
    let progressed = false;
    for (let at = 0; at < cur.length && left > 0; ) {
      const candidate = cur.slice(0, at) + cur.slice(at + chunk);
      if (tries(candidate, options)) {
        cur = candidate;
        progressed = true;
      } else at += chunk;
    }
    if (!progressed) chunk = Math.floor(chunk / 2);
  }
  let opts: ExtractOptions = { ...options };
  for (const key of Object.keys(opts) as Array<keyof ExtractOptions>) {
    const { [key]: _dropped, ...without } = opts;
    if (left > 0 && tries(cur, without)) opts = without;
  }
  return { input: cur, options: opts };
}
