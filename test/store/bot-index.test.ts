// Search sees store changes immediately: the bot's index follows the store's change signal,
// so an upserted or closed vacancy is visible without a restart.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { VacancyBot } from "../../src/bot.ts";
import { fixedClock } from "../../src/clock.ts";
import { JsonFileStore, openStore } from "../../src/store/index.ts";
import { makeVacancy, recruiter, tempFolder } from "./fixtures/vacancies.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

describe("VacancyBot index follows the JSON file store", () => {
  it("sees an upserted, edited and closed vacancy right after each write", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const store = await openStore({ dataFile: join(dir, "vacancies.json"), clock });
    await store.upsert(makeVacancy("existing"), { actor: recruiter });
    const bot = new VacancyBot({ store, clock, recruiters: [recruiter.id] });
    expect(bot.index.all().map((v) => v.id)).toEqual(["existing"]);

    await store.upsert(makeVacancy("network-engineer"), { actor: recruiter });
    expect(bot.index.get("network-engineer")?.title).toBe("Post network-engineer");

    await store.upsert(makeVacancy("network-engineer", { title: "Senior Network Engineer" }), {
      actor: recruiter,
    });
    expect(bot.index.get("network-engineer")?.title).toBe("Senior Network Engineer");

    await bot.closeVacancy("network-engineer", recruiter, "Post filled");
    expect(bot.index.get("network-engineer")).toMatchObject({ state: "closed", closedReason: "Post filled" });
    expect(bot.index.all()).toHaveLength(2);
  });

  it("sees a change another process wrote once this store next writes", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const dataFile = join(dir, "vacancies.json");
    const store = await openStore({ dataFile, clock });
    const bot = new VacancyBot({ store, clock });
    const other = await openStore({ dataFile, clock });
    await other.upsert(makeVacancy("from-terminal"), { actor: { id: "ops", via: "cli" } });
    await store.upsert(makeVacancy("from-bot"), { actor: recruiter });
    expect(bot.index.get("from-terminal")).toBeDefined();
    expect(bot.index.get("from-bot")).toBeDefined();
  });
});

/** Polls `check` until it holds or `ms` pass. */
async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(20);
  }
}

describe("a running bot follows changes made from the terminal", () => {
  it("sees `vacancy-bot close` from another process without a restart or a write of its own", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const dataFile = join(dir, "vacancies.json");
    const store = new JsonFileStore({ dataFile, clock });
    await store.open();
    await store.upsert(makeVacancy("network-engineer"), { actor: recruiter });
    store.watch({ intervalMs: 20 });
    const bot = new VacancyBot({ store, clock });
    const signals: string[] = [];
    store.onChange((c) => signals.push(`${c.action}:${c.before?.state}->${c.vacancy.state}`));
    try {
      await promisify(execFile)(
        process.execPath,
        ["bin/vacancy-bot.mjs", "close", "network-engineer", "--reason", "Filled"],
        {
          env: { ...process.env, DATA_FILE: dataFile, AUDIT_FILE: "" },
        },
      );
      await eventually(() => bot.index.get("network-engineer")?.state === "closed");
      expect(store.get("network-engineer")?.closedReason).toBe("Filled");
      expect(signals).toEqual(["close:published->closed"]);
    } finally {
      await store.dispose();
    }
  });

  it("keeps serving the last good data when another process breaks the file, and refuses writes", async () => {
    const dataFile = join(dir, "vacancies.json");
    const store = new JsonFileStore({ dataFile });
    await store.open();
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    store.watch({ intervalMs: 20 });
    try {
      await writeFile(dataFile, "[{ broken");
      await eventually(() => warnings.length > 0);
      expect(warnings[0]).toMatch(/Cannot load .*vacancies\.json.*\n[\s\S]*keeps serving the last good data/);
      expect(store.get("analyst")).toBeDefined();
      await expect(store.upsert(makeVacancy("other"), { actor: recruiter })).rejects.toMatchObject({
        code: "corrupt",
      });
    } finally {
      console.warn = original;
      await store.dispose();
    }
  });
});
