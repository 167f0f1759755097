// The recruiter's paste -> preview flow reads a notice by the bot's clock: "Deadline: 1 June"
// pasted in November is next year's 1 June, and the preview's warnings say so.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { VacancyBot } from "../../src/bot.ts";
import { fixedClock } from "../../src/clock.ts";
import { openStore } from "../../src/store/index.ts";
import { recruiter, tempFolder } from "./fixtures/vacancies.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

describe("a pasted notice's deadline without its year", () => {
  it("is the next such day from the bot's clock, with a warning on the draft", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const store = await openStore({ dataFile: join(dir, "vacancies.json"), clock });
    const bot = new VacancyBot({ store, clock, recruiters: [recruiter.id] });
    const result = bot.createDraft(
      "Cyber Analyst\nMons, Belgium\nDeadline: 1 June\n\nThe Cyber Analyst monitors the networks of the Agency and reports incidents to the security operations centre.",
      recruiter,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft.vacancy.deadline).toBe("2027-06-01");
    expect(result.draft.warnings).toContainEqual(
      expect.stringMatching(/"1 June" gives no year: read as 2027-06-01/),
    );
  });
});
