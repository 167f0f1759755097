// manifest.json must describe exactly what the adapter serves: its commands, events, endpoint
// and the minimal scopes those need.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SLACK_EVENTS_PATH, SLASH_COMMANDS } from "../../../adapters/slack/config.ts";

const manifest = JSON.parse(readFileSync(new URL("../../../manifest.json", import.meta.url), "utf8"));

describe("manifest.json", () => {
  it("declares exactly the slash commands the adapter registers, on the events endpoint", () => {
    // biome-ignore lint/suspicious/noExplicitAny: manifest JSON.
    const commands = manifest.features.slash_commands.map((c: any) => c.command).sort();
    expect(commands).toEqual(Object.values(SLASH_COMMANDS).sort());
    for (const command of manifest.features.slash_commands) {
      expect(new URL(command.url).pathname).toBe(SLACK_EVENTS_PATH);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  it("subscribes to mentions and DMs and enables interactivity on the same endpoint", () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(["app_mention", "message.im"]);
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(new URL(manifest.settings.interactivity.request_url).pathname).toBe(SLACK_EVENTS_PATH);
    expect(typeof manifest.settings.socket_mode_enabled).toBe("boolean");
  });

  it("asks for the minimal bot scopes and has a bot user with a DM tab", () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "files:read",
      "im:history",
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
  });
});
