// The deadline lifecycle on Slack, end to end over real HTTP: the real server (createServer)
// on a temp data dir, the fake Slack Web API, and a clock the test moves. The bot is restarted
// between steps (a new createServer on the same files): nothing is sent twice, nothing missed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotServer, createServer } from "../../adapters/server.ts";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { type Vacancy, VacancySchema } from "../../src/vacancy.ts";
import { fixtureVacancies } from "../adapters/slack/harness.ts";
import { FakeSlackApi, type SlackApiCall } from "../fakes/slackApi.ts";
import { directMessage, eventCallback, sendToSlackApp } from "../fakes/slackRequests.ts";

const SECRET = "test-signing-secret-lifecycle-1";
const USER = "U0STAFF001";
const DIGEST = "C0DIGEST01";
const ANNOUNCE = "C0ANNOUNCE";

let now = Date.parse("2026-11-23T10:00:00Z");
let fake: FakeSlackApi;
let dir: string;
let server: BotServer | null = null;
let eventsUrl = "";

function cyberPost(): Vacancy {
  const base = fixtureVacancies()[0] as Vacancy;
  return VacancySchema.parse({
    ...base,
    id: "cyber-defence-analyst",
    title: "Cyber Defence Analyst",
    summary: "Monitors and analyses cyber threats to the agency's networks.",
    deadline: "2026-12-03",
    acronyms: [],
    profiles: [],
  });
}

async function start(): Promise<BotServer> {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_FILE: join(dir, "vacancies.json"),
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-1-2-lifecycle",
    SLACK_API_URL: fake.apiUrl,
    DIGEST_CHANNELS: DIGEST,
    MICROSOFT_APP_ID: "",
  });
  const logger = createLogger({ level: "warn", destination: new Writable({ write: (_c, _e, d) => d() }) });
  const s = await createServer({ config, logger, clock: () => new Date(now) });
  eventsUrl = `${(await s.listen()).url}/slack/events`;
  return s;
}

async function restartAt(iso: string): Promise<BotServer> {
  await server?.close();
  now = Date.parse(iso);
  server = await start(); // start-up catches up
  return server;
}

async function dm(message: string): Promise<void> {
  const res = await sendToSlackApp(eventsUrl, "event", eventCallback(directMessage(message)), {
    signingSecret: SECRET,
  });
  expect(res.status).toBe(200);
}

const posts = (channel: string) =>
  fake.callsTo("chat.postMessage").filter((c) => c.params.channel === channel);
const text = (c: SlackApiCall | undefined) => JSON.stringify(c?.params ?? {});

beforeAll(async () => {
  fake = await FakeSlackApi.start();
  dir = mkdtempSync(join(tmpdir(), "lifecycle-slack-"));
  writeFileSync(join(dir, "vacancies.json"), "[]\n");
});
afterAll(async () => {
  await server?.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Slack deadline lifecycle across restarts", () => {
  it("an empty day posts no digest", async () => {
    server = await restartAt("2026-11-23T10:00:00Z");
    await server.lifecycle?.tick();
    expect(posts(DIGEST)).toHaveLength(0);
  });

  it("subscribe by DM, then a matching post gives exactly one DM", async () => {
    await restartAt("2026-11-23T10:05:00Z");
    await dm("subscribe cyber");
    const [reply] = await fake.waitFor(() => {
      const r = posts("D0STAFF001");
      return r.length ? r : undefined;
    });
    expect(text(reply)).toContain("Subscribed to “cyber”");

    await (server as BotServer).bot.store.upsert(cyberPost(), { actor: { id: "R1", via: "cli" } });
    await (server as BotServer).lifecycle?.tick();
    const dms = await fake.waitFor(() => (posts(USER).length ? posts(USER) : undefined));
    expect(dms).toHaveLength(1);
    expect(text(dms[0])).toContain("New vacancy matching your subscription “cyber”");
    expect(text(dms[0])).toContain("Cyber Defence Analyst");
    await (server as BotServer).lifecycle?.recordAnnouncement({
      vacancyId: "cyber-defence-analyst",
      platform: "slack",
      channel: ANNOUNCE,
      messageId: "1700000000.000100",
    });
  });

  it("after a restart nothing is resent", async () => {
    await restartAt("2026-11-23T11:00:00Z");
    await server?.lifecycle?.tick();
    expect(posts(USER)).toHaveLength(1);
    expect(posts(DIGEST)).toHaveLength(0);
  });

  it("3 days before: one reminder, and the digest lists the post as closing soon", async () => {
    // Down from the 23rd to the 30th at 10:00 Brussels (after the 09:00 digest): start-up catches up.
    await restartAt("2026-11-30T09:00:00Z");
    const reminders = posts(USER).slice(1);
    expect(reminders).toHaveLength(1);
    expect(text(reminders[0])).toContain("in 3 days");
    const digests = posts(DIGEST);
    expect(digests).toHaveLength(1);
    const digest = text(digests[0]);
    expect(digest).toContain("Vacancy digest for 2026-11-30");
    expect(digest).toContain("Closing within 7 days");
    expect(digest).toContain("Cyber Defence Analyst");
    // Newly posted since the last digest window (it was posted on the 23rd, after that day's digest).
    expect(digest).toContain("Newly posted");
    expect(digest).not.toContain("Closed since the last digest");

    await restartAt("2026-11-30T15:00:00Z");
    await server?.lifecycle?.tick();
    expect(posts(USER)).toHaveLength(2);
    expect(posts(DIGEST)).toHaveLength(1);
  });

  it("1 day before: one more reminder, once", async () => {
    now = Date.parse("2026-12-02T08:30:00Z");
    await server?.lifecycle?.tick();
    await server?.lifecycle?.tick();
    expect(posts(USER)).toHaveLength(3);
    expect(text(posts(USER)[2])).toContain("tomorrow");
    await restartAt("2026-12-02T08:31:00Z");
    expect(posts(USER)).toHaveLength(3);
  });

  it("after the deadline the announcement is updated to Closed in place, once, and the digest says so", async () => {
    await restartAt("2026-12-04T09:00:00Z");
    const updates = fake.callsTo("chat.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]?.params.channel).toBe(ANNOUNCE);
    expect(updates[0]?.params.ts).toBe("1700000000.000100");
    expect(text(updates[0])).toContain("Closed");
    const digest = text(posts(DIGEST).at(-1));
    expect(digest).toContain("Vacancy digest for 2026-12-04");
    expect(digest).toContain("Closed since the last digest");
    expect(digest).not.toContain("Newly posted");

    await restartAt("2026-12-04T12:00:00Z");
    await server?.lifecycle?.tick();
    expect(fake.callsTo("chat.update")).toHaveLength(1);
    expect(posts(USER)).toHaveLength(3);
    expect(posts(DIGEST).filter((c) => text(c).includes("2026-12-04"))).toHaveLength(1);
  });

  it("my subscriptions and unsubscribe answer with cards, durably", async () => {
    fake.reset();
    await dm("my subscriptions");
    const [list] = await fake.waitForCalls("chat.postMessage");
    expect(text(list)).toContain("“cyber”");
    expect(list?.params.blocks?.length).toBeGreaterThan(0);
    fake.reset();
    await dm("unsubscribe cyber");
    const [gone] = await fake.waitForCalls("chat.postMessage");
    expect(text(gone)).toContain("Unsubscribed from “cyber”");
    await restartAt("2026-12-04T12:30:00Z");
    fake.reset();
    await dm("my subscriptions");
    const [none] = await fake.waitForCalls("chat.postMessage");
    expect(text(none)).toContain("You have no subscriptions");
  });
});
