// Slash commands over real HTTP: answered privately inside the ack, with a share button;
// empty, help and unmatched queries get the usage help.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { blockKitProblems } from "../../fakes/blockKit.ts";
import { slashCommand } from "../../fakes/slackRequests.ts";
import { type SlackHarness, settle, startSlackHarness } from "./harness.ts";
import { buttonActions, cardsReady, coreReady } from "./readiness.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

/** Web API calls other than the start-up token check. */
const apiCalls = () => h.fake.calls.filter((c) => c.method !== "auth.test");

const QUERIES = [
  ["/deadline", "technical security operator"],
  ["/vacancies", ""],
  ["/vacancies", "Brussels"],
  ["/vacancy", "network and communications technician"],
] as const;

describe("Slack slash commands", () => {
  it.each(QUERIES)("%s %s answers privately inside the ack with valid blocks", async (command, text) => {
    const res = await h.send("command", slashCommand(command, text, { response_url: h.fake.responseUrl() }));
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe("ephemeral");
    expect(String(res.json.text).length).toBeGreaterThan(0);
    expect(blockKitProblems(res.json.blocks ?? [])).toEqual([]);
    await settle(100);
    expect(apiCalls()).toEqual([]);
    expect(h.fake.responses).toEqual([]);
  });

  it.skipIf(!cardsReady).each(QUERIES)("%s %s offers Share in channel", async (command, text) => {
    const res = await h.send("command", slashCommand(command, text));
    expect(buttonActions(res.json.blocks).some((a) => a?.kind === "share")).toBe(true);
  });

  it.skipIf(!coreReady)("/deadline names the post asked about", async () => {
    const res = await h.send("command", slashCommand("/deadline", "technical security operator"));
    expect(JSON.stringify(res.json)).toContain("Operator, Technical Security");
  });

  it.each([
    ["/deadline", ""],
    ["/vacancy", ""],
    ["/vacancy", "help"],
    ["/deadline", "lunch menu on friday"],
  ])("%s %j gets the usage help", async (command, text) => {
    const res = await h.send("command", slashCommand(command, text));
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe("ephemeral");
    for (const name of ["/deadline", "/vacancies", "/vacancy"]) expect(res.json.text).toContain(name);
    expect(blockKitProblems(res.json.blocks)).toEqual([]);
  });
});
