// `vacancy-bot parse` and `vacancy-bot import` through a real child process of
// bin/vacancy-bot.mjs: output, exit codes, one-line errors, all-or-nothing imports.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { VacancySchema } from "../../src/vacancy.ts";

const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/vacancy-bot.mjs", ...args], {
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const seeds = readdirSync("data/notices")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join("data/notices", f));
const dir = mkdtempSync(join(tmpdir(), "vacancy-bot-cli-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const DUTIES =
  "The incumbent will manage the logistics support of the headquarters, plan the annual procurement of equipment and advise senior management.";

describe("vacancy-bot parse", () => {
  it("--json prints a schema-valid Vacancy", async () => {
    const r = await cli("parse", seeds[4] as string, "--json");
    expect(r.code).toBe(0);
    const v = VacancySchema.parse(JSON.parse(r.stdout));
    expect(v).toMatchObject({ title: "Operator, Technical Security", deadline: "2026-01-29", posts: 2 });
  });

  it("without --json prints a readable summary", async () => {
    const r = await cli("parse", seeds[1] as string);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^BICES Network Operations and Security Centre Chief\n/);
    expect(r.stdout).toMatch(/deadline: +2024-06-24/);
    expect(r.stdout).toMatch(/direct reports: +13/);
    expect(r.stdout).toMatch(/Essential:\n {2}- Possess a University Degree/);
  });

  it("reads a UTF-16 file with a byte-order mark (Notepad's 'Unicode') as text", async () => {
    const text = readFileSync(seeds[4] as string, "utf8");
    const path = file("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const r = await cli("parse", path, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      title: "Operator, Technical Security",
      deadline: "2026-01-29",
    });
  });

  it("--now dates a deadline written without its year, and warns on stderr", async () => {
    const path = file("noyear.txt", `Logistics Officer\nDeadline: 1 June\n\n${DUTIES}`);
    const r = await cli("parse", path, "--json", "--now", "2026-11-23");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ deadline: "2027-06-01" });
    expect(r.stderr).toMatch(/warning: the deadline "1 June" gives no year: read as 2027-06-01/);
  });

  it("--help documents the command", async () => {
    const r = await cli("parse", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--json/);
  });

  const bad: [string, () => string, RegExp][] = [
    ["missing file", () => join(dir, "nope.txt"), /nope\.txt: file not found/],
    ["empty file", () => file("empty.txt", ""), /empty\.txt: the file is empty/],
    ["blank file", () => file("blank.txt", "  \n\n "), /blank\.txt: the notice is empty/],
    [
      "binary file",
      () => file("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff])),
      /image\.png: .*binary/,
    ],
    ["directory", () => dir, /is a directory/],
    [
      "no title",
      () => file("prose.txt", "we would like to thank everyone who came to the summer party last week."),
      /prose\.txt: no post title/,
    ],
    [
      "not a notice",
      () =>
        file("minutes.txt", "Meeting minutes\n\nThe committee met on 3 March 2026 and agreed the budget."),
      /minutes\.txt: this does not look like a vacancy notice/,
    ],
    [
      "bad date",
      () => file("baddate.txt", `Logistics Officer\nDeadline: 31/02/2026\n\n${DUTIES}`),
      /baddate\.txt: the deadline "31\/02\/2026"/,
    ],
  ];
  it.each(bad)("%s: one line on stderr naming the file, non-zero exit", async (_name, make, message) => {
    const r = await cli("parse", make(), "--json");
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("vacancy-bot import", () => {
  it("adds notices to the data file and re-importing changes nothing", async () => {
    const data = join(dir, "store-a.json");
    const first = await cli("import", "--data", data, seeds[0] as string, seeds[3] as string);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created network-and-communications-technician/);
    const after = readFileSync(data, "utf8");
    const vacancies = z.array(VacancySchema).parse(JSON.parse(after));
    expect(vacancies.map((v) => v.id)).toEqual([
      "network-and-communications-technician",
      "officer-digital-backbone-cis-and-cybersecurity",
    ]);
    const again = await cli("import", "--data", data, seeds[3] as string, seeds[0] as string);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/unchanged network-and-communications-technician/);
    expect(readFileSync(data, "utf8")).toBe(after);
  });

  it("is all or nothing: every failure is reported and the data file is untouched", async () => {
    const data = join(dir, "store-b.json");
    expect((await cli("import", "--data", data, seeds[0] as string)).code).toBe(0);
    const before = readFileSync(data);
    const empty = file("empty2.txt", "");
    const r = await cli("import", "--data", data, seeds[1] as string, empty, join(dir, "missing.txt"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty2\.txt: the file is empty/);
    expect(r.stderr).toMatch(/missing\.txt: file not found/);
    expect(r.stderr).toMatch(/nothing imported: 2 of 3/);
    expect(readFileSync(data)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes("store-b"))).toEqual(["store-b.json"]);
  });

  it("gives two notices with the same title distinct ids that do not depend on import order", async () => {
    const a = file("logistics-a.txt", `Logistics Officer\nLocation: Mons, Belgium\n\n${DUTIES}`);
    const b = file("logistics-b.txt", `Logistics Officer\nLocation: Naples, Italy\n\n${DUTIES}`);
    const ids = async (data: string, ...files: string[]) => {
      expect((await cli("import", "--replace", "--data", data, ...files)).code).toBe(0);
      return z
        .array(VacancySchema)
        .parse(JSON.parse(readFileSync(data, "utf8")))
        .map((v) => `${v.id} ${v.location}`)
        .sort();
    };
    const forward = await ids(join(dir, "store-c.json"), a, b);
    const backward = await ids(join(dir, "store-d.json"), b, a);
    expect(forward).toEqual(backward);
    expect(forward[0]).toBe("logistics-officer Mons, Belgium");
    expect(forward[1]).toMatch(/^logistics-officer-[0-9a-f]{6} Naples, Italy$/);
  });

  it("--replace rebuilds data/vacancies.json exactly as committed (the dataset is up to date and stable)", async () => {
    const data = join(dir, "vacancies.json");
    const r = await cli("import", "--replace", "--data", data, ...seeds);
    expect(r.code).toBe(0);
    expect(readFileSync(data, "utf8")).toBe(readFileSync("data/vacancies.json", "utf8"));
  });
});
