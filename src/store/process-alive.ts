// Whether a process id belongs to a running process: how a lock or temp file left by a killed
// writer is told apart from one in use.

/** True when `pid` is running on this machine (signal 0 probes without signalling). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
