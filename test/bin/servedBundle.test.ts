// `vacancy-bot serve` as users start it: bin/vacancy-bot.mjs runs the esbuild bundle that includes
// Bolt, botbuilder and their dependencies (bin/compiledEntry.mjs). The adapter tests import the
// sources, so this is where the bundled SDKs meet real requests: a signed slash command, an
// app_mention answered through the (fake) Slack Web API, and Teams messages through the (fake)
// Bot Framework connector, with and without Bot Framework authentication.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedMention, signedSlashCommand } from "../../bench/load.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/botConnector.ts";
import { FakeSlackApi } from "../fakes/slackApi.ts";
import { personalMessage, postActivity, STAFF } from "../fakes/teamsActivities.ts";
import { SEED_FIXTURE_FILE } from "../fixtures/seedVacancies.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const SIGNING_SECRET = "bundle-test-signing-secret";

interface Served {
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** Spawns `node bin/vacancy-bot.mjs serve` on a free port; resolves once it is listening. */
async function serve(env: Record<string, string>): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), "vb-served-"));
  const dataFile = join(dir, "vacancies.json");
  copyFileSync(SEED_FIXTURE_FILE, dataFile);
  const child: ChildProcess = spawn(process.execPath, ["bin/vacancy-bot.mjs", "serve"], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? dir,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_FILE: dataFile,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr?.on("data", (chunk) => {
    err += String(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      out += String(chunk);
      const match = /open (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited (code ${code}): ${out}${err}`)));
  });
  return {
    url,
    log: () => out + err,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POSTs a signed Slack request to the served bundle's Slack endpoint. */
function postToSlack(served: Served, request: { body: string; headers: Record<string, string> }) {
  return fetch(`${served.url}/slack/events`, {
    method: "POST",
    headers: request.headers,
    body: request.body,
  });
}

describe("vacancy-bot serve from the bundle: Slack and Teams (no Bot Framework auth)", () => {
  let slack: FakeSlackApi;
  let connector: FakeBotConnector;
  let served: Served;
  beforeAll(async () => {
    slack = await FakeSlackApi.start();
    connector = await startFakeBotConnector();
    served = await serve({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-bundle-test",
      SLACK_API_URL: slack.apiUrl,
      TEAMS_ENABLED: "true",
      MICROSOFT_APP_ID: "",
    });
  }, 60_000);
  afterAll(async () => {
    await served?.stop();
    await slack?.close();
    await connector?.close();
  });

  it("answers a signed slash command in its ack with Block Kit", async () => {
    const request = signedSlashCommand(
      SIGNING_SECRET,
      "/deadline",
      "network technician",
      slack.responseUrl("r1"),
    );
    const response = await postToSlack(served, request);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { blocks?: unknown[] };
    expect(JSON.stringify(body.blocks)).toMatch(/Network and Communications Technician/);
  });

  it("refuses an unsigned Slack request with 401", async () => {
    const request = signedSlashCommand(
      "not-the-secret",
      "/deadline",
      "network technician",
      slack.responseUrl("r2"),
    );
    const response = await postToSlack(served, request);
    expect(response.status).toBe(401);
  });

  it("answers an app_mention in its thread through the Web API", async () => {
    const mention = signedMention(SIGNING_SECRET, "<@UBOT000001> which jobs need PKI experience?", 1);
    const response = await postToSlack(served, mention);
    expect(response.status).toBe(200);
    await expect
      .poll(() => slack.callsTo("chat.postMessage").map((c) => c.params.thread_ts), { timeout: 10_000 })
      .toContain(mention.ts);
  });

  it("answers a Teams message through the Bot Framework connector", async () => {
    const activity = personalMessage(
      connector.serviceUrl,
      STAFF,
      "when does the network technician post close?",
    );
    const response = await postActivity(served.url, activity);
    expect(response.status).toBe(200);
    await connector.waitFor((calls) => calls.some((c) => c.kind === "reply" || c.kind === "send"), 10_000);
    expect(JSON.stringify(connector.posted().map((c) => c.body))).toMatch(
      /Network and Communications Technician/,
    );
  });
});

describe("vacancy-bot serve from the bundle: Teams with Bot Framework auth", () => {
  let connector: FakeBotConnector;
  let served: Served;
  beforeAll(async () => {
    connector = await startFakeBotConnector();
    served = await serve({
      MICROSOFT_APP_ID: "00000000-1111-2222-3333-444444444444",
      MICROSOFT_APP_PASSWORD: "bundle-test-client-secret",
    });
  }, 60_000);
  afterAll(async () => {
    await served?.stop();
    await connector?.close();
  });

  it("rejects an activity without a token, and a forged one, with 401 and sends nothing", async () => {
    const activity = personalMessage(connector.serviceUrl, STAFF, "what is open?");
    expect((await postActivity(served.url, activity)).status).toBe(401);
    const forged = await postActivity(served.url, activity, {
      authorization: "Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.forged",
    });
    expect(forged.status).toBe(401);
    expect(connector.calls).toHaveLength(0);
    expect(served.log()).not.toContain("bundle-test-client-secret");
  });
});

describe("vacancy-bot serve from the bundle: Slack Socket Mode", () => {
  it("asks the Web API for a Socket Mode connection and keeps serving", async () => {
    const slack = await FakeSlackApi.start();
    const served = await serve({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-bundle-test",
      SLACK_APP_TOKEN: "xapp-1-bundle-test",
      SLACK_API_URL: slack.apiUrl,
    });
    try {
      await slack.waitForCalls("apps.connections.open");
      expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
      expect(served.log()).not.toContain("xapp-1-bundle-test");
    } finally {
      await served.stop();
      await slack.close();
    }
  }, 60_000);
});
