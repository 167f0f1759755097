// Web API failures: 429 is retried after Retry-After, rejected blocks are resent as plain
// text, and an unexpected error is logged without taking the server down.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appMention, eventCallback } from "../../fakes/slackRequests.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

describe("Slack Web API errors", () => {
  it("retries a rate-limited reply after Retry-After", async () => {
    h.fake.failNext("chat.postMessage", { rateLimited: 1 });
    const event = appMention("which vacancies are open?");
    await h.send("event", eventCallback(event));
    const [first, second] = await h.fake.waitForCalls("chat.postMessage", 2, 10_000);
    expect(first?.response?.status).toBe(429);
    expect(second?.response?.status).toBe(200);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(second?.params.thread_ts).toBe(event.ts);
    expect(second?.params.text).toBe(first?.params.text);
  });

  it.each(["invalid_blocks", "too_many_blocks"])(
    "resends the answer as plain text after %s",
    async (error) => {
      h.fake.failNext("chat.postMessage", { error });
      const event = appMention("which vacancies are open?");
      await h.send("event", eventCallback(event));
      const [, resent] = await h.fake.waitForCalls("chat.postMessage", 2);
      expect(resent?.params.blocks).toBeUndefined();
      expect(String(resent?.params.text).length).toBeGreaterThan(0);
      expect(resent?.params.thread_ts).toBe(event.ts);
      expect(h.logs.join("")).toContain("resending as plain text");
    },
  );

  it("logs an unexpected error and keeps serving", async () => {
    h.fake.failNext("chat.postMessage", { error: "fatal_error" });
    await h.send("event", eventCallback(appMention("which vacancies are open?")));
    await h.fake.waitFor(() =>
      h.logs.some((l) => l.includes("listener failed") && l.includes("fatal_error")),
    );
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });
});
