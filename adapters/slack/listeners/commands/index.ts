// Registers the slash commands declared in manifest.json.
import type { App } from "@slack/bolt";
import { SLASH_COMMANDS } from "../../config.ts";
import type { SlackDeps } from "../../deps.ts";
import type { CommandArgs } from "./answer-command.ts";
import { deadlineCommand } from "./deadline.ts";
import { postVacancyCommand } from "./post-vacancy.ts";
import { vacanciesCommand } from "./vacancies.ts";
import { vacancyCommand } from "./vacancy.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/**
 * One Bolt listener for all the commands, dispatching by name: Bolt runs every listener's matchers
 * on every request it receives (measured at ~10 µs a listener), so each extra listener taxes them all.
 */
export function registerCommands(app: App, deps: SlackDeps): void {
  const handlers = new Map<string, (args: CommandArgs) => Promise<void>>([
    [SLASH_COMMANDS.deadline, deadlineCommand(deps)],
    [SLASH_COMMANDS.vacancies, vacanciesCommand(deps)],
    [SLASH_COMMANDS.vacancy, vacancyCommand(deps)],
    [SLASH_COMMANDS.postVacancy, postVacancyCommand(deps)],
  ]);
  const names = new RegExp(`^(?:${[...handlers.keys()].map(escapeRegExp).join("|")})$`);
  app.command(names, async (args) => {
    await handlers.get(args.command.command)?.(args);
  });
}
