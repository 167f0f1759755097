// Runs Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), Microsoft's offline
// Teams emulator with the real Adaptive Cards renderer, against a bot's /api/messages endpoint.
// Used by `npm run playground` and the end-to-end test. https://aka.ms/m365-agents-playground
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

export interface Playground {
  /** The page to open in a browser. */
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the playground on `port` (0: a free one) talking to `botEndpoint`; resolves once it listens. */
export async function startPlayground(options: { botEndpoint: string; port: number }): Promise<Playground> {
  const cli = createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/cli.js");
  const child = spawn(
    process.execPath,
    [cli, "-e", options.botEndpoint, "-c", "msteams", "--disable-telemetry", "-p", String(options.port)],
    // Without this variable it tries to open a browser and exits where there is none.
    { env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`playground did not start:\n${output}`)), 30_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`playground exited with code ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
