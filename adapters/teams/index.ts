// Teams adapter (issue #8): mounts botbuilder's CloudAdapter at POST /api/messages on the shared
// express app. Requests are size-limited and validated before botbuilder sees them; every
// botbuilder import stays inside adapters/teams/ so a move to the Microsoft 365 Agents SDK
// touches this folder only. https://learn.microsoft.com/azure/bot-service/bot-builder-basics
import { CloudAdapter } from "botbuilder";
import express, { type ErrorRequestHandler, type Express } from "express";
import type { AdapterContext, MountedAdapter } from "../context.ts";
import { createTeamsAuth } from "./auth.ts";
import { describeError } from "./connectorRetry.ts";
import { ConversationReferences } from "./conversationReferences.ts";
import type { PreviewLocation, TeamsHandlerDeps } from "./handlers/deps.ts";
import { textMessage } from "./replies.ts";
import { VacancyTeamsBot } from "./VacancyTeamsBot.ts";
import { isLoopbackUrl, MAX_ACTIVITY_BODY, validateActivity } from "./validateActivity.ts";

/** The Bot Framework messaging endpoint (set it in the Azure Bot / Developer Portal registration). */
export const TEAMS_ROUTE = "/api/messages";

/** Mounts the Teams endpoint; called by adapters/server.ts when MICROSOFT_APP_ID or TEAMS_ENABLED is set. */
export async function mountTeams(app: Express, context: AdapterContext): Promise<MountedAdapter> {
  const { bot, config } = context;
  const logger = context.logger.child({ adapter: "teams" });
  const auth = createTeamsAuth(config);
  if (!auth.enabled) {
    logger.warn(
      `Teams endpoint ${TEAMS_ROUTE} is UNAUTHENTICATED: MICROSOFT_APP_ID is not set, so anyone who can reach this port can talk to the bot. Use this for local testing only; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD before exposing it.`,
    );
  }

  const adapter = new CloudAdapter(auth.authentication);
  adapter.onTurnError = async (turn, error) => {
    logger.error(
      {
        activityType: turn.activity.type,
        conversation: turn.activity.conversation?.id,
        ...describeError(error),
      },
      "teams: turn failed",
    );
    // Invokes are answered through their HTTP response; only conversations get an apology.
    if (turn.activity.type !== "message") return;
    try {
      await turn.sendActivity(
        textMessage("Sorry, something went wrong on my side. Please try again in a minute."),
      );
    } catch (sendError) {
      logger.error(describeError(sendError), "teams: could not send the error reply");
    }
  };

  const deps: TeamsHandlerDeps = {
    bot,
    logger,
    adapter,
    appId: auth.appId,
    references: new ConversationReferences(),
    announceConversationId: config.TEAMS_ANNOUNCE_CONVERSATION_ID,
    previews: new Map<string, PreviewLocation>(),
  };
  const teamsBot = new VacancyTeamsBot(deps);

  app.post(TEAMS_ROUTE, express.json({ limit: MAX_ACTIVITY_BODY }), async (req, res) => {
    const checked = validateActivity(req.body);
    if (!checked.ok) {
      logger.info({ problem: checked.message }, "teams: rejected a malformed activity");
      res.status(400).json({ error: checked.message });
      return;
    }
    // Without authentication nothing vouches for serviceUrl, and the bot would post wherever a
    // request points it; local testing (Agents Playground, fake connectors) only needs this machine.
    if (!auth.enabled && !isLoopbackUrl(checked.activity.serviceUrl)) {
      res.status(400).json({
        error:
          "Invalid activity: serviceUrl must be on this machine (localhost) while authentication is off; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to accept activities from Teams",
      });
      return;
    }
    try {
      await adapter.process(req, res, (turn) => teamsBot.run(turn));
    } catch (error) {
      // botbuilder answers auth failures itself (401); anything reaching here is unexpected.
      logger.error(describeError(error), "teams: could not process the activity");
      if (!res.headersSent) res.status(500).json({ error: "The bot could not process this activity." });
    }
  });

  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const status = (error as { status?: unknown }).status;
    if (res.headersSent || typeof status !== "number" || status >= 500) return next(error);
    const type = (error as { type?: unknown }).type;
    const message =
      type === "entity.too.large"
        ? `Invalid activity: the body is larger than ${MAX_ACTIVITY_BODY}`
        : type === "entity.parse.failed"
          ? "Invalid activity: the body is not valid JSON"
          : `Invalid activity: ${(error as Error).message}`;
    res.status(status).json({ error: message });
  };
  app.use(TEAMS_ROUTE, bodyErrors);

  logger.info({ route: TEAMS_ROUTE, authenticated: auth.enabled }, "teams: endpoint mounted");
  return { name: "teams", routes: [`POST ${TEAMS_ROUTE}`] };
}
