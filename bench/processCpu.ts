// CPU time of another process (user + system, all its threads), read from Linux's /proc, so the
// load benchmark can report the server's CPU per request next to its latencies: on a machine
// shared with other work, wall-clock figures are noisy but CPU per request is not.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on every common Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU milliseconds `pid` has used so far, or undefined where /proc is not available (macOS, Windows). */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  return parseCpuMs(stat, clockTicks());
}

/** utime + stime of a /proc/<pid>/stat line, in ms (the command name may hold spaces and parentheses). */
export function parseCpuMs(stat: string, ticks: number): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 of the line; `fields` starts at field 3 (the state).
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1000) / ticks;
}
