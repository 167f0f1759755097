// `vacancy-bot chat` (placeholder: implemented by its issue).
import type { Command } from "commander";

export function registerChatCommand(program: Command): void {
  program
    .command("chat")
    .description("not implemented yet")
    .action(() => {
      throw new Error("`chat` is not implemented yet");
    });
}
