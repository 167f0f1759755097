// One HTTP server, one port, every platform: Slack (/slack/events), Teams (/api/messages) and
// the local web chat (/). Each platform mounts only when its credentials are configured.
// No global body parser: Bolt needs the raw body to verify Slack signatures.
import { createServer as createHttpServer, type Server } from "node:http";
import express, { type Express } from "express";
import { VacancyBot } from "../src/bot.ts";
import { type Clock, systemClock } from "../src/clock.ts";
import { type Config, slackEnabled, teamsEnabled } from "../src/config.ts";
import type { Logger } from "../src/logger.ts";
import { indexFileFor, openIndex } from "../src/search/indexFile.ts";
import { openStore } from "../src/store/index.ts";
import type { VacancyStore } from "../src/store/VacancyStore.ts";
import type { AdapterContext, DirectRoutes, MountedAdapter, RequestListener } from "./context.ts";
import { type LifecycleService, lifecycleDir, openLifecycle } from "./lifecycle/index.ts";
import { loadPageAssets } from "./local/assets.ts";
import { mountLocal } from "./local/index.ts";
import { admitFairly } from "./requestAdmission.ts";

export interface BotServer {
  app: Express;
  bot: VacancyBot;
  adapters: MountedAdapter[];
  /** Subscriptions, digests, reminders (absent without a lifecycle dir). */
  lifecycle: LifecycleService | undefined;
  /** Starts listening; resolves with the bound address (port 0 picks a free port). */
  listen(): Promise<{ server: Server; url: string; port: number }>;
  close(): Promise<void>;
}

export interface CreateServerOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** Inject a store (tests); defaults to the file store at config.DATA_FILE. */
  store?: VacancyStore;
}

export async function createServer(options: CreateServerOptions): Promise<BotServer> {
  const { config, logger } = options;
  // The page loads from its cache (or builds, in esbuild's own process) while the store and the
  // platform SDKs load; mountLocal awaits it, so a broken page still fails start-up.
  loadPageAssets().catch(() => {}); // the error surfaces at mountLocal's await
  // watch: a `vacancy-bot close` run in a terminal reaches this server's search within a second.
  const store =
    options.store ??
    (await openStore({ dataFile: config.DATA_FILE, auditFile: config.AUDIT_FILE, logger, watch: true }));
  const clock = options.clock ?? systemClock;
  // A large dataset's index is loaded from its file when that matches the data (an injected store
  // belongs to the caller: no file).
  const opened = await openIndex({ store, file: options.store ? undefined : indexFileFor(config.DATA_FILE) });
  if (opened.ignored) logger.info(`search index rebuilt (${opened.ignored})`);
  const saveIndex = () =>
    opened.save().catch((error: Error) => logger.warn(`could not save the search index: ${error.message}`));
  const bot = new VacancyBot({ store, clock, recruiters: config.RECRUITERS, index: opened.index });
  const dir = lifecycleDir(config, options.store !== undefined);
  const lifecycle = dir ? await openLifecycle({ dir, config, bot, clock, logger }) : undefined;
  const context: AdapterContext = { bot, config, logger, lifecycle };

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true, vacancies: bot.store.scan().size });
  });

  const adapters: MountedAdapter[] = [];
  const directRoutes: DirectRoutes = new Map();
  // A platform's SDK (Bolt, botbuilder: ~0.2 s each to load) is loaded only when it is configured.
  if (slackEnabled(config)) {
    const { mountSlack } = await import("./slack/index.ts");
    adapters.push(await mountSlack(directRoutes, context));
  }
  if (teamsEnabled(config)) {
    const { mountTeams } = await import("./teams/index.ts");
    adapters.push(await mountTeams(app, context));
  }
  adapters.push(await mountLocal(app, context));
  // After the adapters registered their notifiers: catch up on what was missed while down.
  await lifecycle?.start();

  let server: Server | undefined;
  return {
    app,
    bot,
    adapters,
    lifecycle,
    listen: () =>
      new Promise((resolve, reject) => {
        // Requests start a few per event-loop turn, so a saturated server still accepts new connections.
        const s = createHttpServer(admitFairly(routeDirectFirst(directRoutes, app, logger)));
        s.once("error", reject);
        s.listen(config.PORT, config.HOST, () => {
          server = s;
          // Written after start-up, off the path of the first answers; the next start loads it.
          if (opened.stale) void saveIndex();
          const address = s.address();
          const port = typeof address === "object" && address ? address.port : config.PORT;
          const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
          resolve({ server: s, url: `http://${host}:${port}`, port });
        });
      }),
    close: async () => {
      await lifecycle?.stop();
      if (opened.stale) await saveIndex();
      for (const adapter of adapters) await adapter.close?.();
      if (!options.store) await store.dispose?.(); // an injected store belongs to the caller
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server?.close(() => resolve()));
      }
    },
  };
}

/**
 * Sends a POST to a direct route's handler, and every other request to express. A handler that
 * throws (express would have caught it) gets a 500 and a log line, not a crashed server.
 */
export function routeDirectFirst(
  routes: DirectRoutes,
  fallback: RequestListener,
  logger: Logger,
): RequestListener {
  return (req, res) => {
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const direct = req.method === "POST" ? routes.get(query < 0 ? url : url.slice(0, query)) : undefined;
    if (!direct) return fallback(req, res);
    try {
      direct(req, res);
    } catch (error) {
      logger.error({ err: error, path: url }, "request handler failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  };
}
