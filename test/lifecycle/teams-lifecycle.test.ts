// The deadline lifecycle on Teams, end to end over real HTTP: createServer with the Teams
// endpoint on a temp data dir, the fake Bot Framework connector, a clock the test moves, and a
// restart (new createServer on the same files) between steps.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotServer, createServer } from "../../adapters/server.ts";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { VacancySchema } from "../../src/vacancy.ts";
import { type ConnectorCall, type FakeBotConnector, startFakeBotConnector } from "../fakes/botConnector.ts";
import {
  channelMention,
  personalMessage,
  postActivity,
  STAFF,
  TEAM_CHANNEL_ID,
} from "../fakes/teamsActivities.ts";

const PERSONAL = `a:personal-${STAFF.id.slice(3)}`;
let now = Date.parse("2026-11-23T10:00:00Z");
let connector: FakeBotConnector;
let dir: string;
let server: BotServer | null = null;
let url = "";

const post = VacancySchema.parse({
  id: "cyber-defence-analyst",
  title: "Cyber Defence Analyst",
  organisation: "NATO Communications and Information Agency",
  location: "Mons, Belgium",
  deadline: "2026-12-03",
  posts: 1,
  salary: null,
  summary: "Monitors and analyses cyber threats.",
  essential: [],
  desirable: [],
  source: "test",
});

async function restartAt(iso: string): Promise<BotServer> {
  await server?.close();
  now = Date.parse(iso);
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_FILE: join(dir, "vacancies.json"),
    MICROSOFT_APP_ID: "",
    TEAMS_ENABLED: "true",
    DIGEST_CHANNELS: `teams:${TEAM_CHANNEL_ID}`,
  });
  const logger = createLogger({ level: "warn", destination: new Writable({ write: (_c, _e, d) => d() }) });
  server = await createServer({ config, logger, clock: () => new Date(now) });
  url = (await server.listen()).url;
  return server;
}

const sentTo = (conversation: string) =>
  connector.posted().filter((c) => c.conversationId?.split(";messageid=")[0] === conversation);
const json = (c: ConnectorCall | undefined) => JSON.stringify(c?.body ?? {});

beforeAll(async () => {
  connector = await startFakeBotConnector();
  dir = mkdtempSync(join(tmpdir(), "lifecycle-teams-"));
  writeFileSync(join(dir, "vacancies.json"), "[]\n");
});
afterAll(async () => {
  await server?.close();
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Teams deadline lifecycle across restarts", () => {
  it("subscribe in a personal chat; a matching post gives one personal message", async () => {
    await restartAt("2026-11-23T10:00:00Z");
    // The bot is in the digest channel (a mention there stores its reference).
    await postActivity(url, channelMention(connector.serviceUrl, STAFF, "which vacancies are open?"));
    expect(
      (await postActivity(url, personalMessage(connector.serviceUrl, STAFF, "subscribe cyber"))).status,
    ).toBe(200);
    await connector.waitFor(() => sentTo(PERSONAL).length >= 1);
    expect(json(sentTo(PERSONAL)[0])).toContain("Subscribed to “cyber”");
    expect(sentTo(TEAM_CHANNEL_ID).filter((c) => json(c).includes("Vacancy digest"))).toHaveLength(0);

    await restartAt("2026-11-23T10:30:00Z");
    await server?.bot.store.upsert(post, { actor: { id: "R1", via: "cli" } });
    await server?.lifecycle?.tick();
    const personal = sentTo(PERSONAL);
    expect(personal).toHaveLength(2);
    expect(json(personal[1])).toContain("New vacancy matching your subscription “cyber”");
    expect(json(personal[1])).toContain("application/vnd.microsoft.card.adaptive");
    await server?.lifecycle?.recordAnnouncement({
      vacancyId: post.id,
      platform: "teams",
      channel: TEAM_CHANNEL_ID,
      messageId: "1700000000001",
    });
  });

  it("reminders 3 days and 1 day before, once each, across restarts; the digest goes to the channel", async () => {
    await restartAt("2026-11-30T09:00:00Z");
    expect(sentTo(PERSONAL)).toHaveLength(3);
    expect(json(sentTo(PERSONAL)[2])).toContain("in 3 days");
    const digests = sentTo(TEAM_CHANNEL_ID).filter((c) => json(c).includes("Vacancy digest for 2026-11-30"));
    expect(digests).toHaveLength(1);
    expect(json(digests[0])).toContain("Cyber Defence Analyst");

    await restartAt("2026-12-02T09:00:00Z");
    await restartAt("2026-12-02T09:05:00Z");
    await server?.lifecycle?.tick();
    expect(sentTo(PERSONAL)).toHaveLength(4);
    expect(json(sentTo(PERSONAL)[3])).toContain("tomorrow");
  });

  it("after the deadline the announcement is updated to Closed in place, once", async () => {
    await restartAt("2026-12-04T09:00:00Z");
    await restartAt("2026-12-04T10:00:00Z");
    const updates = connector.updated();
    expect(updates).toHaveLength(1);
    expect(updates[0]?.activityId).toBe("1700000000001");
    expect(updates[0]?.conversationId).toBe(TEAM_CHANNEL_ID);
    expect(json(updates[0])).toContain("Closed");
    expect(sentTo(PERSONAL)).toHaveLength(4);
  });
});
