// The benchmark's own inputs (not its timings): the synthetic dataset is deterministic and
// schema-valid, and the load generator's freshly signed requests are accepted by the real Bolt app.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateVacancies } from "../../bench/generateVacancies.ts";
import { parseCpuList, signedMention, signedSlashCommand } from "../../bench/load.ts";
import { parseCpuMs, processCpuMs } from "../../bench/processCpu.ts";
import { benchQuestions } from "../../bench/questions.ts";
import { VacancySchema } from "../../src/vacancy.ts";
import { NOW, SIGNING_SECRET, type SlackHarness, startSlackHarness } from "../adapters/slack/harness.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/botConnector.ts";
import { FakeSlackApi } from "../fakes/slackApi.ts";
import { personalMessage, postActivity, STAFF } from "../fakes/teamsActivities.ts";

describe("generateVacancies", () => {
  it("gives the same dataset for the same seed and another for another seed", () => {
    const a = generateVacancies(300);
    expect(JSON.stringify(generateVacancies(300))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateVacancies(300, { seed: 7 }))).not.toBe(JSON.stringify(a));
    expect(benchQuestions(a)).toEqual(benchQuestions(generateVacancies(300)));
  });

  it("gives schema-valid vacancies with unique ids and notice-like text", () => {
    const vacancies = generateVacancies(300);
    expect(vacancies).toHaveLength(300);
    for (const v of vacancies) expect(VacancySchema.safeParse(v).success).toBe(true);
    expect(new Set(vacancies.map((v) => v.id)).size).toBe(300);
    const words = new Set(
      vacancies.flatMap((v) =>
        [v.summary, ...v.essential, ...v.desirable].join(" ").toLowerCase().split(/\W+/),
      ),
    );
    expect(words.size).toBeGreaterThan(1000);
    // Deadlines spread over two years, not one day.
    expect(new Set(vacancies.map((v) => v.deadline)).size).toBeGreaterThan(100);
  });
});

describe("bench/load request signing", () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await startSlackHarness({ env: { LOG_LEVEL: "silent" } });
  });
  afterAll(async () => {
    await slack?.close();
  });

  async function post(request: { body: string; headers: Record<string, string> }) {
    const response = await fetch(slack.endpoint, {
      method: "POST",
      headers: request.headers,
      body: request.body,
    });
    return { status: response.status, text: await response.text() };
  }

  it("signs slash commands the way Bolt verifies them (and a wrong secret is refused)", async () => {
    const ok = await post(
      signedSlashCommand(SIGNING_SECRET, "/vacancies", "", slack.fake.responseUrl("bench-test")),
    );
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text).blocks.length).toBeGreaterThan(0);
    const wrong = await post(
      signedSlashCommand("another-secret", "/vacancies", "", slack.fake.responseUrl()),
    );
    expect(wrong.status).toBe(401);
  });

  it("signs app_mention events that Bolt accepts and answers once in their own thread", async () => {
    const request = signedMention(SIGNING_SECRET, `which vacancies are open on ${NOW}?`, 4242);
    expect((await post(request)).status).toBe(200);
    const calls = await slack.fake.waitForCalls("chat.postMessage", 1);
    expect(calls.filter((c) => c.params.thread_ts === request.ts)).toHaveLength(1);
  });
});

describe("bench/load CPU accounting", () => {
  it("reads Linux CPU lists as taskset and /proc write them", () => {
    expect(parseCpuList("0-1")).toEqual([0, 1]);
    expect(parseCpuList("0,2-4,7\n")).toEqual([0, 2, 3, 4, 7]);
    expect(parseCpuList("")).toEqual([]);
  });

  it("sums user and system time of a /proc/<pid>/stat line, whatever the command name holds", () => {
    const stat = "4242 (node (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0 1234 0 0";
    expect(parseCpuMs(stat, 100)).toBe(3000);
    expect(parseCpuMs("garbage", 100)).toBeUndefined();
  });

  it("measures this process where /proc exists, and nothing elsewhere", () => {
    const ms = processCpuMs(process.pid);
    if (process.platform === "linux") expect(ms).toBeGreaterThan(0);
    else expect(ms).toBeUndefined();
    expect(processCpuMs(undefined)).toBeUndefined();
  });
});

// The load benchmark's baseline is only a baseline if the stacks in it do the same round trips as
// the bot: a verified ack, a chat.postMessage in the mention's thread, a connector reply.
describe("bench/stackFloor (the platform stacks alone)", () => {
  let child: ChildProcess;
  let url: string;
  let slack: FakeSlackApi;
  let connector: FakeBotConnector;
  beforeAll(async () => {
    slack = await FakeSlackApi.start();
    connector = await startFakeBotConnector();
    child = spawn(process.execPath, ["bin/run-ts.mjs", "bench/stackFloor.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        PORT: "0",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: "xoxb-floor-test",
        SLACK_API_URL: slack.apiUrl,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr?.on("data", (chunk) => {
      err += String(chunk);
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (chunk) => {
        out += String(chunk);
        const match = /open (http:\/\/\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`stack floor exited (code ${code}): ${out}${err}`)));
    });
  });
  afterAll(async () => {
    child?.kill();
    await slack?.close();
    await connector?.close();
  });

  const post = (request: { body: string; headers: Record<string, string> }) =>
    fetch(`${url}/slack/events`, { method: "POST", headers: request.headers, body: request.body });

  it("acks a signed slash command with its fixed line and refuses a wrong signature", async () => {
    const ok = await post(signedSlashCommand(SIGNING_SECRET, "/deadline", "x", slack.responseUrl("floor")));
    expect(ok.status).toBe(200);
    expect(JSON.parse(await ok.text()).text).toMatch(/stack floor/i);
    expect((await post(signedSlashCommand("wrong", "/deadline", "x", slack.responseUrl()))).status).toBe(401);
  });

  it("replies to an app_mention once, in its thread, through the Web API", async () => {
    const request = signedMention(SIGNING_SECRET, "hello", 7);
    expect((await post(request)).status).toBe(200);
    const calls = await slack.waitForCalls("chat.postMessage", 1);
    expect(calls.map((c) => c.params.thread_ts)).toEqual([request.ts]);
  });

  it("replies to a Teams message through the connector", async () => {
    const activity = { ...personalMessage(connector.serviceUrl, STAFF, "hello"), id: "floor-1" };
    expect((await postActivity(url, activity)).status).toBe(200);
    await connector.waitFor((calls) => calls.length > 0);
    expect(connector.posted().map((c) => c.activityId ?? c.body?.replyToId)).toEqual(["floor-1"]);
  });
});
