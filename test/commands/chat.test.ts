// `vacancy-bot chat`: the terminal conversation, driven through streams and as a real process.
import { execFile } from "node:child_process";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { VacancyBot } from "../../src/bot.ts";
import { fixedClock } from "../../src/clock.ts";
import { runChat } from "../../src/commands/chat.ts";
import { MemoryStore } from "../../src/store/MemoryStore.ts";
import { FIXTURE_VACANCIES } from "../adapters/local/harness.ts";

async function converse(lines: string[], now?: Date): Promise<string> {
  const bot = new VacancyBot({ store: new MemoryStore(FIXTURE_VACANCIES), clock: fixedClock("2026-11-23") });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const done = runChat(bot, { input, output, now });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return text;
}

describe("vacancy-bot chat", () => {
  it("greets with the day and the number of vacancies, then answers each question", async () => {
    const bot = new VacancyBot({
      store: new MemoryStore(FIXTURE_VACANCIES),
      clock: fixedClock("2026-11-23"),
    });
    const expected = (q: string) => bot.ask(q).text;
    const text = await converse(["which posts are open?", "", "deadline for the network technician"]);
    expect(text).toContain(`${FIXTURE_VACANCIES.length} vacancies, answering as of 2026-11-23`);
    expect(text).toContain(expected("which posts are open?").split("\n")[0]);
    expect(text).toContain(expected("deadline for the network technician").split("\n")[0]);
  });

  it("travels in time with /now and says so, and rejects a bad day", async () => {
    const text = await converse(["/now 2024-06-05", "/now someday", "/now"]);
    expect(text).toContain("Answering as of 2024-06-05.");
    expect(text).toContain('"someday" is not a date: give /now as YYYY-MM-DD');
    expect(text).toContain("Answering as of 2026-11-23.");
  });

  it("stops at /quit", async () => {
    const text = await converse(["/quit", "which posts are open?"]);
    expect(text.trim().endsWith("(or Ctrl-D)")).toBe(true);
  });

  it("runs as a process reading questions from a pipe", async () => {
    const child = promisify(execFile)("node", ["bin/vacancy-bot.mjs", "chat", "--now", "2024-06-05"], {
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    child.child.stdin?.end("which posts are open?\n");
    const { stdout } = await child;
    expect(stdout).toMatch(/answering as of 2024-06-05/);
    expect(stdout.split("\n").length).toBeGreaterThan(5);
  });
});
