// Runs one command and measures it from outside: wall time, CPU time (user+sys, all threads, via /usr/bin/time),
// and peak RSS of the whole process tree (sampled from /proc every 25 ms and summed over every descendant, so
// worker processes would count too; worker threads are inside the process's RSS anyway).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TIME = "/usr/bin/time";
const PAGE_KB = 4;

/**
 * @param {string[]} argv the command
 * @param {{ stdin?: (w: import("node:stream").Writable) => Promise<unknown>, stdout?: "ignore" | "count" }} io
 */
export async function measure(argv, io = {}) {
  const timeFile = join(tmpdir(), `claimex-bench-time-${process.pid}-${Date.now()}`);
  const useTime = existsSync(TIME);
  const cmd = useTime ? [TIME, "-f", "%U %S %M", "-o", timeFile, ...argv] : argv;
  const started = performance.now();
  const child = spawn(cmd[0], cmd.slice(1), { stdio: [io.stdin ? "pipe" : "ignore", "pipe", "pipe"] });
  let outBytes = 0;
  let stderr = "";
  child.stdout.on("data", (d) => (outBytes += d.length));
  child.stderr.on("data", (d) => (stderr += d));
  const samples = [];
  const timer = setInterval(() => samples.push({ t: (performance.now() - started) / 1000, rssMB: treeRssKB(child.pid) / 1024 }), 25);
  const fed = io.stdin ? io.stdin(child.stdin).catch(() => undefined) : Promise.resolve();
  const code = await new Promise((resolve) => child.on("close", resolve));
  clearInterval(timer);
  await fed;
  const wall = (performance.now() - started) / 1000;
  let cpu = null;
  let maxrssMB = null;
  if (useTime && existsSync(timeFile)) {
    const [u, s, m] = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
    cpu = u + s;
    maxrssMB = m / 1024;
    rmSync(timeFile, { force: true });
  }
  const peakTreeMB = Math.max(0, ...samples.map((s) => s.rssMB));
  return { code, wall, cpu, maxrssMB, peakTreeMB, samples, outBytes, stderr };
}

/** RSS of a process and all its descendants, in KB (0 when it has ended). */
export function treeRssKB(rootPid) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = safeRead(`/proc/${name}/stat`);
    if (stat === null) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  let total = 0;
  const todo = [rootPid];
  while (todo.length > 0) {
    const pid = todo.pop();
    const statm = safeRead(`/proc/${pid}/statm`);
    if (statm !== null) total += Number(statm.split(" ")[1]) * PAGE_KB;
    todo.push(...(children.get(pid) ?? []));
  }
  return total;
}

function safeRead(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
