// Typed CLI errors and the one place that maps them to exit codes: 2 for usage, 1 for failed inputs.

/** The command line itself is wrong (unknown option, bad --date): nothing was processed. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** One input could not be read or processed; the run goes on with the others. */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
  }
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export function exitCodeFor(err: unknown): number {
  return err instanceof UsageError ? EXIT_USAGE : EXIT_INPUT_FAILED;
}

/** One line for stderr, never a stack trace. */
export function errorLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return `claimex: ${msg.split("\n")[0]}`;
}
