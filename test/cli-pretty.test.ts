// `--format pretty` from the built CLI: a snapshot without colour, and real terminal runs through a
// pseudo-terminal (`script`, util-linux): pretty and coloured by default there, plain with NO_COLOR, JSON when piped.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "claimex");
const article = join("fixtures", "articles", "cambodia-deportations", "article.txt");
// count and money only: the snapshot stays put while the date, period and source extractors grow
const args = [article, "--date", "2019-10-24", "--types", "count,money"];

function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(bin, argv, { encoding: "utf8", cwd: root, env: { ...process.env, COLUMNS: "100", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command line in a pseudo-terminal of 100 columns; returns what its stdout wrote to the terminal. */
function inTerminal(command: string, env: Record<string, string | undefined>) {
  // stderr (the batch progress line, redrawn with \r on a terminal) is not the view under test
  const r = spawnSync("script", ["-qec", `stty cols 100 rows 50; ${command} 2>/dev/null`, "/dev/null"], {
    encoding: "utf8",
    cwd: root,
    // CI=true makes chalk assume a CI log without colour; a person at a terminal has no CI variable
    env: { ...process.env, TERM: "xterm-256color", NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined, CI: undefined, ...env },
  });
  return { code: r.status, out: r.stdout.replace(/\r\n/g, "\n") };
}

const hasScript = spawnSync("script", ["--version"]).status === 0;
const ESC = "\u001b[";

describe("claimex extract --format pretty", () => {
  it("renders sentences and tables without colour when NO_COLOR is set (snapshot)", async () => {
    const r = run(["extract", ...args, "--format", "pretty"], { NO_COLOR: "1" });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    await expect(r.stdout).toMatchFileSnapshot("__snapshots__/pretty-cambodia.txt");
  });

  it("--explain adds the rule that made each claim", () => {
    const r = run(["extract", ...args, "--format", "pretty", "--explain"], { NO_COLOR: "1" });
    const rules = JSON.parse(run(["extract", ...args, "--format", "json", "--debug"]).stdout).claims.map((c: { rule: string }) => c.rule);
    expect(r.stdout).toMatch(/id\s+type\s+text\s+value\s+time\s+source\s+rule/);
    for (const rule of rules) expect(r.stdout).toContain(rule);
  });

  it("is JSON by default when stdout is not a terminal", () => {
    const r = run(["extract", ...args]);
    expect(JSON.parse(r.stdout)).toMatchObject({ schema: "claimex/v1" });
  });

  it.skipIf(!hasScript)("is the default on a terminal, coloured by claim type", () => {
    const t = inTerminal(`${bin} ${args.join(" ")}`, {});
    expect(t.code).toBe(0);
    expect(t.out).toContain("§5");
    expect(t.out).toContain(`${ESC}33m${ESC}1m${ESC}4maround 1,000`); // count: yellow
    expect(t.out).toContain(`${ESC}32m${ESC}1m${ESC}4maround $8 billion`); // money: green
    for (const line of t.out.replace(/\u001b\[[0-9;]*m/g, "").split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  it.skipIf(!hasScript)("on a terminal, NO_COLOR and TERM=dumb turn colour off but keep the pretty view", () => {
    for (const env of [{ NO_COLOR: "1" }, { TERM: "dumb" }]) {
      const t = inTerminal(`${bin} ${args.join(" ")}`, env);
      expect(t.out).toContain("[around 1,000]c1");
      expect(t.out).not.toContain(ESC);
    }
  });
});
