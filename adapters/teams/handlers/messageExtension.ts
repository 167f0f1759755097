// Message-extension search: the user types in the compose box's search, Teams sends a
// composeExtension/query invoke, and the result list travels back in the invoke's HTTP 200 body.
// Each result is the vacancy's Adaptive Card (inserted when picked) with a thumbnail preview.
// https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search
import {
  CardFactory,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from "botbuilder";
import type { Answer } from "../../../src/answer/model.ts";
import { renderAdaptiveCard } from "../../../src/cards/index.ts";
import type { Vacancy } from "../../../src/vacancy.ts";
import type { TeamsHandlerDeps } from "./deps.ts";

/** The search command's id in appPackage/manifest.json. */
export const SEARCH_COMMAND_ID = "searchVacancies";
/** The search command's parameter name in appPackage/manifest.json. */
export const SEARCH_PARAMETER = "query";
/** Teams shows at most 25 results per page. */
export const MAX_RESULTS = 25;
const DEFAULT_RESULTS = 10;

function parameter(query: MessagingExtensionQuery, name: string): string {
  const value = query.parameters?.find((p) => p.name === name)?.value;
  return typeof value === "string" ? value.trim() : "";
}

/** Vacancies for the query text; an empty query (initial run) lists what the core calls open. */
function matchingVacancies(deps: TeamsHandlerDeps, text: string): Vacancy[] {
  if (!text) return deps.bot.ask("Which vacancies are open?").items.map((i) => i.vacancy);
  return deps.bot.index.search(text.slice(0, 200), { limit: MAX_RESULTS * 2 }).map((hit) => hit.vacancy);
}

function resultFor(deps: TeamsHandlerDeps, vacancy: Vacancy): MessagingExtensionAttachment | null {
  const answer: Answer | null = deps.bot.show(vacancy.id, "overview");
  if (!answer) return null;
  const card = renderAdaptiveCard(answer, {});
  const deadline =
    answer.items[0]?.deadline.label ??
    (vacancy.deadline ? `deadline ${vacancy.deadline}` : "no deadline given");
  const subtitle = [vacancy.organisation, vacancy.location].filter(Boolean).join(", ");
  const preview = CardFactory.thumbnailCard(vacancy.title, [subtitle, deadline].filter(Boolean).join(" · "));
  return {
    ...CardFactory.adaptiveCard({ ...card, fallbackText: card.fallbackText ?? answer.text }),
    preview,
  };
}

/** Answers a composeExtension/query invoke with a list of vacancy cards. */
export function searchVacancies(
  deps: TeamsHandlerDeps,
  query: MessagingExtensionQuery,
): MessagingExtensionResponse {
  if (query.commandId && query.commandId !== SEARCH_COMMAND_ID) {
    return { composeExtension: { type: "message", text: `Unknown search command "${query.commandId}".` } };
  }
  // Teams sends {name: "initialRun", value: "true"} when the search opens, before anything is typed.
  const text = parameter(query, SEARCH_PARAMETER);
  const skip = Math.max(0, Math.trunc(query.queryOptions?.skip ?? 0));
  const count = Math.min(MAX_RESULTS, Math.max(1, Math.trunc(query.queryOptions?.count ?? DEFAULT_RESULTS)));
  const attachments = matchingVacancies(deps, text)
    .slice(skip, skip + count)
    .map((vacancy) => resultFor(deps, vacancy))
    .filter((a): a is MessagingExtensionAttachment => a !== null);
  return { composeExtension: { type: "result", attachmentLayout: "list", attachments } };
}
