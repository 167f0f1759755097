// `vacancy-bot ask [--json] [--now DATE] [question...]`: one answer, or with --json and no question
// a JSON Lines batch on stdin ({"question","now"} or a bare text line), answered in order with the
// index loaded once. Contract: ARCHITECTURE.md "Contracts other tools rely on".
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { z } from "zod";
import { renderAnswer, VacancyBot } from "../bot.ts";
import { fixedClock, parseNowOption, systemClock } from "../clock.ts";
import { loadConfig } from "../config.ts";
import { indexFileFor, openIndex } from "../search/indexFile.ts";
import { openStore } from "../store/index.ts";

/** One line of a JSON Lines batch. */
export const AskLineSchema = z.object({
  question: z.string().max(100_000, "question is longer than 100,000 characters"),
  now: z.string().optional(),
});

interface AskOptions {
  json?: boolean;
  now?: string;
  data?: string;
}

/** Opens the dataset read-only and builds the bot once (DATA_FILE, or --data). */
export async function openBotForCli(options: { data?: string; now?: string }): Promise<VacancyBot> {
  const dataFile = options.data ?? loadConfig(process.env).DATA_FILE;
  const clock = options.now ? fixedClock(parseNowOption(options.now)) : systemClock;
  const store = await openStore({ dataFile });
  // Read-only: uses the persisted index when it matches the data, never writes one.
  const { index } = await openIndex({ store, file: indexFileFor(dataFile) });
  return new VacancyBot({ store, clock, index });
}

/** Answers one JSON Lines input line; a bad line gives an error object, never an exception. */
export function answerLine(bot: VacancyBot, line: string, defaultNow: Date | undefined): string {
  try {
    let question: string;
    let now = defaultNow;
    const trimmed = line.trim();
    if (trimmed.startsWith("{")) {
      let raw: unknown;
      try {
        raw = JSON.parse(trimmed);
      } catch {
        return JSON.stringify({ error: "invalid_json", message: "this line is not valid JSON" });
      }
      const parsed = AskLineSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const message = `${issue?.path.join(".") || "line"}: ${issue?.message ?? "invalid"}`;
        return JSON.stringify({
          error: "invalid_line",
          message: `expected {"question": "...", "now"?: "YYYY-MM-DD"}; ${message}`,
        });
      }
      question = parsed.data.question;
      if (parsed.data.now !== undefined) now = parseNowOption(parsed.data.now);
    } else {
      question = trimmed;
    }
    const answer = bot.ask(question, now ? { now } : {});
    return JSON.stringify(renderAnswer(answer));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return JSON.stringify({
      error: typeof code === "string" ? code : "answer_failed",
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

export function registerAskCommand(program: Command): void {
  program
    .command("ask")
    .description(
      'answer a question; with --json and no question, answer JSON Lines from stdin ({"question","now"} per line)',
    )
    .argument("[question...]", "the question (omit it to read questions from stdin)")
    .option("--json", "print JSON answers (intent, vacancies, text, slack, teams)")
    .option("--now <date>", "answer as of this date (YYYY-MM-DD or ISO instant) instead of today")
    .option("--data <file>", "vacancy data file (default: DATA_FILE or data/vacancies.json)")
    .action(async (words: string[], options: AskOptions) => {
      const defaultNow = options.now ? parseNowOption(options.now) : undefined;
      const bot = await openBotForCli(options);
      const question = words.join(" ");
      if (question.trim() !== "") {
        const answer = bot.ask(question, defaultNow ? { now: defaultNow } : {});
        process.stdout.write(options.json ? `${JSON.stringify(renderAnswer(answer))}\n` : `${answer.text}\n`);
        return;
      }
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (line.trim() === "") continue;
        if (options.json) {
          process.stdout.write(`${answerLine(bot, line, defaultNow)}\n`);
        } else {
          const answer = bot.ask(line, defaultNow ? { now: defaultNow } : {});
          process.stdout.write(`${answer.text}\n\n`);
        }
      }
    });
}
