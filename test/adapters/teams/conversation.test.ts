// Teams conversations over real HTTP: the real server and botbuilder stack, with the fake Bot Framework
// connector as serviceUrl. Channel mention, personal chat, card buttons, message-extension search.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { renderAdaptiveCard, summariseAnswer } from "../../../src/cards/index.ts";
import type { ConnectorCall } from "../../fakes/botConnector.ts";
import {
  BOT,
  cardSubmit,
  channelMention,
  composeExtensionQuery,
  personalMessage,
  postActivity,
  STAFF,
} from "../../fakes/teamsActivities.ts";
import { startTeamsHarness, type TeamsHarness } from "./helpers.ts";

const ADAPTIVE = "application/vnd.microsoft.card.adaptive";

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.connector.reset();
  vi.restoreAllMocks();
});

/** The one Adaptive Card a reply carries. */
function cardOf(call: ConnectorCall) {
  const attachments = call.body.attachments ?? [];
  expect(attachments).toHaveLength(1);
  expect(attachments[0].contentType).toBe(ADAPTIVE);
  return attachments[0].content;
}

describe("Teams adapter: conversations", () => {
  it("answers a channel @mention with exactly one Adaptive Card, in the thread, mention stripped", async () => {
    const ask = vi.spyOn(h.server.bot, "ask");
    const activity = channelMention(
      h.connector.serviceUrl,
      STAFF,
      "When does the network technician post close?",
    );
    const res = await postActivity(h.url, activity);
    expect(res.status).toBe(200);

    // The core saw the question without the <at>Vacancy Bot</at> mention.
    expect(ask).toHaveBeenCalledTimes(1);
    const question = ask.mock.calls[0]?.[0];
    expect(question).toBe("When does the network technician post close?");

    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    const [reply] = posted as [ConnectorCall];
    expect(reply.kind).toBe("reply");
    expect(reply.conversationId).toBe(activity.conversation.id);
    expect(reply.activityId).toBe(activity.id);
    expect(reply.body.type).toBe("message");
    expect(reply.body.from.id).toBe(BOT.id);
    // The card is the cards module's rendering of the core's answer, with a text fallback.
    const answer = h.server.bot.ask(question as string);
    const card = cardOf(reply);
    expect(card.type).toBe("AdaptiveCard");
    expect(card.body).toEqual(renderAdaptiveCard(answer, {}).body);
    expect(card.fallbackText).toBeTruthy();
    expect(reply.body.summary).toBe(summariseAnswer(answer, {}));
  });

  it("answers a personal-chat message in the same 1:1 conversation", async () => {
    const ask = vi.spyOn(h.server.bot, "ask");
    const activity = personalMessage(
      h.connector.serviceUrl,
      STAFF,
      "what are the requirements for the NOSC chief?",
    );
    const res = await postActivity(h.url, activity);
    expect(res.status).toBe(200);
    expect(ask.mock.calls.map((c) => c[0])).toEqual(["what are the requirements for the NOSC chief?"]);
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.conversationId).toBe(activity.conversation.id);
    expect(cardOf(posted[0] as ConnectorCall).version).toBe("1.5");
  });

  it("turns a bare menu command into the question it stands for", async () => {
    const ask = vi.spyOn(h.server.bot, "ask");
    await postActivity(h.url, personalMessage(h.connector.serviceUrl, STAFF, "vacancies"));
    expect(ask.mock.calls.map((c) => c[0])).toEqual(["Which vacancies are open?"]);
    expect(h.connector.posted()).toHaveLength(1);
  });

  it("runs a card's Action.Submit (a CardAction in activity.value) and replies with that vacancy's card", async () => {
    const vacancyId = "operator-technical-security";
    const activity = cardSubmit(h.connector.serviceUrl, STAFF, {
      kind: "show",
      vacancyId,
      focus: "requirements",
    });
    const res = await postActivity(h.url, activity);
    expect(res.status).toBe(200);
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    const expected = h.server.bot.show(vacancyId, "requirements");
    if (!expected) throw new Error("fixture vacancy missing");
    expect(cardOf(posted[0] as ConnectorCall).body).toEqual(renderAdaptiveCard(expected, {}).body);
  });

  it("answers an unknown button payload politely instead of failing", async () => {
    const res = await postActivity(
      h.url,
      cardSubmit(h.connector.serviceUrl, STAFF, { kind: "launch-rockets", target: "moon" }),
    );
    expect(res.status).toBe(200);
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.text).toMatch(/no longer understand/);
  });

  it("runs Action.Execute (adaptiveCard/action invoke) and answers the invoke with HTTP 200", async () => {
    const vacancyId = "network-and-communications-technician";
    const activity = {
      ...cardSubmit(h.connector.serviceUrl, STAFF, undefined),
      type: "invoke",
      name: "adaptiveCard/action",
      value: {
        action: {
          type: "Action.Execute",
          verb: "show",
          data: { kind: "show", vacancyId, focus: "deadline" },
        },
      },
    };
    const res = await postActivity(h.url, activity);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    expect(h.connector.posted()).toHaveLength(1);
  });

  it("answers a composeExtension/query invoke in its HTTP 200 body with previewed vacancy cards", async () => {
    const res = await postActivity(
      h.url,
      composeExtensionQuery(h.connector.serviceUrl, STAFF, "network technician"),
    );
    expect(res.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: reading a JSON response.
    const body = res.body as any;
    expect(body.composeExtension).toMatchObject({ type: "result", attachmentLayout: "list" });
    const attachments = body.composeExtension.attachments as unknown[];
    expect(Array.isArray(attachments)).toBe(true);
    const expectedIds = h.server.bot.index
      .search("network technician", { limit: 50 })
      .map((hit) => hit.vacancy.id);
    expect(attachments).toHaveLength(Math.min(expectedIds.length, 25));
    for (const attachment of attachments as Array<{
      contentType: string;
      content: unknown;
      preview: unknown;
    }>) {
      expect(attachment.contentType).toBe(ADAPTIVE);
      expect(attachment.preview).toMatchObject({ contentType: "application/vnd.microsoft.card.thumbnail" });
    }
    if (expectedIds.length > 0) {
      // biome-ignore lint/suspicious/noExplicitAny: reading a JSON response.
      expect((attachments[0] as any).preview.content.title).toBe("Network and Communications Technician");
    }
    // The result travels in the invoke response: nothing is posted to the conversation.
    expect(h.connector.posted()).toHaveLength(0);
  });

  it("lists open vacancies when the search opens with nothing typed (initialRun)", async () => {
    const activity = composeExtensionQuery(h.connector.serviceUrl, STAFF, "");
    activity.value.parameters = [{ name: "initialRun", value: "true" }];
    const res = await postActivity(h.url, activity);
    expect(res.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: reading a JSON response.
    const attachments = (res.body as any).composeExtension.attachments;
    expect(attachments).toHaveLength(h.server.bot.ask("Which vacancies are open?").items.length);
  });
});
