// The benchmark's own inputs (not its timings): the synthetic dataset is deterministic and
// schema-valid, and the load generator's freshly signed requests are accepted by the real Bolt app.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateVacancies } from "../../bench/generateVacancies.ts";
import { parseCpuList, signedMention, signedSlashCommand } from "../../bench/load.ts";
import { parseCpuMs, processCpuMs } from "../../bench/processCpu.ts";
import { benchQuestions } from "../../bench/questions.ts";
import { VacancySchema } from "../../src/vacancy.ts";
import { NOW, SIGNING_SECRET, type SlackHarness, startSlackHarness } from "../adapters/slack/harness.ts";

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
