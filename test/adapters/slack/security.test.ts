// Request signatures (https://docs.slack.dev/authentication/verifying-requests-from-slack):
// unsigned, wrongly signed and stale requests get 401 and do nothing; secrets never reach the log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appMention, eventCallback, slackHeaders, slashCommand } from "../../fakes/slackRequests.ts";
import { BOT_TOKEN, SIGNING_SECRET, type SlackHarness, settle, startSlackHarness } from "./harness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const sixMinutesAgo = () => Math.floor(Date.now() / 1000) - 6 * 60;

const BAD_REQUESTS = [
  ["unsigned", { unsigned: true }],
  ["wrongly signed", { signingSecret: "not-the-secret" }],
  [
    "tampered signature",
    { signature: "v0=0000000000000000000000000000000000000000000000000000000000000000" },
  ],
  ["stale (6 minutes old)", { timestampFn: sixMinutesAgo }],
] as const;

describe("Slack request verification", () => {
  it.each(BAD_REQUESTS)("rejects an %s event with 401 and does nothing", async (_name, variant) => {
    const options = "timestampFn" in variant ? { timestamp: variant.timestampFn() } : variant;
    const res = await h.send("event", eventCallback(appMention("which vacancies are open?")), options);
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  });

  it.each(BAD_REQUESTS)("rejects an %s slash command with 401 and no answer", async (_name, variant) => {
    const options = "timestampFn" in variant ? { timestamp: variant.timestampFn() } : variant;
    const res = await h.send("command", slashCommand("/vacancies", ""), options);
    expect(res.status).toBe(401);
    expect(res.text).toBe("");
  });

  it("rejects a stale url_verification too", async () => {
    const res = await h.send(
      "event",
      { type: "url_verification", challenge: "abc" },
      { timestamp: sixMinutesAgo() },
    );
    expect(res.status).toBe(401);
  });

  it("accepts a correctly signed request from 4 minutes ago", async () => {
    const res = await h.send("command", slashCommand("/vacancies", ""), {
      timestamp: Math.floor(Date.now() / 1000) - 4 * 60,
    });
    expect(res.status).toBe(200);
  });

  it("never logs the bot token or the signing secret", async () => {
    await h.send("event", eventCallback(appMention("which vacancies are open?")));
    await h.fake.waitForCalls("chat.postMessage");
    await h.send("event", eventCallback(appMention("x")), { unsigned: true });
    const logs = h.logs.join("");
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
    // Structured: every line is JSON.
    for (const line of h.logs) expect(() => JSON.parse(line)).not.toThrow();
  });
});

// The endpoint is served by Bolt's HTTPReceiver ahead of express (adapters/server.ts): its own
// body checks answer bad bodies, and other methods fall through to express.
describe("Slack endpoint routing and bodies", () => {
  const post = (body: string, contentType: string, path = "") =>
    fetch(`${h.endpoint}${path}`, {
      method: "POST",
      headers: slackHeaders(body, contentType, { signingSecret: SIGNING_SECRET }),
      body,
    });

  it("answers a signed but malformed JSON body with 400 and does nothing", async () => {
    const res = await post('{"type":"event_callback",', "application/json");
    expect(res.status).toBe(400);
    await settle();
    expect(h.fake.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  });

  it("refuses a body over Bolt's 10 MB limit with 413", async () => {
    const res = await post(`text=${"a".repeat(11 * 1024 * 1024)}`, "application/x-www-form-urlencoded");
    expect(res.status).toBe(413);
  });

  it("still reaches Bolt with a query string on the path", async () => {
    const res = await post(
      new URLSearchParams(slashCommand("/vacancies", "")).toString(),
      "application/x-www-form-urlencoded",
      "?from=test",
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("blocks");
  });

  it("leaves GET on the endpoint to express (404), and the rest of the server works", async () => {
    expect((await fetch(h.endpoint)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });
});
