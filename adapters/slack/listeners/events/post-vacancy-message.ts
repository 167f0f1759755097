// "post vacancy" + the notice in a DM to the bot: a way to post a full-length notice (a message
// holds ~40k characters; a modal text field 3,000). The preview card comes back in the DM with
// Confirm / Edit / Cancel; Confirm announces in SLACK_ANNOUNCE_CHANNEL.
import type { webApi } from "@slack/bolt";

type WebClient = webApi.WebClient;

import { notice, recruiterOnly } from "../../blocks/usage.ts";
import { SLASH_COMMANDS } from "../../config.ts";
import { postMessage } from "../../deliver.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";
import { startDraft } from "../../draft-preview.ts";
import { toPlainNotice } from "../../text.ts";

/** Handles a DM that starts with "post vacancy"; `rawNotice` is the rest of the message. */
export async function postVacancyMessage(
  deps: SlackDeps,
  client: WebClient,
  dm: { channel: string; user: string; threadTs?: string },
  rawNotice: string,
): Promise<void> {
  const reply = (message: ReturnType<typeof notice>) =>
    postMessage(
      client,
      { channel: dm.channel, threadTs: dm.threadTs, message, plainText: message.text },
      deps.logger,
    );
  if (!deps.bot.isRecruiter(dm.user)) {
    deps.logger.info({ kind: "post_vacancy.dm", user: dm.user }, "slack: refused a non-recruiter");
    await reply(recruiterOnly("post vacancies"));
    return;
  }
  const noticeText = toPlainNotice(rawNotice);
  if (noticeText.trim() === "") {
    await reply(
      notice(
        `Send "post vacancy" followed by the full notice text in the same message, or use \`${SLASH_COMMANDS.postVacancy}\` to upload it as a .txt file.`,
      ),
    );
    return;
  }
  const channel = deps.settings.announceChannel;
  const result = startDraft(deps, { noticeText, actor: slackActor(dm.user), channel });
  if (!result.ok) {
    await reply(notice(`I could not read that notice: ${result.error}`));
    return;
  }
  const where = channel
    ? `Confirm stores it and announces it in <#${channel}>.`
    : `No announcement channel is set (SLACK_ANNOUNCE_CHANNEL), so Confirm only stores it; use \`${SLASH_COMMANDS.postVacancy}\` to pick a channel.`;
  const lead = [
    `Here is the parsed notice. ${where}`,
    ...result.draft.warnings.slice(0, 5).map((w) => `:warning: ${w}`),
  ].join("\n");
  const intro = notice(lead);
  await reply({
    text: `${lead}\n${result.card.text}`,
    blocks: [...intro.blocks, ...result.card.blocks].slice(0, 50),
  });
}
