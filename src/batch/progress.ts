// What a person watching the run sees on stderr: errors always (one line each); and when stderr is a terminal,
// a progress bar redrawn at most 10 times a second and a one-line summary at the end. When stderr is a file or a
// pipe nothing but errors is written there, so logs stay clean.
import type { SourceStats } from "./sources.js";

export interface ProgressCounts {
  documents: number;
  claims: number;
  errors: number;
  bytes: number;
}

const REDRAW_MS = 100;

export class Progress {
  readonly counts: ProgressCounts = { documents: 0, claims: 0, errors: 0, bytes: 0 };
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private drawn = false;

  /** `live`: draw the bar and the summary (stderr is a terminal and not --quiet). */
  constructor(
    private readonly err: NodeJS.WritableStream & { columns?: number },
    private readonly live: boolean,
    private readonly sources: SourceStats,
  ) {
    if (live) {
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      this.timer.unref();
    }
  }

  done(bytes: number, claims: number, failed: boolean): void {
    this.counts.documents++;
    this.counts.bytes += bytes;
    this.counts.claims += claims;
    if (failed) this.counts.errors++;
  }

  /** One error line, above the bar. */
  error(line: string): void {
    this.clear();
    this.err.write(line + "\n");
  }

  /** Output is about to go to the terminal the bar is on: take the bar away (the next tick redraws it below). */
  clear(): void {
    if (this.drawn) this.err.write("\r\x1b[K");
    this.drawn = false;
  }

  finish(interrupted: boolean): void {
    clearInterval(this.timer);
    this.clear();
    const { documents, claims, errors, bytes } = this.counts;
    const secs = (Date.now() - this.started) / 1000;
    const what = `${plural(documents, "document")}, ${plural(claims, "claim")}, ${plural(errors, "error")}`;
    if (interrupted) this.err.write(`claimex: interrupted — ${what} written\n`);
    else if (this.live) this.err.write(`claimex: ${what} in ${secs.toFixed(1)} s (${mbps(bytes, secs)})\n`);
  }

  private draw(): void {
    const { documents, errors, bytes } = this.counts;
    const secs = (Date.now() - this.started) / 1000;
    const total = this.sources.finished ? this.sources.documents : this.sources.planned;
    const fraction = total ? documents / total : this.sources.bytesTotal ? bytes / this.sources.bytesTotal : null;
    const count = total !== null ? `${num(documents)}/${num(total)} docs` : plural(documents, "doc");
    const tail = `${count}  ${mbps(bytes, secs)}  ${plural(errors, "error")}  ${clock(secs)}`;
    const width = Math.max(10, Math.min(30, (this.err.columns ?? 80) - 62)); // fixed, so the bar does not jitter
    const bar = fraction === null ? "" : `[${"#".repeat(Math.round(Math.min(1, fraction) * width)).padEnd(width, "·")}] ${Math.floor(Math.min(1, fraction) * 100)}%  `;
    this.err.write(`\r\x1b[Kclaimex ${bar}${tail}`);
    this.drawn = true;
  }
}

function num(n: number): string {
  return n.toLocaleString("en-US");
}

function plural(n: number, word: string): string {
  return `${num(n)} ${word}${n === 1 ? "" : "s"}`;
}

function mbps(bytes: number, secs: number): string {
  return `${(bytes / 1e6 / Math.max(secs, 1e-3)).toFixed(2)} MB/s`;
}

function clock(secs: number): string {
  const s = Math.floor(secs);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
