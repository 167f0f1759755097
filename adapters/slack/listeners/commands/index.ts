// Registers the slash commands declared in manifest.json.
import type { App } from "@slack/bolt";
import { SLASH_COMMANDS } from "../../config.ts";
import type { SlackDeps } from "../../deps.ts";
import { deadlineCommand } from "./deadline.ts";
import { postVacancyCommand } from "./post-vacancy.ts";
import { vacanciesCommand } from "./vacancies.ts";
import { vacancyCommand } from "./vacancy.ts";

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMANDS.deadline, deadlineCommand(deps));
  app.command(SLASH_COMMANDS.vacancies, vacanciesCommand(deps));
  app.command(SLASH_COMMANDS.vacancy, vacancyCommand(deps));
  app.command(SLASH_COMMANDS.postVacancy, postVacancyCommand(deps));
}
