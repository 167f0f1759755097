// The Teams app package: manifest.json validates against the Teams schema (@microsoft/app-manifest),
// agrees with the code (commands, search command), the icons meet Teams' rules, and
// `npm run teams:package` builds a zip.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { COMMAND_TITLES } from "../../../adapters/teams/commands.ts";
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from "../../../adapters/teams/handlers/messageExtension.ts";
import {
  buildAppPackage,
  fillManifest,
  MANIFEST_SCHEMA,
  manifestProblems,
  readManifest,
} from "../../../adapters/teams/packaging/appPackage.ts";
import {
  COLOR_ICON_SIZE,
  colorIcon,
  OUTLINE_ICON_SIZE,
  outlineIcon,
} from "../../../adapters/teams/packaging/icons.ts";

const BOT_ID = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
const appDir = new URL("../../../adapters/teams/appPackage/", import.meta.url);

/** Reads an 8-bit RGBA, unfiltered PNG (what packaging/png.ts writes) into its size and pixels. */
function readPng(file: Buffer) {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const [bitDepth, colourType] = [file[24], file[25]];
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    if (file.toString("ascii", at + 4, at + 8) === "IDAT") idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rows = Array.from({ length: height }, (_, y) =>
    raw.subarray(y * (1 + width * 4), (y + 1) * (1 + width * 4)),
  );
  expect(rows.every((row) => row[0] === 0)).toBe(true);
  return { width, height, bitDepth, colourType, pixels: Buffer.concat(rows.map((row) => row.subarray(1))) };
}

describe("Teams app package", () => {
  const manifest = readManifest();

  it("has a manifest that validates against the Teams schema of its version (@microsoft/app-manifest)", () => {
    const schema = JSON.parse(readFileSync(MANIFEST_SCHEMA, "utf8"));
    expect(schema.properties.manifestVersion.const).toBe(manifest.manifestVersion);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it("still validates with a deployment's bot id, domain and version filled in", () => {
    const filled = fillManifest(manifest, {
      botId: BOT_ID,
      domain: "abc123-3978.euw.devtunnels.ms",
      version: "1.2.0",
    });
    expect(manifestProblems(filled)).toEqual([]);
    expect(filled.id).toBe(BOT_ID);
    expect(filled.bots[0].botId).toBe(BOT_ID);
    expect(filled.composeExtensions[0].botId).toBe(BOT_ID);
    expect(filled.validDomains).toEqual(["abc123-3978.euw.devtunnels.ms"]);
  });

  it("rejects a broken manifest with problems that name the field", () => {
    const broken = structuredClone(manifest);
    broken.bots[0].botId = "not-a-guid";
    delete broken.icons;
    const problems = manifestProblems(broken);
    expect(problems.some((p) => p.startsWith("/bots/0/botId"))).toBe(true);
    expect(problems.some((p) => p.includes("icons"))).toBe(true);
    expect(() => buildAppPackage(broken)).toThrow(/not a valid Teams manifest/);
  });

  it("lists the bot commands the adapter understands, in every scope", () => {
    const [bot] = manifest.bots;
    expect(new Set(bot.scopes)).toEqual(new Set(["personal", "team", "groupChat"]));
    const titles = bot.commandLists.flatMap((list: { commands: Array<{ title: string }> }) =>
      list.commands.map((c) => c.title),
    );
    expect(titles).toEqual([...COMMAND_TITLES]);
  });

  it("declares the message-extension search command the adapter answers", () => {
    const [command] = manifest.composeExtensions[0].commands;
    expect(command).toMatchObject({ id: SEARCH_COMMAND_ID, type: "query" });
    expect(command.parameters.map((p: { name: string }) => p.name)).toEqual([SEARCH_PARAMETER]);
  });

  it("ships a 192x192 colour icon and a 32x32 white-on-transparent outline icon, as generated", () => {
    const color = readFileSync(new URL(manifest.icons.color, appDir));
    const outline = readFileSync(new URL(manifest.icons.outline, appDir));
    // The committed files are exactly what packaging/icons.ts draws (npm run teams:icons).
    expect(color.equals(colorIcon())).toBe(true);
    expect(outline.equals(outlineIcon())).toBe(true);

    const c = readPng(color);
    expect([c.width, c.height, c.bitDepth, c.colourType]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE, 8, 6]);
    const o = readPng(outline);
    expect([o.width, o.height, o.bitDepth, o.colourType]).toEqual([
      OUTLINE_ICON_SIZE,
      OUTLINE_ICON_SIZE,
      8,
      6,
    ]);
    let transparent = 0;
    for (let i = 0; i < o.pixels.length; i += 4) {
      const alpha = o.pixels[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      else expect([o.pixels[i], o.pixels[i + 1], o.pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(OUTLINE_ICON_SIZE * OUTLINE_ICON_SIZE * 0.3);
    expect(transparent).toBeLessThan(OUTLINE_ICON_SIZE * OUTLINE_ICON_SIZE);
  });

  it("zips manifest.json and both icons at the root of the package", () => {
    const filled = fillManifest(manifest, { botId: BOT_ID });
    const files = unzipSync(buildAppPackage(filled));
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(JSON.parse(new TextDecoder().decode(files["manifest.json"]))).toEqual(filled);
  });

  it("npm run teams:package builds the zip, and refuses a malformed MICROSOFT_APP_ID", async () => {
    const run = promisify(execFile);
    const env = { ...process.env, MICROSOFT_APP_ID: BOT_ID, BOT_DOMAIN: "bot.example.org", TEAMS_APP_ID: "" };
    const ok = await run("node", ["bin/run-ts.mjs", "adapters/teams/scripts/package.ts"], { env });
    expect(ok.stdout).toMatch(/wrote .*vacancy-bot-teams\.zip/);
    const zip = unzipSync(new Uint8Array(readFileSync(new URL("build/vacancy-bot-teams.zip", appDir))));
    const packaged = JSON.parse(new TextDecoder().decode(zip["manifest.json"]));
    expect(packaged.bots[0].botId).toBe(BOT_ID);
    expect(packaged.validDomains).toEqual(["bot.example.org"]);

    const bad = run("node", ["bin/run-ts.mjs", "adapters/teams/scripts/package.ts"], {
      env: { ...env, MICROSOFT_APP_ID: "my-bot" },
    });
    await expect(bad).rejects.toMatchObject({
      stderr: expect.stringMatching(/MICROSOFT_APP_ID must be a GUID/),
    });
  });
});
