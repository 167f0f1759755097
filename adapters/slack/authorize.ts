// Single-workspace authorization for Bolt: one bot token, identity from auth.test, cached.
// Bolt's built-in `token` option calls auth.test in the constructor and leaves the promise
// unobserved, so a network failure at start-up (no route to Slack) would crash the process;
// this version only calls auth.test when asked, and forgets a failure so the next event retries.
import type { Authorize, AuthorizeResult, webApi } from "@slack/bolt";

type WebClient = webApi.WebClient;

/** What `auth.test` told us about the bot. */
export interface BotIdentity {
  botUserId: string;
  botId: string;
  teamId: string | undefined;
  userName: string | undefined;
}

/** Resolves the bot's identity once; concurrent callers share one auth.test call. */
export function createIdentityResolver(client: WebClient, token: string): () => Promise<BotIdentity> {
  let pending: Promise<BotIdentity> | undefined;
  return () => {
    pending ??= client.auth
      .test({ token })
      .then((result) => ({
        botUserId: String(result.user_id ?? ""),
        botId: String(result.bot_id ?? ""),
        teamId: result.team_id,
        userName: result.user,
      }))
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
}

/** A Bolt `authorize` function for one bot token. */
export function createSingleTokenAuthorize(
  token: string,
  identity: () => Promise<BotIdentity>,
): Authorize<boolean> {
  return async (): Promise<AuthorizeResult> => {
    const { botUserId, botId } = await identity();
    return { botToken: token, botUserId, botId };
  };
}
