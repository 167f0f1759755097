// Socket Mode (SLACK_APP_TOKEN set): the server starts without blocking or crashing even
// though the connection itself needs Slack; the HTTP endpoint is not mounted then.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { APP_TOKEN, startSlackHarness } from "./harness.ts";

describe("Slack Socket Mode", () => {
  it("starts, asks for a connection URL, keeps serving HTTP and stops cleanly", async () => {
    const started = Date.now();
    const h = await startSlackHarness({ env: { SLACK_APP_TOKEN: APP_TOKEN } });
    try {
      expect(Date.now() - started).toBeLessThan(3000);
      // The fake answers ok without a URL: the client logs it and retries later.
      await h.fake.waitForCalls("apps.connections.open");
      expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
      const res = await fetch(`${h.baseUrl}/slack/events`, { method: "POST", body: "{}" });
      expect(res.status).toBe(404);
    } finally {
      await h.close();
    }
  });

  it("logs a clear error when Slack refuses the app token, and keeps running", async () => {
    const h = await startSlackHarness({
      env: { SLACK_APP_TOKEN: APP_TOKEN },
      beforeStart: (fake) => fake.failNext("apps.connections.open", { error: "invalid_auth" }),
    });
    try {
      await h.fake.waitFor(() => h.logs.some((l) => l.includes("Socket Mode could not connect")));
      expect(h.logs.join("")).not.toContain(APP_TOKEN);
      expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it("survives an unreachable Slack API (no network) at start-up", async () => {
    const h = await startSlackHarness({
      env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: `http://127.0.0.1:${await closedPort()}/api/` },
    });
    try {
      await h.fake.waitFor(() => h.logs.some((l) => l.includes("could not verify SLACK_BOT_TOKEN")), 15_000);
      expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
