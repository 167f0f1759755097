// Signed requests as Slack sends them to an app's Request URL (Events API, slash commands,
// interactivity), following https://docs.slack.dev/authentication/verifying-requests-from-slack
// Payload builders mirror the shapes of real payloads; override any field per test.
import { createHmac, randomUUID } from "node:crypto";

/** `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function slackSignature(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/** What kind of request: each is encoded the way Slack encodes it. */
export type SlackRequestKind = "event" | "command" | "interaction";

export interface SlackRequestOptions {
  /** Signing secret; omit together with `unsigned` to send no signature headers at all. */
  signingSecret?: string;
  /** Unix seconds for X-Slack-Request-Timestamp (default: now). */
  timestamp?: number;
  /** Send without X-Slack-Signature / X-Slack-Request-Timestamp. */
  unsigned?: boolean;
  /** Replace the computed signature (to send a wrong one). */
  signature?: string;
  /** X-Slack-Retry-Num / X-Slack-Retry-Reason, as on Events API retries. */
  retryNum?: number;
  retryReason?: string;
}

export interface SlackResponse {
  status: number;
  text: string;
  /** Parsed JSON body, or null when the body is empty or not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are free-form JSON.
  json: any;
}

/** Encodes a payload: events as JSON, commands as form fields, interactions as `payload=<json>`. */
export function encodeSlackBody(
  kind: SlackRequestKind,
  payload: object,
): { body: string; contentType: string } {
  switch (kind) {
    case "event":
      return { body: JSON.stringify(payload), contentType: "application/json" };
    case "command":
      return {
        body: new URLSearchParams(payload as Record<string, string>).toString(),
        contentType: "application/x-www-form-urlencoded",
      };
    case "interaction":
      return {
        body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        contentType: "application/x-www-form-urlencoded",
      };
  }
}

/** Headers for one request body: content type, signature, timestamp and retry headers. */
export function slackHeaders(
  body: string,
  contentType: string,
  options: SlackRequestOptions,
): Record<string, string> {
  const headers: Record<string, string> = { "content-type": contentType };
  if (!options.unsigned) {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] =
      options.signature ?? slackSignature(options.signingSecret ?? "", timestamp, body);
  }
  if (options.retryNum !== undefined) headers["x-slack-retry-num"] = String(options.retryNum);
  if (options.retryReason !== undefined) headers["x-slack-retry-reason"] = options.retryReason;
  return headers;
}

/** Sends one signed request to an app's Slack endpoint (e.g. http://127.0.0.1:PORT/slack/events). */
export async function sendToSlackApp(
  endpoint: string,
  kind: SlackRequestKind,
  payload: object,
  options: SlackRequestOptions,
): Promise<SlackResponse> {
  const { body, contentType } = encodeSlackBody(kind, payload);
  const response = await fetch(endpoint, {
    method: "POST",
    headers: slackHeaders(body, contentType, options),
    body,
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}

/** Workspace ids used by the builders below. */
export const TEST_WORKSPACE = { teamId: "T00000001", apiAppId: "A00000001", botUserId: "UBOT000001" };

/** An Events API envelope (`event_callback`) around one event. */
export function eventCallback(event: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return {
    token: "legacy-verification-token",
    team_id: TEST_WORKSPACE.teamId,
    api_app_id: TEST_WORKSPACE.apiAppId,
    type: "event_callback",
    event_id: `Ev${randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        team_id: TEST_WORKSPACE.teamId,
        user_id: TEST_WORKSPACE.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    event,
    ...overrides,
  };
}

/** An `app_mention` event in a public channel. */
export function appMention(text: string, overrides: Record<string, unknown> = {}) {
  const ts = `${Math.floor(Date.now() / 1000)}.000200`;
  return {
    type: "app_mention",
    user: "U0STAFF001",
    text: `<@${TEST_WORKSPACE.botUserId}> ${text}`,
    ts,
    channel: "C0GENERAL1",
    event_ts: ts,
    team: TEST_WORKSPACE.teamId,
    ...overrides,
  };
}

/** A `message` event in the bot's DM (message.im). */
export function directMessage(text: string, overrides: Record<string, unknown> = {}) {
  const ts = `${Math.floor(Date.now() / 1000)}.000300`;
  return {
    type: "message",
    channel_type: "im",
    user: "U0STAFF001",
    text,
    ts,
    channel: "D0STAFF001",
    event_ts: ts,
    team: TEST_WORKSPACE.teamId,
    ...overrides,
  };
}

/** A slash command invocation (form fields). */
export function slashCommand(
  command: string,
  text: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    token: "legacy-verification-token",
    team_id: TEST_WORKSPACE.teamId,
    team_domain: "test",
    channel_id: "C0GENERAL1",
    channel_name: "general",
    user_id: "U0STAFF001",
    user_name: "staff",
    command,
    text,
    api_app_id: TEST_WORKSPACE.apiAppId,
    is_enterprise_install: "false",
    response_url: "http://127.0.0.1:9/response/unused",
    trigger_id: `${Date.now()}.1.trigger`,
    ...overrides,
  };
}

/** A `block_actions` payload for one button click on a message (ephemeral or not) or in a view. */
export function blockAction(options: {
  value: string;
  actionId?: string;
  userId?: string;
  channelId?: string;
  responseUrl?: string;
  messageTs?: string;
  ephemeral?: boolean;
  /** The click happened in a modal (view id); no channel or message then. */
  viewId?: string;
}) {
  const user = { id: options.userId ?? "U0STAFF001", username: "staff", name: "staff", team_id: "T00000001" };
  const action = {
    type: "button",
    action_id: options.actionId ?? "vacancy_card_button",
    block_id: "card_actions",
    text: { type: "plain_text", text: "Button", emoji: true },
    value: options.value,
    action_ts: `${Math.floor(Date.now() / 1000)}.000400`,
  };
  const base = {
    type: "block_actions",
    user,
    api_app_id: TEST_WORKSPACE.apiAppId,
    token: "legacy-verification-token",
    trigger_id: `${Date.now()}.2.trigger`,
    team: { id: TEST_WORKSPACE.teamId, domain: "test" },
    enterprise: null,
    is_enterprise_install: false,
    actions: [action],
  };
  if (options.viewId) {
    return {
      ...base,
      container: { type: "view", view_id: options.viewId },
      view: {
        id: options.viewId,
        team_id: TEST_WORKSPACE.teamId,
        type: "modal",
        callback_id: "post_vacancy_preview",
        private_metadata: "",
        hash: "156772938.1827394",
        state: { values: {} },
        blocks: [],
      },
    };
  }
  const channel = options.channelId ?? "C0GENERAL1";
  const messageTs = options.messageTs ?? `${Math.floor(Date.now() / 1000)}.000100`;
  return {
    ...base,
    container: {
      type: "message",
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: options.ephemeral ?? false,
    },
    channel: { id: channel, name: channel.startsWith("D") ? "directmessage" : "general" },
    ...(options.ephemeral ? {} : { message: { type: "message", ts: messageTs, text: "card", blocks: [] } }),
    response_url: options.responseUrl ?? "http://127.0.0.1:9/response/unused",
  };
}

/** A `view_submission` payload for a modal with the given input values. */
export function viewSubmission(options: {
  callbackId: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
  userId?: string;
  viewId?: string;
  privateMetadata?: string;
}) {
  return {
    type: "view_submission",
    team: { id: TEST_WORKSPACE.teamId, domain: "test" },
    user: {
      id: options.userId ?? "U0STAFF001",
      username: "staff",
      name: "staff",
      team_id: TEST_WORKSPACE.teamId,
    },
    api_app_id: TEST_WORKSPACE.apiAppId,
    token: "legacy-verification-token",
    trigger_id: `${Date.now()}.3.trigger`,
    view: {
      id: options.viewId ?? "V0MODAL001",
      team_id: TEST_WORKSPACE.teamId,
      type: "modal",
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata ?? "",
      hash: "156772938.1827394",
      state: { values: options.values },
      blocks: [],
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}
