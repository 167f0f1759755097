// `vacancy-bot import` (placeholder: implemented by its issue).
import type { Command } from "commander";

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("not implemented yet")
    .action(() => {
      throw new Error("`import` is not implemented yet");
    });
}
