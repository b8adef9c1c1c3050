// `claimex check`: every fixture re-extracted and compared with its expected.json; with `update`, expected.json
// rewritten where it differs (or created where it is missing). One broken fixture never stops the others.
import { rename, writeFile } from "node:fs/promises";
import { InputError } from "../cli/errors.js";
import type { ClaimexDocument } from "../schema.js";
import { compareAll, isSame, type DocumentDiff } from "./compare.js";
import { findFixtures, type Fixture } from "./fixtures.js";
import { expectedJson, extractFixture, FixtureError, readExpected, readFixtureOptions } from "./run-fixture.js";

export type FixtureResult =
  | { path: string; status: "pass"; claims: number }
  | { path: string; status: "fail"; diffs: DocumentDiff[] }
  /** expected.json written: `updated` over one that differed (or was unreadable), `created` where there was none */
  | { path: string; status: "updated" | "created"; file: string; diffs: DocumentDiff[]; replaced?: string }
  | { path: string; status: "error"; error: string };

export interface CheckOptions {
  update?: boolean;
  /** fields left out of the comparison */
  ignore?: ReadonlySet<string>;
}

export async function checkFixtures(roots: readonly string[], opts: CheckOptions = {}): Promise<FixtureResult[]> {
  const { fixtures, problems } = await findFixtures(roots);
  const results: FixtureResult[] = problems.map((p) => ({ path: p.path, status: "error", error: `${p.path}: ${p.problem}` }));
  for (const f of fixtures) results.push(await checkOne(f, opts));
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function checkOne(f: Fixture, opts: CheckOptions): Promise<FixtureResult> {
  const ignore = opts.ignore ?? new Set<string>();
  try {
    const actual = await extractFixture(f, await readFixtureOptions(f));
    if (!f.hasExpected) {
      if (opts.update !== true) throw new FixtureError(`${f.expected}: missing (run \`claimex check --update ${f.dir}\` to create it, then review it)`);
      await writeAtomic(f.expected, expectedJson(f, actual));
      return { path: f.dir, status: "created", file: f.expected, diffs: compareAll([], actual, ignore) };
    }
    let expected: ClaimexDocument[];
    try {
      expected = await readExpected(f);
    } catch (err) {
      // --update replaces an expected.json that is not claimex/v1 (it says so); a check reports it
      if (opts.update !== true || !(err instanceof FixtureError)) throw err;
      await writeAtomic(f.expected, expectedJson(f, actual));
      return { path: f.dir, status: "updated", file: f.expected, diffs: compareAll([], actual, ignore), replaced: err.message };
    }
    const diffs = compareAll(expected, actual, ignore);
    if (diffs.every(isSame)) return { path: f.dir, status: "pass", claims: actual.reduce((n, d) => n + d.claims.length, 0) };
    if (opts.update !== true) return { path: f.dir, status: "fail", diffs: diffs.filter((d) => !isSame(d)) };
    // the comparison (with its --ignore) says they differ; the file gets the whole new extraction
    await writeAtomic(f.expected, expectedJson(f, actual));
    return { path: f.dir, status: "updated", file: f.expected, diffs: diffs.filter((d) => !isSame(d)) };
  } catch (err) {
    if (err instanceof FixtureError) return { path: f.dir, status: "error", error: err.message };
    if (err instanceof InputError) return { path: f.dir, status: "error", error: err.message };
    throw err;
  }
}

/** Write beside, then rename: an interrupted update never leaves half an expected.json. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}
