// `vacancy-bot chat`: the same conversation as the local web page, in the terminal (readline),
// for people who prefer it. Answers use the plain-text card layout; `/now DAY` travels in time.
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { VacancyBot } from "../bot.ts";
import { renderPlainText } from "../cards/index.ts";
import { InvalidNowError, parseNowOption, systemClock } from "../clock.ts";
import { loadConfig } from "../config.ts";
import { openStore } from "../store/index.ts";

const HELP = [
  "Ask about open posts, requirements and deadlines, e.g. “which posts are open?”.",
  "  /now YYYY-MM-DD  answer as of that day (every seed deadline is past today)",
  "  /now             back to today",
  "  /quit            leave (or Ctrl-D)",
].join("\n");

export interface ChatOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Answer as of this instant instead of the bot's clock. */
  now?: Date | undefined;
}

/** Runs the conversation until the input ends or the user types /quit. */
export async function runChat(bot: VacancyBot, options: ChatOptions): Promise<void> {
  const { output } = options;
  const interactive = Boolean((options.input as { isTTY?: boolean }).isTTY);
  const lines = createInterface({ input: options.input, output, terminal: interactive });
  let now = options.now;
  const day = () => (now ?? bot.now()).toISOString().slice(0, 10);
  const prompt = () => {
    if (interactive) output.write(`\n[${day()}] you> `);
  };
  output.write(`vacancy-bot: ${bot.store.list().length} vacancies, answering as of ${day()}.\n${HELP}\n`);
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === "/quit" || line === "/exit") break;
    if (line === "/help") output.write(`${HELP}\n`);
    else if (line.startsWith("/now")) {
      const value = line.slice("/now".length).trim();
      try {
        now = value ? parseNowOption(value) : undefined;
        output.write(`Answering as of ${day()}.\n`);
      } catch (error) {
        if (!(error instanceof InvalidNowError)) throw error;
        output.write(`${error.message.replace("--now", "/now")}\n`);
      }
    } else if (line) {
      output.write(`\n${renderPlainText(bot.ask(line, now ? { now } : {}))}\n`);
    }
    prompt();
  }
  lines.close();
}

export function registerChatCommand(program: Command): void {
  program
    .command("chat")
    .description("chat with the bot in the terminal (no Slack or Teams needed)")
    .option("--now <date>", "answer as of this day (YYYY-MM-DD) or ISO instant")
    .action(async (options: { now?: string }) => {
      const now = options.now ? parseNowOption(options.now) : undefined;
      const config = loadConfig();
      const store = await openStore({ dataFile: config.DATA_FILE, auditFile: config.AUDIT_FILE });
      const bot = new VacancyBot({ store, clock: systemClock });
      await runChat(bot, { input: process.stdin, output: process.stdout, now });
    });
}
