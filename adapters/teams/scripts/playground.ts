// `npm run playground`: the bot (Teams endpoint on, authentication off) plus Microsoft 365 Agents
// Playground, so Teams replies can be tried offline in a browser. Ctrl-C stops both.
import "dotenv/config";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { createServer } from "../../server.ts";
import { startPlayground } from "../playground.ts";

// The playground sends no Bot Framework token, so the endpoint must run without an app id here.
const config = loadConfig({ ...process.env, TEAMS_ENABLED: "true", MICROSOFT_APP_ID: "" });
const logger = createLogger({ level: config.LOG_LEVEL });
const server = await createServer({ config, logger });
const { url } = await server.listen();
const playground = await startPlayground({
  botEndpoint: `${url}/api/messages`,
  port: Number(process.env.PLAYGROUND_PORT ?? 56150),
});
process.stdout.write(`Agents Playground: open ${playground.url} (bot at ${url}/api/messages)\n`);

const stop = async () => {
  await playground.stop();
  await server.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
playground.process.once("exit", () => void server.close().then(() => process.exit(1)));
