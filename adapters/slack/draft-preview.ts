// Turns a recruiter's notice text into a draft and its preview card (Confirm / Edit / Cancel),
// shared by the /post-vacancy modal and the "post vacancy" DM. The session keeps the text and
// the announcement channel for Edit and Confirm.
import type { Draft } from "../../src/bot.ts";
import { renderSlackMessage, type SlackMessage } from "../../src/cards/index.ts";
import type { Actor } from "../../src/store/VacancyStore.ts";
import type { SlackDeps } from "./deps.ts";

export type StartDraftResult = { ok: true; draft: Draft; card: SlackMessage } | { ok: false; error: string };

/** Parses the notice into a draft (recruiters only; the core checks) and renders its preview. */
export function startDraft(
  deps: SlackDeps,
  input: { noticeText: string; actor: Actor; channel: string | undefined },
): StartDraftResult {
  const result = deps.bot.createDraft(input.noticeText, input.actor);
  if (!result.ok) {
    deps.logger.info(
      { kind: "post_vacancy", user: input.actor.id, error: result.error.message },
      "slack: notice refused",
    );
    return { ok: false, error: result.error.message };
  }
  const { draft, answer } = result;
  deps.drafts.save({
    draftId: draft.id,
    noticeText: input.noticeText,
    channel: input.channel,
    userId: input.actor.id,
  });
  deps.logger.info(
    { kind: "post_vacancy", user: input.actor.id, draftId: draft.id, vacancyId: draft.vacancy.id },
    "slack: draft preview",
  );
  return { ok: true, draft, card: renderSlackMessage(answer, { draft: { id: draft.id, state: "preview" } }) };
}
