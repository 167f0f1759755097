// `vacancy-bot ask` (placeholder: implemented by its issue).
import type { Command } from "commander";

export function registerAskCommand(program: Command): void {
  program
    .command("ask")
    .description("not implemented yet")
    .action(() => {
      throw new Error("`ask` is not implemented yet");
    });
}
