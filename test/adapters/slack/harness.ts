// Starts the real server (createServer) with Slack enabled against a FakeSlackApi, seeded
// with fixture vacancies and a fixed clock, and sends signed requests to /slack/events.
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { createServer } from "../../../adapters/server.ts";
import type { CardAction } from "../../../src/cards/actions.ts";
import { slackActionId } from "../../../src/cards/index.ts";
import { fixedClock } from "../../../src/clock.ts";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { MemoryStore } from "../../../src/store/MemoryStore.ts";
import { type Vacancy, VacancySchema } from "../../../src/vacancy.ts";
import { FakeSlackApi } from "../../fakes/slackApi.ts";
import {
  blockAction,
  type SlackRequestKind,
  type SlackRequestOptions,
  sendToSlackApp,
} from "../../fakes/slackRequests.ts";

export const SIGNING_SECRET = "test-signing-secret-8f14e45fceea167a";
export const BOT_TOKEN = "xoxb-111-222-secretbottoken";
export const APP_TOKEN = "xapp-1-A111-222-secretapptoken";
export const RECRUITER = "U0RECRUIT1";
/** A day when every fixture vacancy but the oldest is still open. */
export const NOW = "2024-06-20";

export function fixtureVacancies(): Vacancy[] {
  const raw = JSON.parse(
    readFileSync(new URL("../../fixtures/slack/vacancies.json", import.meta.url), "utf8"),
  );
  return (raw as unknown[]).map((v) => VacancySchema.parse(v));
}

export function fixtureNotice(): string {
  return readFileSync(
    new URL("../../fixtures/slack/notice-technical-security-operator.txt", import.meta.url),
    "utf8",
  );
}

export interface SlackHarness {
  fake: FakeSlackApi;
  store: MemoryStore;
  endpoint: string;
  baseUrl: string;
  /** Everything the server logged (pino JSON lines). */
  logs: string[];
  send(
    kind: SlackRequestKind,
    payload: object,
    options?: Partial<SlackRequestOptions>,
  ): ReturnType<typeof sendToSlackApp>;
  close(): Promise<void>;
}

export async function startSlackHarness(
  options: {
    env?: Record<string, string>;
    vacancies?: Vacancy[];
    /** Runs before the server starts (e.g. to make start-up calls fail). */
    beforeStart?: (fake: FakeSlackApi) => void;
  } = {},
): Promise<SlackHarness> {
  const fake = await FakeSlackApi.start();
  fake.fileToken = BOT_TOKEN;
  options.beforeStart?.(fake);
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    RECRUITERS: RECRUITER,
    MICROSOFT_APP_ID: "",
    ...options.env,
  });
  const clock = fixedClock(NOW);
  const store = new MemoryStore(options.vacancies ?? fixtureVacancies(), clock);
  const server = await createServer({
    config,
    logger: createLogger({ level: "debug", destination }),
    clock,
    store,
  });
  const { url } = await server.listen();
  const endpoint = `${url}/slack/events`;
  return {
    fake,
    store,
    endpoint,
    baseUrl: url,
    logs,
    send: (kind, payload, sendOptions = {}) =>
      sendToSlackApp(endpoint, kind, payload, { signingSecret: SIGNING_SECRET, ...sendOptions }),
    close: async () => {
      await server.close();
      await fake.close();
    },
  };
}

/** Lets in-flight work (listeners run after the ack) finish before asserting "nothing happened". */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A click on a card button carrying `action`, with the action_id the card renderer gives it. */
export function cardClick(
  action: CardAction,
  options: Omit<Parameters<typeof blockAction>[0], "value" | "actionId"> = {},
) {
  return blockAction({ value: JSON.stringify(action), actionId: slackActionId(action), ...options });
}
