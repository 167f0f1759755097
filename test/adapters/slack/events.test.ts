// Events API over real HTTP: url_verification, mentions (thread replies), DMs, retried events.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { blockKitProblems } from "../../fakes/blockKit.ts";
import { appMention, directMessage, eventCallback } from "../../fakes/slackRequests.ts";
import { type SlackHarness, settle, startSlackHarness } from "./harness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

describe("Slack events", () => {
  it("answers url_verification with the challenge", async () => {
    const res = await h.send("event", {
      token: "t",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("replies to a mention in its thread with valid blocks", async () => {
    const event = appMention("when does the technical security operator post close?");
    const res = await h.send("event", eventCallback(event));
    expect(res.status).toBe(200);
    const [call] = await h.fake.waitForCalls("chat.postMessage");
    expect(call?.authenticated).toBe(true);
    expect(call?.params.channel).toBe(event.channel);
    expect(call?.params.thread_ts).toBe(event.ts);
    expect(String(call?.params.text).length).toBeGreaterThan(0);
    expect(blockKitProblems(call?.params.blocks ?? [])).toEqual([]);
  });

  it("the mention's answer names the vacancy asked about", async () => {
    await h.send("event", eventCallback(appMention("when does the technical security operator post close?")));
    const [call] = await h.fake.waitForCalls("chat.postMessage");
    expect(JSON.stringify(call?.params)).toContain("Operator, Technical Security");
  });

  it("replies inside the existing thread when mentioned in one", async () => {
    const event = appMention("deadline for the network technician?", { thread_ts: "1700000000.000001" });
    await h.send("event", eventCallback(event));
    const [call] = await h.fake.waitForCalls("chat.postMessage");
    expect(call?.params.thread_ts).toBe("1700000000.000001");
  });

  it("does not reply twice to a retried event (same event_id)", async () => {
    const envelope = eventCallback(appMention("which vacancies are open?"));
    expect((await h.send("event", envelope)).status).toBe(200);
    await h.fake.waitForCalls("chat.postMessage");
    const retry = await h.send("event", envelope, { retryNum: 1, retryReason: "http_timeout" });
    expect(retry.status).toBe(200);
    await settle();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.logs.join("")).toContain("dropped a repeated event");
  });

  it("does reply to a different event with the same text", async () => {
    await h.send("event", eventCallback(appMention("which vacancies are open?")));
    await h.send("event", eventCallback(appMention("which vacancies are open?")));
    await h.fake.waitForCalls("chat.postMessage", 2);
  });

  it("answers a direct message in the DM, not in a thread", async () => {
    const event = directMessage("what are the requirements for the NOSC chief?");
    await h.send("event", eventCallback(event));
    const [call] = await h.fake.waitForCalls("chat.postMessage");
    expect(call?.params.channel).toBe(event.channel);
    expect(call?.params.thread_ts).toBeUndefined();
    expect(blockKitProblems(call?.params.blocks ?? [])).toEqual([]);
    expect(JSON.stringify(call?.params)).toContain("BICES Network Operations and Security Centre Chief");
  });

  it("a question about something we have no vacancy for gets no vacancy", async () => {
    await h.send("event", eventCallback(appMention("what is for lunch in the canteen today?")));
    const [call] = await h.fake.waitForCalls("chat.postMessage");
    const json = JSON.stringify(call?.params);
    for (const title of ["Operator, Technical Security", "Network and Communications Technician"]) {
      expect(json).not.toContain(title);
    }
  });

  it("ignores the bot's own messages and message edits in the DM", async () => {
    await h.send(
      "event",
      eventCallback(directMessage("a card", { bot_id: "BBOT000001", user: "UBOT000001" })),
    );
    await h.send("event", eventCallback(directMessage("edited", { subtype: "message_changed" })));
    await settle();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
