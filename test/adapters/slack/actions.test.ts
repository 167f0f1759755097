// Card buttons over real HTTP: Share in channel, Requirements/Full details, foreign actions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { blockKitProblems } from "../../fakes/blockKit.ts";
import { blockAction } from "../../fakes/slackRequests.ts";
import { cardClick, type SlackHarness, settle, startSlackHarness } from "./harness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

describe("Slack card buttons", () => {
  it("Share in channel posts the card publicly once and removes the private copy", async () => {
    const responseUrl = h.fake.responseUrl("share-ok");
    const res = await h.send(
      "interaction",
      cardClick(
        { kind: "share", vacancyId: "operator-technical-security", question: "" },
        {
          ephemeral: true,
          responseUrl,
        },
      ),
    );
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitForCalls("chat.postMessage");
    expect(post?.params.channel).toBe("C0GENERAL1");
    expect(blockKitProblems(post?.params.blocks ?? [])).toEqual([]);
    const [response] = await h.fake.waitForResponses(1, "share-ok");
    expect(response?.body).toEqual({ delete_original: true });
    await settle(100);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("Share of a question re-asks it and posts the answer", async () => {
    await h.send(
      "interaction",
      cardClick(
        {
          kind: "share",
          vacancyId: null,
          question: "deadline of the technical security operator",
        },
        {
          ephemeral: true,
          responseUrl: h.fake.responseUrl(),
        },
      ),
    );
    const [post] = await h.fake.waitForCalls("chat.postMessage");
    expect(JSON.stringify(post?.params)).toContain("Operator, Technical Security");
  });

  it.each(["not_in_channel", "channel_not_found"])(
    "Share where the bot cannot post (%s) tells the user to invite it",
    async (error) => {
      h.fake.failNext("chat.postMessage", { error });
      await h.send(
        "interaction",
        cardClick(
          { kind: "share", vacancyId: "operator-technical-security", question: "" },
          {
            ephemeral: true,
            responseUrl: h.fake.responseUrl("share-fail"),
          },
        ),
      );
      const [response] = await h.fake.waitForResponses(1, "share-fail");
      expect(response?.body.response_type).toBe("ephemeral");
      expect(response?.body.text).toContain("/invite");
      expect(response?.body.delete_original).toBeUndefined();
    },
  );

  it("Requirements on a public card answers the clicker privately", async () => {
    await h.send(
      "interaction",
      cardClick(
        {
          kind: "show",
          vacancyId: "network-and-communications-technician",
          focus: "requirements",
        },
        {
          responseUrl: h.fake.responseUrl("req"),
        },
      ),
    );
    const [response] = await h.fake.waitForResponses(1, "req");
    expect(response?.body.response_type).toBe("ephemeral");
    expect(response?.body.replace_original).toBe(false);
    expect(blockKitProblems(response?.body.blocks ?? [])).toEqual([]);
  });

  it("Full details on a private card replaces it in place", async () => {
    await h.send(
      "interaction",
      cardClick(
        { kind: "show", vacancyId: "operator-technical-security", focus: "overview" },
        {
          ephemeral: true,
          responseUrl: h.fake.responseUrl("details"),
        },
      ),
    );
    const [response] = await h.fake.waitForResponses(1, "details");
    expect(response?.body.replace_original).toBe(true);
  });

  it("a button for a vacancy that no longer exists says so", async () => {
    await h.send(
      "interaction",
      cardClick(
        { kind: "show", vacancyId: "no-such-vacancy", focus: "overview" },
        {
          ephemeral: true,
          responseUrl: h.fake.responseUrl("gone"),
        },
      ),
    );
    const [response] = await h.fake.waitForResponses(1, "gone");
    expect(response?.body.text).toContain("no longer");
  });

  it("acks and ignores an action whose value is not a card action", async () => {
    const res = await h.send(
      "interaction",
      blockAction({ value: "{not json", actionId: "vacancy:share", responseUrl: h.fake.responseUrl() }),
    );
    expect(res.status).toBe(200);
    await settle(200);
    expect(h.fake.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
    expect(h.fake.responses).toEqual([]);
  });
});
