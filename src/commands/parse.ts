// `vacancy-bot parse` (placeholder: implemented by its issue).
import type { Command } from "commander";

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("not implemented yet")
    .action(() => {
      throw new Error("`parse` is not implemented yet");
    });
}
