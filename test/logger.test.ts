// The server's log is written asynchronously to stderr; these run real processes and check that no
// line is lost when the process ends: process.exit, an uncaught exception, `vacancy-bot serve` on SIGTERM.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const LOGGER = pathToFileURL(resolve("src/logger.ts")).href;

/** Runs `body` (ESM, `createLogger` in scope) in a fresh node; resolves with its stderr and exit code. */
function runWithLogger(body: string): Promise<{ stderr: string; code: number | null }> {
  const script = `import { register } from "tsx/esm/api"; register();
const { createLogger } = await import(${JSON.stringify(LOGGER)});
${body}`;
  return run(process.execPath, ["--input-type=module", "-e", script]);
}

function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void,
): Promise<{ stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
      onStdout?.(stdout, child);
    });
    child.on("error", fail);
    child.on("close", (code) => done({ stderr, code }));
  });
}

const lines = (stderr: string, msg: string) =>
  stderr.split("\n").filter((line) => line.startsWith("{") && JSON.parse(line).msg === msg);

describe("createLogger (stderr, asynchronous)", () => {
  it("writes every line logged before process.exit", async () => {
    const { stderr, code } = await runWithLogger(`
const logger = createLogger({ level: "info" });
for (let i = 0; i < 5000; i++) logger.info({ i }, "line");
process.exit(3);`);
    expect(code).toBe(3);
    const logged = lines(stderr, "line").map((line) => JSON.parse(line).i);
    expect(logged).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it("writes every line logged before an uncaught exception, then the exception", async () => {
    const { stderr, code } = await runWithLogger(`
const logger = createLogger({ level: "info" });
setTimeout(() => {
  for (let i = 0; i < 2000; i++) logger.info({ i }, "line");
  logger.error("about to fail");
  throw new Error("crash after logging");
}, 1);`);
    expect(code).toBe(1);
    expect(lines(stderr, "line")).toHaveLength(2000);
    expect(lines(stderr, "about to fail")).toHaveLength(1);
    expect(stderr).toContain("crash after logging");
  });

  it("writes the lines of a process that simply ends", async () => {
    const { stderr, code } = await runWithLogger(`
const logger = createLogger({ level: "info" });
for (let i = 0; i < 1000; i++) logger.warn({ i }, "line");`);
    expect(code).toBe(0);
    expect(lines(stderr, "line")).toHaveLength(1000);
  });

  it("keeps its redaction: a token never reaches stderr", async () => {
    const { stderr } = await runWithLogger(`
createLogger({ level: "info" }).info({ token: "xoxb-secret-value", user: "U1" }, "with a token");`);
    expect(lines(stderr, "with a token")).toHaveLength(1);
    expect(stderr).not.toContain("xoxb-secret-value");
  });
});

describe("vacancy-bot serve", () => {
  it("logs that it stopped, and that line reaches stderr, when stopped with SIGTERM", async () => {
    let signalled = false;
    const dir = mkdtempSync(join(tmpdir(), "vacancy-serve-log-"));
    copyFileSync("data/vacancies.json", join(dir, "vacancies.json"));
    const { stderr, code } = await run(
      process.execPath,
      ["bin/vacancy-bot.mjs", "serve"],
      {
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_FILE: join(dir, "vacancies.json"),
        LIFECYCLE_DIR: join(dir, "lifecycle"),
        LOG_LEVEL: "info",
        SLACK_SIGNING_SECRET: "",
        SLACK_BOT_TOKEN: "",
        MICROSOFT_APP_ID: "",
        TEAMS_ENABLED: "false",
      },
      (stdout, child) => {
        if (!signalled && stdout.includes("vacancy-bot is running")) {
          signalled = true;
          child.kill("SIGTERM");
        }
      },
    ).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(code).toBe(0);
    expect(lines(stderr, "vacancy-bot listening")).toHaveLength(1);
    const stopped = lines(stderr, "vacancy-bot stopped");
    expect(stopped).toHaveLength(1);
    expect(JSON.parse(stopped[0] ?? "{}").signal).toBe("SIGTERM");
  }, 30_000);
});
