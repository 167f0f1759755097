// The store commands through a real child process (`node bin/vacancy-bot.mjs ...`), with
// DATA_FILE pointing into a temp folder.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.ts";
import { openStore } from "../../src/store/index.ts";
import { makeVacancy, recruiter, tempFolder } from "./fixtures/vacancies.ts";

let dir: string;
let cleanup: () => Promise<void>;
let dataFile: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  dataFile = join(dir, "vacancies.json");
  const store = await openStore({ dataFile, clock: fixedClock("2026-11-01") });
  await store.upsert(
    makeVacancy("cyber-analyst", { title: "Cyber Security Analyst", deadline: "2026-11-30" }),
    {
      actor: recruiter,
    },
  );
  await store.upsert(makeVacancy("old-post", { deadline: "2024-01-01" }), { actor: recruiter });
  await store.upsert(makeVacancy("no-deadline", { deadline: null }), { actor: recruiter });
});
afterEach(() => cleanup());

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/vacancy-bot.mjs", ...args],
      { env: { ...process.env, DATA_FILE: dataFile, AUDIT_FILE: "", USER: "ops-tester" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("vacancy-bot list", () => {
  it("prints status as of --now, and --open keeps only the open posts", async () => {
    const all = await run("list", "--json", "--now", "2026-11-23");
    expect(all.code).toBe(0);
    const parsed = JSON.parse(all.stdout);
    expect(parsed.asOf).toBe("2026-11-23");
    expect(parsed.vacancies.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([
      ["cyber-analyst", "open"],
      ["old-post", "closed"],
      ["no-deadline", "unknown"],
    ]);

    const open = JSON.parse((await run("list", "--open", "--json", "--now", "2026-11-30")).stdout);
    expect(open.vacancies.map((v: { id: string }) => v.id)).toEqual(["cyber-analyst"]);
    const later = JSON.parse((await run("list", "--open", "--json", "--now", "2026-12-01")).stdout);
    expect(later).toMatchObject({ count: 0, vacancies: [] });
  });

  it("prints a readable table", async () => {
    const { code, stdout } = await run("list", "--now", "2026-11-23");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ID\s+STATUS\s+DEADLINE\s+TITLE$/m);
    expect(stdout).toMatch(/^cyber-analyst\s+open\s+2026-11-30\s+Cyber Security Analyst$/m);
    expect(stdout).toContain("3 vacancies (1 open) as of 2026-11-23");
  });

  it("stops with the corrupt-file message on stderr and leaves the file as it was", async () => {
    const good = await readFile(dataFile, "utf8");
    const broken = good.slice(0, good.length - 40);
    await writeFile(dataFile, broken);
    const { code, stdout, stderr } = await run("list");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`Cannot load ${dataFile}: line`);
    expect(stderr).toContain(`cp ${dataFile}.bak ${dataFile}`);
    expect(await readFile(dataFile, "utf8")).toBe(broken);
  });
});

describe("vacancy-bot serve", () => {
  it("does not start on a damaged data file, and says which file, where, and how to recover", async () => {
    const good = await readFile(dataFile, "utf8");
    await writeFile(dataFile, good.replace('"posts": 1', '"posts": "one"'));
    const { code, stdout, stderr } = await run("serve", "--port", "0");
    expect(code).toBe(1);
    expect(stdout).not.toContain("is running");
    expect(stderr).toMatch(
      /Cannot load .*vacancies\.json: line \d+, entry 1 \(id "cyber-analyst"\), field "posts"/,
    );
    expect(stderr).toContain(`cp ${dataFile}.bak ${dataFile}`);
  });
});

describe("vacancy-bot close / withdraw / history", () => {
  it("closes with a reason, records the terminal user, and shows it in history", async () => {
    const closed = await run("close", "cyber-analyst", "--reason", "Post filled");
    expect(closed).toMatchObject({ code: 0, stderr: "" });
    expect(closed.stdout).toBe("Closed cyber-analyst (Cyber Security Analyst): Post filled.\n");
    const onDisk = JSON.parse(await readFile(dataFile, "utf8"));
    expect(onDisk.find((v: { id: string }) => v.id === "cyber-analyst")).toMatchObject({
      state: "closed",
      closedReason: "Post filled",
    });

    const again = await run("close", "cyber-analyst");
    expect(again.stdout).toBe("cyber-analyst was already closed; nothing changed.\n");

    const history = await run("history", "cyber-analyst");
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/create\s+by Rita Recruiter \(U123\) via slack/);
    expect(history.stdout).toMatch(/close\s+by ops-tester via cli: Post filled/);
    expect(history.stdout).toContain('state: "published" -> "closed"');

    const json = JSON.parse((await run("history", "cyber-analyst", "--json")).stdout);
    expect(json.map((e: { action: string }) => e.action)).toEqual(["create", "close"]);
  });

  it("withdraws a vacancy", async () => {
    const { code, stdout } = await run("withdraw", "old-post", "--reason", "Cancelled");
    expect(code).toBe(0);
    expect(stdout).toBe("Withdrew old-post (Post old-post): Cancelled.\n");
    const listed = JSON.parse((await run("list", "--json")).stdout);
    expect(listed.vacancies.find((v: { id: string }) => v.id === "old-post")).toMatchObject({
      state: "withdrawn",
      status: "closed",
    });
  });

  it("gives a clear error and a non-zero exit for an unknown id or a bad --now", async () => {
    const close = await run("close", "no-such-post");
    expect(close.code).toBe(1);
    expect(close.stderr).toMatch(/No vacancy with id "no-such-post" to close/);
    const history = await run("history", "no-such-post");
    expect(history.code).toBe(1);
    expect(history.stderr).toMatch(/No vacancy with id "no-such-post"/);
    const now = await run("list", "--now", "someday");
    expect(now.code).toBe(1);
    expect(now.stderr).toMatch(/"someday" is not a date/);
  });
});
