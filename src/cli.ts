// The `vacancy-bot` command. Each sub-command lives in src/commands/ and registers itself here.
import { Command, CommanderError } from "commander";
import { config as loadDotenv } from "dotenv";
import { registerAskCommand } from "./commands/ask.ts";
import { registerChatCommand } from "./commands/chat.ts";
import { registerImportCommand } from "./commands/import.ts";
import { registerParseCommand } from "./commands/parse.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { registerStoreCommands } from "./commands/store.ts";

export function createProgram(): Command {
  const program = new Command("vacancy-bot")
    .description(
      "Answers questions about open posts, their requirements and deadlines (Slack, Teams, local).",
    )
    .showHelpAfterError("(add --help for usage)")
    .exitOverride();
  registerServeCommand(program);
  registerAskCommand(program);
  registerChatCommand(program);
  registerParseCommand(program);
  registerImportCommand(program);
  registerStoreCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  loadDotenv({ quiet: true });
  try {
    await createProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    // Expected failures carry a message for the user; no stack trace.
    process.stderr.write(`vacancy-bot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
