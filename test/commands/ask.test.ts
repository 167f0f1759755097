// The `ask` contract end to end: the real CLI in a child process, over the seed-like fixture data.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SEED_FIXTURE_FILE } from "../fixtures/seedVacancies.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

function cli(args: string[], input = "") {
  const run = spawnSync(process.execPath, ["bin/vacancy-bot.mjs", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, DATA_FILE: SEED_FIXTURE_FILE },
    timeout: 60_000,
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe("vacancy-bot ask", () => {
  it("prints the plain answer for one question", () => {
    const r = cli(["ask", "--now", "2024-06-05", "closing", "date", "network", "technician"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(
      "Network and Communications Technician (BICES Group Executive, Brussels): applications close on 17 June 2024; 12 days left.",
    );
  });

  it("prints one JSON answer with the contract's fields", () => {
    const r = cli(["ask", "--json", "--now", "2024-06-05", "is the NOSC chief post open?"]);
    const answer = JSON.parse(r.stdout);
    expect(answer).toMatchObject({
      intent: "status",
      vacancies: [
        {
          id: "bices-network-operations-and-security-centre-chief",
          title: "BICES Network Operations and Security Centre Chief",
          deadline: "2024-06-24",
          status: "open",
        },
      ],
    });
    expect(answer.text).toMatch(/^Yes: /);
    expect(answer.slack).toHaveProperty("text");
    expect(answer.teams).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
  });

  it("answers a JSON Lines batch in order, one line per input line, bad lines as error objects", () => {
    const input = [
      JSON.stringify({ question: "when does the network technician post close", now: "2024-06-05" }),
      "what's open?",
      "{not json",
      JSON.stringify({ question: "deadline NOSC chief", now: "not-a-date" }),
      JSON.stringify({ now: "2024-06-05" }),
      "",
      JSON.stringify({ question: "where is the coffee machine", now: "2024-06-05" }),
    ].join("\n");
    const r = cli(["ask", "--json", "--now", "2025-01-10"], `${input}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0].vacancies[0].title).toBe("Network and Communications Technician");
    expect(lines[0].text).toContain("17 June 2024");
    // A bare line uses the --now default (2025-01-10): two posts open then.
    expect(lines[1].intent).toBe("list");
    expect(lines[1].vacancies.map((v: { status: string }) => v.status)).toEqual(["open", "open", "unknown"]);
    expect(lines[2]).toMatchObject({ error: "invalid_json" });
    expect(lines[3]).toMatchObject({ error: "invalid_now" });
    expect(lines[4]).toMatchObject({ error: "invalid_line" });
    expect(lines[5]).toMatchObject({ vacancies: [] });
  });
});

describe("vacancy-bot chat", () => {
  it("answers each line with the same core and stops on 'quit'", () => {
    const r = cli(
      ["chat", "--now", "2024-06-05"],
      "when does the NOSC chief post close?\n\nquit\nnot answered\n",
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("5 vacancies loaded, answering as of 2024-06-05");
    expect(r.stdout).toContain("24 June 2024");
    expect(r.stdout).not.toContain("not answered");
  });
});
