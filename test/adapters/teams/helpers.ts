// Starts the real server (adapters/server.ts) with the Teams endpoint on 127.0.0.1, a MemoryStore
// seeded with the fixtures, a fixed clock, and the fake Bot Framework connector as serviceUrl.
import { Writable } from "node:stream";
import { pino } from "pino";
import { type BotServer, createServer } from "../../../adapters/server.ts";
import { fixedClock } from "../../../src/clock.ts";
import { loadConfig } from "../../../src/config.ts";
import { MemoryStore } from "../../../src/store/MemoryStore.ts";
import { VacancySchema } from "../../../src/vacancy.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../../fakes/botConnector.ts";
import { NOW, TEAMS_FIXTURE_VACANCIES } from "../../fixtures/teams/vacancies.ts";

export interface TeamsHarness {
  server: BotServer;
  url: string;
  connector: FakeBotConnector;
  store: MemoryStore;
  /** Everything the server logged, as text (to check that no secret leaks). */
  logs: () => string;
  close: () => Promise<void>;
}

/** Starts server + fake connector. `env` adds to the defaults (auth off, Teams on). */
export async function startTeamsHarness(env: Record<string, string> = {}): Promise<TeamsHarness> {
  const connector = await startFakeBotConnector();
  const lines: string[] = [];
  const logger = pino(
    { level: "debug" },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    MICROSOFT_APP_ID: "",
    TEAMS_ENABLED: "true",
    ...env,
  });
  const clock = fixedClock(NOW);
  const store = new MemoryStore(
    TEAMS_FIXTURE_VACANCIES.map((v) => VacancySchema.parse(v)),
    clock,
  );
  const server = await createServer({ config, logger, clock, store });
  const { url } = await server.listen();
  return {
    server,
    url,
    connector,
    store,
    logs: () => lines.join(""),
    close: async () => {
      await server.close();
      await connector.close();
    },
  };
}
