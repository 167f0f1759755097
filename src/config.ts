// Environment configuration (dotenv + zod). One schema, read once at start-up; a missing or
// malformed variable stops the process with a message that names it and says how to fix it.
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const commaList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /** The local page and API bind here; 127.0.0.1 unless deliberately exposed. */
    HOST: z.string().min(1).default("127.0.0.1"),
    DATA_FILE: z.string().min(1).default("data/vacancies.json"),
    AUDIT_FILE: optionalString,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith("xoxb-"), {
      message:
        "SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions page of your Slack app)",
    }),
    SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith("xapp-"), {
      message:
        "SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information > App-Level Tokens)",
    }),
    /** Override of the Slack Web API base URL (tests point it at a local fake). */
    SLACK_API_URL: optionalString.pipe(z.string().url().optional()),
    /** Default channel for announcements when the recruiter picks none. */
    SLACK_ANNOUNCE_CHANNEL: optionalString,

    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
    MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
    /** Enable the Teams endpoint without an app id (local testing, Agents Playground). */
    TEAMS_ENABLED: z
      .enum(["true", "false", "1", "0", ""])
      .optional()
      .transform((v) => v === "true" || v === "1"),
    /** Teams conversation (channel or chat id) that receives vacancy announcements; the recruiter's own when unset. */
    TEAMS_ANNOUNCE_CONVERSATION_ID: optionalString,

    /** Slack user IDs and/or Teams AAD object IDs allowed to post and close vacancies. */
    RECRUITERS: commaList,
    LOCAL_ADMIN_TOKEN: optionalString,

    /** When the daily closing-soon digest is posted (cron, read in DIGEST_TZ). */
    DIGEST_CRON: z.string().trim().min(1).default("0 9 * * *"),
    DIGEST_TZ: z
      .string()
      .trim()
      .min(1)
      .default("Europe/Brussels")
      .refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC", {
        message: "must be an IANA time zone such as Europe/Brussels",
      }),
    /** Where digests go: Slack channel ids and/or Teams conversation ids (prefix slack: or teams: to be explicit). */
    DIGEST_CHANNELS: commaList,
    /** The digest lists posts closing within this many days. */
    CLOSING_SOON_DAYS: z.coerce.number().int().min(0).max(90).default(7),
    /** Subscriptions, announcement locations and the send ledger; default <DATA_FILE dir>/lifecycle. */
    LIFECYCLE_DIR: optionalString,
  })
  .superRefine((c, ctx) => {
    const slackAny = c.SLACK_SIGNING_SECRET || c.SLACK_BOT_TOKEN || c.SLACK_APP_TOKEN;
    if (slackAny && !c.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required when any SLACK_* variable is set (Basic Information > Signing Secret)",
      });
    }
    if (slackAny && !c.SLACK_BOT_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_BOT_TOKEN"],
        message: "is required when any SLACK_* variable is set (OAuth & Permissions > Bot User OAuth Token)",
      });
    }
    if (c.MICROSOFT_APP_ID && !c.MICROSOFT_APP_PASSWORD && c.MICROSOFT_APP_TYPE !== "UserAssignedMSI") {
      ctx.addIssue({
        code: "custom",
        path: ["MICROSOFT_APP_PASSWORD"],
        message: "is required with MICROSOFT_APP_ID (the client secret of the bot's app registration)",
      });
    }
    if (c.MICROSOFT_APP_TYPE === "SingleTenant" && c.MICROSOFT_APP_ID && !c.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["MICROSOFT_APP_TENANT_ID"],
        message: "is required when MICROSOFT_APP_TYPE=SingleTenant",
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  readonly code = "config_invalid";
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nFix the variables above in your environment or .env file.`,
    );
    this.name = "ConfigError";
  }
}

/** Parses an environment (process.env by default) into a Config or throws a ConfigError naming each problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`),
    );
  }
  return result.data;
}

export function slackEnabled(config: Config): boolean {
  return Boolean(config.SLACK_SIGNING_SECRET && config.SLACK_BOT_TOKEN);
}

export function teamsEnabled(config: Config): boolean {
  return Boolean(config.MICROSOFT_APP_ID) || config.TEAMS_ENABLED;
}
