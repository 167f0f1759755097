// Search sees store changes immediately: the bot's index follows the store's change signal,
// so an upserted or closed vacancy is visible without a restart.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { VacancyBot } from "../../src/bot.ts";
import { fixedClock } from "../../src/clock.ts";
import { openStore } from "../../src/store/index.ts";
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
