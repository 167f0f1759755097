// `npm run teams:package`: builds adapters/teams/appPackage/build/vacancy-bot-teams.zip to upload to
// Teams (Developer Portal, Teams admin centre, or "Upload a custom app"). Reads from the environment
// (or .env): MICROSOFT_APP_ID (the bot), TEAMS_APP_ID (defaults to it), BOT_DOMAIN, TEAMS_APP_VERSION.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import "dotenv/config";
import { z } from "zod";
import {
  APP_PACKAGE_DIR,
  buildAppPackage,
  fillManifest,
  PackageSettingsSchema,
  PLACEHOLDER_ID,
  readManifest,
} from "../packaging/appPackage.ts";

const blankToUndefined = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
const parsed = PackageSettingsSchema.safeParse({
  botId: blankToUndefined(process.env.MICROSOFT_APP_ID),
  appId: blankToUndefined(process.env.TEAMS_APP_ID),
  domain: blankToUndefined(process.env.BOT_DOMAIN),
  version: blankToUndefined(process.env.TEAMS_APP_VERSION),
});
if (!parsed.success) {
  console.error(`teams:package: ${z.prettifyError(parsed.error)}`);
  process.exit(1);
}
const settings = parsed.data;
if (!settings.botId) {
  console.warn(
    `teams:package: MICROSOFT_APP_ID is not set; the package uses the placeholder bot id ${PLACEHOLDER_ID}, which Teams will not reach. Set it to your bot's Microsoft App ID for a real upload.`,
  );
}
if (!settings.domain) {
  console.warn(
    "teams:package: BOT_DOMAIN is not set; validDomains keeps the placeholder vacancy-bot.example.org.",
  );
}

try {
  const zip = buildAppPackage(fillManifest(readManifest(), settings));
  const outDir = new URL("build/", APP_PACKAGE_DIR);
  mkdirSync(outDir, { recursive: true });
  const out = new URL("vacancy-bot-teams.zip", outDir);
  writeFileSync(out, zip);
  console.log(`teams:package: wrote ${fileURLToPath(out)} (${zip.length} bytes)`);
} catch (error) {
  console.error(`teams:package: ${(error as Error).message}`);
  process.exit(1);
}
