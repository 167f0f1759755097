// The fake Slack Web API is shared by adapter tests and benchmarks: check that it decodes what
// the real Web API client sends and fails exactly as told.
import { App, LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeSlackApi } from "./slackApi.ts";
import { slackSignature } from "./slackRequests.ts";

let fake: FakeSlackApi;
let app: App;
beforeAll(async () => {
  fake = await FakeSlackApi.start();
  app = new App({
    token: "xoxb-fake-test",
    signingSecret: "s",
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 1, minTimeout: 10 } },
    logLevel: LogLevel.ERROR,
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("FakeSlackApi", () => {
  it("answers auth.test with the bot identity", async () => {
    const result = await app.client.auth.test();
    expect(result.ok).toBe(true);
    expect(result.user_id).toBe(fake.identity.user_id);
    expect(fake.callsTo("auth.test")[0]?.authenticated).toBe(true);
  });

  it("decodes form-encoded calls, with blocks as JSON, and never keeps the token", async () => {
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "*hi*" } }];
    const result = await app.client.chat.postMessage({ channel: "C1", text: "hi", blocks, thread_ts: "1.2" });
    expect(result.ts).toMatch(/^\d+\.\d{6}$/);
    const [call] = fake.callsTo("chat.postMessage");
    expect(call?.params).toEqual({ channel: "C1", text: "hi", blocks, thread_ts: "1.2" });
    expect(JSON.stringify(fake.calls)).not.toContain("xoxb-fake-test");
    expect(call?.response?.body.ts).toBe(result.ts);
  });

  it("records JSON posts to response URLs", async () => {
    const url = fake.responseUrl("abc");
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ response_type: "in_channel", text: "x" }),
    });
    expect(fake.responsesTo("abc")[0]?.body).toEqual({ response_type: "in_channel", text: "x" });
  });

  it("fails the next calls as told, then succeeds again", async () => {
    fake.failNext("chat.postMessage", { error: "channel_not_found" });
    await expect(app.client.chat.postMessage({ channel: "C404", text: "x" })).rejects.toMatchObject({
      data: { error: "channel_not_found" },
    });
    await expect(app.client.chat.postMessage({ channel: "C1", text: "x" })).resolves.toMatchObject({
      ok: true,
    });
  });

  it("answers 429 with Retry-After, which the Web API client honours", async () => {
    fake.failNext("chat.update", { rateLimited: 1 });
    const result = await app.client.chat.update({ channel: "C1", ts: "1.1", text: "x" });
    expect(result.ok).toBe(true);
    const [first, second] = fake.callsTo("chat.update");
    expect(first?.response?.status).toBe(429);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });
});

describe("slackSignature", () => {
  it("matches Slack's documented example", () => {
    // https://docs.slack.dev/authentication/verifying-requests-from-slack (example request)
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(slackSignature("8f742231b10e8888abcd99yyyzzz85a5", 1531420618, body)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    );
  });
});
