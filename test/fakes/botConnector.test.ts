// The fake Bot Framework connector itself: it records what it is sent, classifies the REST calls,
// and fails on demand. Other suites (adapters, benchmarks) rely on it behaving exactly so.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeBotConnector, startFakeBotConnector } from "./botConnector.ts";

let connector: FakeBotConnector;
beforeAll(async () => {
  connector = await startFakeBotConnector();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(() => connector.reset());

const call = (method: string, path: string, body: unknown = { type: "message", text: "hi" }) =>
  fetch(new URL(path, connector.serviceUrl), {
    method,
    headers: { "content-type": "application/json", authorization: "Bearer x" },
    body: JSON.stringify(body),
  });

describe("fake Bot Framework connector", () => {
  it("records sends, replies and updates with decoded conversation ids, and assigns activity ids", async () => {
    const conversation = encodeURIComponent("19:abc@thread.tacv2;messageid=42");
    const sent = await (await call("POST", `v3/conversations/${conversation}/activities`)).json();
    const replied = await (await call("POST", `v3/conversations/${conversation}/activities/42`)).json();
    const updated = await (
      await call("PUT", `v3/conversations/${conversation}/activities/${sent.id}`)
    ).json();
    expect(connector.calls.map((c) => [c.kind, c.conversationId, c.activityId])).toEqual([
      ["send", "19:abc@thread.tacv2;messageid=42", null],
      ["reply", "19:abc@thread.tacv2;messageid=42", "42"],
      ["update", "19:abc@thread.tacv2;messageid=42", sent.id],
    ]);
    expect(sent.id).not.toBe(replied.id);
    expect(updated.id).toBe(sent.id);
    expect(connector.posted().map((c) => c.kind)).toEqual(["send", "reply"]);
    expect(connector.updated()).toHaveLength(1);
    expect(connector.calls.every((c) => c.authorized)).toBe(true);
    expect(connector.calls[0]?.body).toEqual({ type: "message", text: "hi" });
  });

  it("answers createConversation and 404s unknown routes", async () => {
    const created = await (await call("POST", "v3/conversations", { bot: { id: "b" } })).json();
    expect(created.id).toMatch(/^conv-/);
    expect((await call("DELETE", "v3/teams/x")).status).toBe(404);
  });

  it("fails the next matching calls as scripted, with Retry-After when given, then recovers", async () => {
    connector.failNext({ status: 429, retryAfterSeconds: 2 }, { status: 503, kind: "update" });
    const throttled = await call("POST", "v3/conversations/c1/activities");
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("2");
    // The 503 is reserved for an update: a send goes through.
    expect((await call("POST", "v3/conversations/c1/activities")).status).toBe(200);
    expect((await call("PUT", "v3/conversations/c1/activities/1")).status).toBe(503);
    expect((await call("PUT", "v3/conversations/c1/activities/1")).status).toBe(200);
    expect(connector.posted()).toHaveLength(1);
  });

  it("waitFor resolves once a condition holds and rejects on timeout", async () => {
    const waiting = connector.waitFor((calls) => calls.length === 2, 2_000);
    await call("POST", "v3/conversations/c1/activities");
    await call("POST", "v3/conversations/c1/activities");
    await expect(waiting).resolves.toBeUndefined();
    await expect(connector.waitFor(() => false, 50)).rejects.toThrow(/not met within 50 ms/);
  });
});
