// Slash commands over real HTTP: answered privately inside the ack, with a share button;
// empty, help and unmatched queries get the usage help.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { blockKitProblems } from "../../fakes/blockKit.ts";
import { slashCommand } from "../../fakes/slackRequests.ts";
import { buttonActions } from "./cardButtons.ts";
import { RECRUITER, type SlackHarness, settle, startSlackHarness } from "./harness.ts";

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

  it.each(QUERIES)("%s %s offers Share in channel", async (command, text) => {
    const res = await h.send("command", slashCommand(command, text));
    expect(buttonActions(res.json.blocks).some((a) => a?.kind === "share")).toBe(true);
  });

  it("/deadline names the post asked about, with its deadline", async () => {
    const res = await h.send("command", slashCommand("/deadline", "technical security operator"));
    const json = JSON.stringify(res.json);
    expect(json).toContain("Operator, Technical Security");
    expect(json).toContain("2026");
    expect(json).not.toContain("Network and Communications Technician");
  });

  it("/deadline with an acronym finds the post it stands for", async () => {
    const res = await h.send("command", slashCommand("/deadline", "TSCM"));
    expect(JSON.stringify(res.json)).toContain("Operator, Technical Security");
  });

  it("/vacancy shows the full card of the one post asked about, shareable by id", async () => {
    const res = await h.send("command", slashCommand("/vacancy", "network and communications technician"));
    expect(res.json.blocks[0]).toMatchObject({
      type: "header",
      text: { text: "Network and Communications Technician" },
    });
    const share = buttonActions(res.json.blocks).find((a) => a?.kind === "share");
    expect(share?.vacancyId).toBe("network-and-communications-technician");
  });

  it("/vacancies lists the open posts only (as of the injected clock)", async () => {
    const res = await h.send("command", slashCommand("/vacancies", ""));
    const json = JSON.stringify(res.json);
    for (const open of ["Operator, Technical Security", "Officer, Digital Backbone CIS and Cybersecurity"]) {
      expect(json).toContain(open);
    }
    // Closed on 17 June 2024, three days before the clock's "now".
    expect(json).not.toContain("Network and Communications Technician");
  });

  it("a recruiter's private card offers Close vacancy; a staff member's does not", async () => {
    const asRecruiter = await h.send(
      "command",
      slashCommand("/vacancy", "TSCM operator", { user_id: RECRUITER }),
    );
    expect(buttonActions(asRecruiter.json.blocks).some((a) => a?.kind === "close")).toBe(true);
    const asStaff = await h.send("command", slashCommand("/vacancy", "TSCM operator"));
    expect(buttonActions(asStaff.json.blocks).some((a) => a?.kind === "close")).toBe(false);
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
