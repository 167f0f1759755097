// Slack settings derived from the validated Config: endpoint, mode, Web API client options.
import type { Config } from "../../src/config.ts";

/** Events API, slash commands and interactivity all arrive here (HTTP mode). */
export const SLACK_EVENTS_PATH = "/slack/events";

/** The slash commands the manifest declares; the listeners register exactly these. */
export const SLASH_COMMANDS = {
  deadline: "/deadline",
  vacancies: "/vacancies",
  vacancy: "/vacancy",
  postVacancy: "/post-vacancy",
} as const;

export interface SlackSettings {
  signingSecret: string;
  botToken: string;
  /** Set: Socket Mode (no public URL); unset: HTTP on SLACK_EVENTS_PATH. */
  appToken: string | undefined;
  apiUrl: string | undefined;
  /** Channel for announcements when the recruiter picks none. */
  announceChannel: string | undefined;
}

/** Reads the Slack part of the config; mountSlack is only called when both secrets are set. */
export function slackSettings(config: Config): SlackSettings {
  if (!config.SLACK_SIGNING_SECRET || !config.SLACK_BOT_TOKEN) {
    throw new Error("Slack needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (see adapters/slack/README.md)");
  }
  return {
    signingSecret: config.SLACK_SIGNING_SECRET,
    botToken: config.SLACK_BOT_TOKEN,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    announceChannel: config.SLACK_ANNOUNCE_CHANNEL,
  };
}

/**
 * Web API retries. A 429 makes the client wait for Retry-After and try again (it pauses its
 * whole queue meanwhile); network failures are retried a few times with backoff. The library's
 * default keeps retrying for half an hour, far too long for a chat reply.
 */
export const WEB_API_RETRY = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 5_000, randomize: true };
