// Slack configuration errors name the variable and say where to find it.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, slackEnabled } from "../../../src/config.ts";

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return "";
}

describe("Slack configuration", () => {
  it("names the missing signing secret when only the bot token is set", () => {
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1" })).toMatch(/SLACK_SIGNING_SECRET.*Signing Secret/);
  });

  it("rejects a token of the wrong kind, saying which kind is expected", () => {
    expect(problems({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xapp-1" })).toMatch(
      /SLACK_BOT_TOKEN.*xoxb-/,
    );
    expect(
      problems({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-2" }),
    ).toMatch(/SLACK_APP_TOKEN.*xapp-/);
  });

  it("enables Slack only with both the signing secret and the bot token", () => {
    expect(slackEnabled(loadConfig({}))).toBe(false);
    expect(slackEnabled(loadConfig({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" }))).toBe(true);
  });
});
