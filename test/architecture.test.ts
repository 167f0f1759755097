// The architecture, enforced: the core (src/) never imports a platform SDK, and botbuilder stays
// inside adapters/teams/ so a move to the Microsoft 365 Agents SDK touches that folder only.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === "node_modules" || name === "dist" ? [] : sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]);

describe("architecture boundaries", () => {
  it("src/ imports no Slack or Teams SDK", () => {
    const offenders = sourceFiles("src").filter((f) =>
      importsOf(f).some((i) => /^@slack\/|^botbuilder|^botframework|^@microsoft\/agents/.test(i ?? "")),
    );
    expect(offenders).toEqual([]);
  });

  it("botbuilder is imported only under adapters/teams/", () => {
    const offenders = [...sourceFiles("src"), ...sourceFiles("adapters")].filter(
      (f) =>
        !f.startsWith(join("adapters", "teams")) &&
        importsOf(f).some((i) => /^botbuilder|^botframework/.test(i ?? "")),
    );
    expect(offenders).toEqual([]);
  });

  it("@slack/bolt is imported only under adapters/slack/", () => {
    const offenders = [...sourceFiles("src"), ...sourceFiles("adapters")].filter(
      (f) => !f.startsWith(join("adapters", "slack")) && importsOf(f).some((i) => /^@slack\//.test(i ?? "")),
    );
    expect(offenders).toEqual([]);
  });
});
