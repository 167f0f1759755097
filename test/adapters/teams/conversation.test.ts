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
  type TestActivity,
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
    // The stripped question found the post it names.
    expect(answer.items[0]?.vacancy.id).toBe("network-and-communications-technician");
    expect(JSON.stringify(card)).toContain("Network and Communications Technician");
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
    const card = cardOf(posted[0] as ConnectorCall);
    expect(card.version).toBe("1.5");
    expect(JSON.stringify(card)).toContain("BICES Network Operations and Security Centre Chief");
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

  it("answers an Action.Execute invoke (adaptiveCard/action) at once, then posts the result", async () => {
    const vacancyId = "network-and-communications-technician";
    const activity: TestActivity = {
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
    // The work runs after the invoke is answered; its reply arrives through the connector.
    await h.connector.waitFor((calls) => calls.some((c) => c.status < 300 && c.kind !== "update"));
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.conversationId).toBe(activity.conversation.id);
    const expected = h.server.bot.show(vacancyId, "deadline");
    if (!expected) throw new Error("fixture vacancy missing");
    expect(cardOf(posted[0] as ConnectorCall).body).toEqual(renderAdaptiveCard(expected, {}).body);
  });

  it("answers an Action.Execute invoke before a struggling connector has taken the reply", async () => {
    h.connector.failNext({ status: 503 }, { status: 503 });
    const activity: TestActivity = {
      ...cardSubmit(h.connector.serviceUrl, STAFF, undefined),
      type: "invoke",
      name: "adaptiveCard/action",
      value: {
        action: { type: "Action.Execute", verb: "ask", data: { kind: "ask", question: "what is open?" } },
      },
    };
    const res = await postActivity(h.url, activity);
    expect(res.status).toBe(200);
    expect(h.connector.posted()).toHaveLength(0);
    await h.connector.waitFor((calls) => calls.some((c) => c.status === 200), 15_000);
    expect(h.connector.calls.map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it("welcomes the user with the help card when the app is installed in a personal chat", async () => {
    const installed = {
      ...personalMessage(h.connector.serviceUrl, STAFF, ""),
      type: "conversationUpdate",
      text: undefined,
      membersAdded: [{ id: BOT.id }, { id: STAFF.id }],
    };
    expect((await postActivity(h.url, installed)).status).toBe(200);
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(cardOf(posted[0] as ConnectorCall).body).toEqual(
      renderAdaptiveCard(h.server.bot.ask("help"), {}).body,
    );
  });

  it("posts no welcome into a team channel, nor when someone else joins a chat", async () => {
    const channel = channelMention(h.connector.serviceUrl, STAFF, "");
    await postActivity(h.url, {
      ...channel,
      type: "conversationUpdate",
      text: undefined,
      membersAdded: [{ id: BOT.id }],
    });
    const personal = personalMessage(h.connector.serviceUrl, STAFF, "");
    await postActivity(h.url, {
      ...personal,
      type: "conversationUpdate",
      text: undefined,
      membersAdded: [{ id: STAFF.id }],
    });
    expect(h.connector.posted()).toHaveLength(0);
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
    expect(expectedIds.length).toBeGreaterThan(0);
    // biome-ignore lint/suspicious/noExplicitAny: reading a JSON response.
    expect((attachments[0] as any).preview.content.title).toBe("Network and Communications Technician");
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
