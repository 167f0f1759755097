// Delivers lifecycle sends on Slack: a DM to a subscriber (chat.postMessage with the user id as
// channel opens the app's DM with that user), the digest to a channel, and chat.update of an
// announcement when its vacancy closes. A delivery Slack refuses throws, so the send is retried.
// https://docs.slack.dev/reference/methods/chat.postMessage#channels
import type { webApi } from "@slack/bolt";
import { renderDigestSlack, slackLeadBlock } from "../../../src/cards/digest.ts";
import { renderSlackMessage } from "../../../src/cards/index.ts";
import type { Logger } from "../../../src/logger.ts";
import type { Delivery, Notifier } from "../../lifecycle/index.ts";
import { postMessage, updateMessage } from "../deliver.ts";

export class SlackNotifier implements Notifier {
  constructor(
    readonly client: webApi.WebClient,
    readonly logger: Logger,
  ) {}

  async deliver(delivery: Delivery): Promise<void> {
    const { target } = delivery.send;
    if (delivery.kind === "digest") {
      if (target.kind !== "channel") throw new Error("a digest goes to a channel");
      const message = renderDigestSlack(delivery.digest);
      check(
        await postMessage(
          this.client,
          { channel: target.channel, message, plainText: delivery.digest.text },
          this.logger,
        ),
      );
      return;
    }
    const card = renderSlackMessage(delivery.answer, {});
    const plainText = delivery.lead ? `${delivery.lead}\n\n${delivery.answer.text}` : delivery.answer.text;
    if (target.kind === "message") {
      check(
        await updateMessage(
          this.client,
          { channel: target.channel, ts: target.messageId, message: card, plainText },
          this.logger,
        ),
      );
      return;
    }
    const channel = target.kind === "user" ? target.userId : target.channel;
    const message = delivery.lead
      ? { text: delivery.lead, blocks: [slackLeadBlock(delivery.lead), ...card.blocks].slice(0, 50) }
      : card;
    check(await postMessage(this.client, { channel, message, plainText }, this.logger));
  }
}

function check(result: { ok: boolean; channel: string; problem?: string }): void {
  if (!result.ok) throw new Error(`Slack refused the message in ${result.channel}: ${result.problem}`);
}
