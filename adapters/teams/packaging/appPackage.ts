// The Teams app package: appPackage/manifest.json filled with this deployment's ids and domain,
// validated against Microsoft's manifest schema (devDependency @microsoft/app-manifest), zipped with
// the two icons at the zip's root. Packaging is a dev task, so the schema comes from node_modules.
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { zipSync } from "fflate";
import { z } from "zod";

// Both are CommonJS with an `exports.default`; require() reads it the same under tsx and Node.
const require = createRequire(import.meta.url);
const AjvDraft04: typeof import("ajv-draft-04").default = require("ajv-draft-04").default;
const addFormats: typeof import("ajv-formats").default = require("ajv-formats").default;

const here = (path: string) => new URL(path, import.meta.url);
export const APP_PACKAGE_DIR = here("../appPackage/");
export const MANIFEST_FILE = here("../appPackage/manifest.json");
/**
 * The Teams manifest schema matching the manifest's manifestVersion, as published in the npm package
 * @microsoft/app-manifest (pinned exactly in package.json). A newer manifestVersion: bump the package
 * if needed, then change the version here and `manifestVersion`/`$schema` in appPackage/manifest.json.
 */
export const MANIFEST_SCHEMA = require.resolve(
  "@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json",
);
/** Zero GUID kept in the committed manifest; replaced by the real ids when packaging. */
export const PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";

// biome-ignore lint/suspicious/noExplicitAny: the manifest is JSON validated by its schema, not typed here.
export type TeamsManifest = Record<string, any>;

/** What a deployment sets when building its package (all optional; the CLI reads them from env). */
export const PackageSettingsSchema = z.object({
  /** The bot's Microsoft App ID (Azure Bot / Developer Portal registration). */
  botId: z.guid("MICROSOFT_APP_ID must be a GUID (the bot's Microsoft App ID)").optional(),
  /** The Teams app's own id; defaults to the bot id, as Developer Portal does. */
  appId: z.guid("TEAMS_APP_ID must be a GUID").optional(),
  /** Host name the bot is reached at (e.g. abc123-3978.euw.devtunnels.ms), added to validDomains. */
  domain: z
    .string()
    .regex(
      /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i,
      "BOT_DOMAIN must be a host name like bot.example.org, without https://",
    )
    .optional(),
  /** App version (semver); bump it for every upload of a changed package. */
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, "TEAMS_APP_VERSION must look like 1.2.3")
    .optional(),
});
export type PackageSettings = z.infer<typeof PackageSettingsSchema>;

export function readManifest(): TeamsManifest {
  return JSON.parse(readFileSync(MANIFEST_FILE, "utf8"));
}

/** The manifest with this deployment's ids, domain and version filled in. */
export function fillManifest(manifest: TeamsManifest, settings: PackageSettings): TeamsManifest {
  const filled: TeamsManifest = structuredClone(manifest);
  const botId = settings.botId ?? PLACEHOLDER_ID;
  filled.id = settings.appId ?? settings.botId ?? filled.id;
  for (const bot of filled.bots ?? []) bot.botId = botId;
  for (const extension of filled.composeExtensions ?? []) extension.botId = botId;
  if (settings.domain) filled.validDomains = [settings.domain];
  if (settings.version) filled.version = settings.version;
  return filled;
}

let validator: ValidateFunction | undefined;

/** Schema problems of a manifest, one line each ("/bots/0/botId: must match format guid"); empty when valid. */
export function manifestProblems(manifest: TeamsManifest): string[] {
  if (!validator) {
    // The Teams schema is JSON Schema draft-04, which needs Ajv's draft-04 build.
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(MANIFEST_SCHEMA, "utf8")));
  }
  const validate = validator;
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) =>
      `${e.instancePath || "/"}: ${e.message ?? "invalid"}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
  );
}

/** The zip Teams accepts for upload: manifest.json, color.png and outline.png at the root. */
export function buildAppPackage(manifest: TeamsManifest): Uint8Array {
  const problems = manifestProblems(manifest);
  if (problems.length > 0) {
    throw new Error(`appPackage/manifest.json is not a valid Teams manifest:\n  ${problems.join("\n  ")}`);
  }
  const icon = (name: string) => new Uint8Array(readFileSync(new URL(name, APP_PACKAGE_DIR)));
  return zipSync({
    "manifest.json": new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    [manifest.icons.color]: icon(manifest.icons.color),
    [manifest.icons.outline]: icon(manifest.icons.outline),
  });
}
