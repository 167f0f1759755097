// Registers the modal submissions.
import type { App } from "@slack/bolt";
import { POST_VACANCY_CALLBACK } from "../../blocks/post-vacancy-modal.ts";
import type { SlackDeps } from "../../deps.ts";
import { postVacancySubmission } from "./post-vacancy-submission.ts";

export function registerViews(app: App, deps: SlackDeps): void {
  app.view(POST_VACANCY_CALLBACK, postVacancySubmission(deps));
}
