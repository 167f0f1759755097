// Reliability of the Teams endpoint over real HTTP: malformed activities get a specific 400 and the
// server keeps serving; authentication is enforced when an app id is set; connector throttling and
// server errors are retried; secrets never reach the log.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { channelMention, personalMessage, postActivity, STAFF } from "../../fakes/teamsActivities.ts";
import { startTeamsHarness, type TeamsHarness } from "./helpers.ts";

describe("Teams adapter: malformed activities", () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => h.connector.reset());

  const valid = () => personalMessage(h.connector.serviceUrl, STAFF, "which posts are open?");
  const without = (field: string) => {
    const activity = valid();
    delete activity[field];
    return activity;
  };

  const cases: Array<[string, () => unknown, RegExp]> = [
    ["an empty object", () => ({}), /type is required/],
    ["a JSON array", () => [], /must be a JSON object/],
    ["a missing from", () => without("from"), /from is required/],
    ["an empty from.id", () => ({ ...valid(), from: { id: "" } }), /from\.id must not be empty/],
    ["a missing conversation", () => without("conversation"), /conversation is required/],
    ["a missing serviceUrl", () => without("serviceUrl"), /serviceUrl is required/],
    [
      "a non-http serviceUrl",
      () => ({ ...valid(), serviceUrl: "file:///etc/passwd" }),
      /serviceUrl must be an http/,
    ],
    ["a missing channelId", () => without("channelId"), /channelId/],
    ["an unknown type", () => ({ ...valid(), type: "teleport" }), /unknown activity type "teleport"/],
    ["text that is not a string", () => ({ ...valid(), text: { evil: true } }), /text must be a string/],
    ["text of 50,000 characters", () => ({ ...valid(), text: "a".repeat(50_000) }), /text is longer than/],
  ];

  it.each(cases)(
    "answers %s with a 400 that names the problem, sending nothing",
    async (_name, body, message) => {
      const res = await postActivity(h.url, body());
      expect(res.status).toBe(400);
      expect((res.body as { error: string }).error).toMatch(message);
      expect(h.connector.calls).toHaveLength(0);
    },
  );

  it("refuses a serviceUrl off this machine while authentication is off (the bot would post there)", async () => {
    const res = await postActivity(h.url, {
      ...valid(),
      serviceUrl: "https://smba.trafficmanager.net/emea/",
    });
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/serviceUrl must be on this machine/);
    expect(h.connector.calls).toHaveLength(0);
  });

  it("answers a body that is not JSON with a 400", async () => {
    const res = await postActivity(h.url, '{"type": "message", ');
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/not valid JSON/);
  });

  it("answers a body over the size limit with a 413", async () => {
    const res = await postActivity(h.url, { ...valid(), attachments: [{ content: "x".repeat(400_000) }] });
    expect(res.status).toBe(413);
    expect((res.body as { error: string }).error).toMatch(/larger than/);
  });

  it("answers an over-long question with a polite reply, not an error", async () => {
    const res = await postActivity(h.url, { ...valid(), text: "deadline ".repeat(500) });
    expect(res.status).toBe(200);
    const posted = h.connector.posted();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.text).toMatch(/I answer questions of up to/);
  });

  it("keeps serving after every malformed request", async () => {
    for (const [, body] of cases) await postActivity(h.url, body());
    const res = await postActivity(h.url, valid());
    expect(res.status).toBe(200);
    expect(h.connector.posted()).toHaveLength(1);
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it("handles activity types it does not act on (typing, conversationUpdate) without replying", async () => {
    for (const type of ["typing", "conversationUpdate", "messageReaction"]) {
      const res = await postActivity(h.url, { ...valid(), type, text: undefined });
      expect(res.status).toBe(200);
    }
    expect(h.connector.posted()).toHaveLength(0);
  });
});

describe("Teams adapter: connector errors", () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => h.connector.reset());

  it("retries a reply the connector throttles with 429 and no Retry-After", async () => {
    h.connector.failNext({ status: 429 }, { status: 429 });
    const res = await postActivity(h.url, channelMention(h.connector.serviceUrl, STAFF, "what is open?"));
    expect(res.status).toBe(200);
    expect(h.connector.calls.map((c) => c.status)).toEqual([429, 429, 200]);
    expect(h.connector.posted()).toHaveLength(1);
  });

  it("retries a reply after a 429 with Retry-After and after a 503", async () => {
    h.connector.failNext({ status: 429, retryAfterSeconds: 0 }, { status: 503, retryAfterSeconds: 0 });
    const res = await postActivity(h.url, personalMessage(h.connector.serviceUrl, STAFF, "what is open?"));
    expect(res.status).toBe(200);
    expect(h.connector.calls.map((c) => c.status)).toEqual([429, 503, 200]);
    expect(h.connector.posted()).toHaveLength(1);
  });

  it("logs a connector that keeps failing and still answers the HTTP request", async () => {
    h.connector.failNext(...Array.from({ length: 12 }, () => ({ status: 400 })));
    const res = await postActivity(h.url, personalMessage(h.connector.serviceUrl, STAFF, "what is open?"));
    // 400 is not retried: the turn fails, the error is logged, and the endpoint answers.
    expect([200, 500]).toContain(res.status);
    expect(h.connector.posted()).toHaveLength(0);
    expect(h.logs()).toMatch(/teams: turn failed/);
  });
});

describe("Teams adapter: authentication", () => {
  const SECRET = "s3cr3t-client-secret-value-do-not-log";
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness({
      MICROSOFT_APP_ID: "00000000-1111-2222-3333-444444444444",
      MICROSOFT_APP_PASSWORD: SECRET,
      TEAMS_ENABLED: "false",
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it("rejects a request without a Bot Framework token with 401 and sends nothing", async () => {
    const res = await postActivity(h.url, personalMessage(h.connector.serviceUrl, STAFF, "what is open?"));
    expect(res.status).toBe(401);
    expect(h.connector.calls).toHaveLength(0);
  });

  it("rejects a request with a forged bearer token with 401 and sends nothing", async () => {
    const res = await postActivity(h.url, personalMessage(h.connector.serviceUrl, STAFF, "what is open?"), {
      authorization: "Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.forged",
    });
    expect(res.status).toBe(401);
    expect(h.connector.calls).toHaveLength(0);
  });

  it("still answers malformed requests with 400 before authentication", async () => {
    const res = await postActivity(h.url, {});
    expect(res.status).toBe(400);
  });

  it("never writes the app password to the log", () => {
    expect(h.logs()).not.toContain(SECRET);
  });

  it("warns loudly when the endpoint runs without authentication", async () => {
    const open = await startTeamsHarness();
    try {
      expect(open.logs()).toMatch(/UNAUTHENTICATED/);
    } finally {
      await open.close();
    }
    expect(h.logs()).not.toMatch(/UNAUTHENTICATED/);
  });
});
