// Bot Framework authentication from the MICROSOFT_APP_* variables. With no app id the endpoint is
// open (local testing, Agents Playground); with one, botbuilder rejects requests without a valid token.
// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
import type { Config } from "../../src/config.ts";
import { ReusedClientsAuthentication } from "./reusedClients.ts";

export interface TeamsAuth {
  authentication: ReusedClientsAuthentication;
  /** False when no MICROSOFT_APP_ID is set: every request is accepted. */
  enabled: boolean;
  /** The bot's app id ("" when authentication is off); used for proactive sends. */
  appId: string;
}

/** Builds the authentication botbuilder's CloudAdapter checks each request against. */
export function createTeamsAuth(config: Config): TeamsAuth {
  const appId = config.MICROSOFT_APP_ID ?? "";
  const authentication = new ReusedClientsAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? "",
    MicrosoftAppType: config.MICROSOFT_APP_TYPE,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? "",
  });
  return { authentication, enabled: appId !== "", appId };
}
