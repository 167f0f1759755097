// Builders for the activities Teams sends to a bot, shaped like real Teams payloads (ids, channelData,
// mention entities), plus a helper that POSTs one to the bot's /api/messages over real HTTP.
// Shapes follow https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages
import { randomUUID } from "node:crypto";

export const BOT = { id: "28:vacancy-bot-app-id", name: "Vacancy Bot" };
export const TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const TEAM_CHANNEL_ID = "19:general-channel-1f2e3d@thread.tacv2";

/** A Teams user; aadObjectId is what admins usually list in RECRUITERS. */
export interface TeamsTestUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const STAFF: TeamsTestUser = {
  id: "29:1staff-member-teams-id",
  aadObjectId: "6f2b1c4e-0a9d-4f3e-9b8a-2c1d0e9f8a7b",
  name: "Alex Staff",
};

export const RECRUITER: TeamsTestUser = {
  id: "29:1recruiter-teams-id",
  aadObjectId: "0b7e3a52-51c3-4c1b-a8d6-1f9e2d3c4b5a",
  name: "Rita Recruiter",
};

// biome-ignore lint/suspicious/noExplicitAny: activities are free-form JSON, as on the wire.
export type TestActivity = Record<string, any>;

function base(serviceUrl: string, user: TeamsTestUser, conversation: TestActivity): TestActivity {
  return {
    id: `1${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: "msteams",
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { ...BOT },
    conversation,
    locale: "en-GB",
    channelData: { tenant: { id: TENANT_ID } },
  };
}

const personalConversation = (user: TeamsTestUser) => ({
  conversationType: "personal",
  tenantId: TENANT_ID,
  id: `a:personal-${user.id.slice(3)}`,
});

const channelConversation = () => ({
  isGroup: true,
  conversationType: "channel",
  tenantId: TENANT_ID,
  id: `${TEAM_CHANNEL_ID};messageid=${Date.now()}`,
});

/** A message in a team channel that @mentions the bot, as Teams formats it. */
export function channelMention(serviceUrl: string, user: TeamsTestUser, question: string): TestActivity {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, user, channelConversation()),
    type: "message",
    text: `${mentionText} ${question}`,
    textFormat: "plain",
    entities: [
      { type: "mention", text: mentionText, mentioned: { ...BOT } },
      { type: "clientInfo", locale: "en-GB", country: "GB", platform: "Web" },
    ],
    channelData: {
      tenant: { id: TENANT_ID },
      teamsTeamId: "19:team-1a2b3c@thread.tacv2",
      teamsChannelId: TEAM_CHANNEL_ID,
      team: { id: "19:team-1a2b3c@thread.tacv2" },
      channel: { id: TEAM_CHANNEL_ID },
    },
  };
}

/** A message in the bot's personal (1:1) chat. */
export function personalMessage(serviceUrl: string, user: TeamsTestUser, text: string): TestActivity {
  return {
    ...base(serviceUrl, user, personalConversation(user)),
    type: "message",
    text,
    textFormat: "plain",
  };
}

/** An Action.Submit click: a message with the button's data (plus input values) in `value`, no text. */
export function cardSubmit(
  serviceUrl: string,
  user: TeamsTestUser,
  value: unknown,
  options: { replyToId?: string; conversationId?: string } = {},
): TestActivity {
  const conversation = personalConversation(user);
  if (options.conversationId) conversation.id = options.conversationId;
  const activity: TestActivity = { ...base(serviceUrl, user, conversation), type: "message", value };
  if (options.replyToId) activity.replyToId = options.replyToId;
  return activity;
}

/** A composeExtension/query invoke from the compose box's search. */
export function composeExtensionQuery(
  serviceUrl: string,
  user: TeamsTestUser,
  query: string,
  commandId = "searchVacancies",
): TestActivity {
  return {
    ...base(serviceUrl, user, channelConversation()),
    type: "invoke",
    name: "composeExtension/query",
    value: {
      commandId,
      parameters: [{ name: "query", value: query }],
      queryOptions: { skip: 0, count: 25 },
    },
  };
}

/** POSTs an activity (or any body) to the bot; returns the status and the parsed body, if any. */
export async function postActivity(
  botUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

/** A fresh id for tests that need unique conversations. */
export const uniqueId = () => randomUUID();
