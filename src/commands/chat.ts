// `vacancy-bot chat`: a terminal conversation with the same answer core as Slack and Teams.
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { renderPlainText } from "../cards/index.ts";
import { parseNowOption } from "../clock.ts";
import { openBotForCli } from "./ask.ts";

export function registerChatCommand(program: Command): void {
  program
    .command("chat")
    .description("talk to the bot in the terminal (type 'quit' to leave)")
    .option("--now <date>", "answer as of this date (YYYY-MM-DD or ISO instant) instead of today")
    .option("--data <file>", "vacancy data file (default: DATA_FILE or data/vacancies.json)")
    .action(async (options: { now?: string; data?: string }) => {
      const now = options.now ? parseNowOption(options.now) : undefined;
      const bot = await openBotForCli(options);
      const count = bot.store.scan().size;
      const rl = createInterface({
        input: process.stdin,
        output: process.stdout,
        terminal: process.stdin.isTTY,
      });
      process.stdout.write(
        `vacancy-bot: ${count} vacancies loaded${now ? `, answering as of ${options.now}` : ""}. Ask me anything about them ('help' for ideas, 'quit' to leave).\n`,
      );
      rl.setPrompt("> ");
      rl.prompt();
      for await (const line of rl) {
        const question = line.trim();
        if (/^(quit|exit|bye|q)$/i.test(question)) break;
        if (question !== "") {
          const answer = bot.ask(question, now ? { now } : {});
          process.stdout.write(`${renderPlainText(answer)}\n\n`);
        }
        rl.prompt();
      }
      rl.close();
    });
}
