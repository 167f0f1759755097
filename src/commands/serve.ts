// `vacancy-bot serve` (npm start): one server for Slack, Teams and the local web chat.
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("run the bot: the local web chat, plus Slack and/or Teams when their credentials are set")
    .option("-p, --port <port>", "port to listen on (default: PORT or 3978)")
    .action(async (options: { port?: string }) => {
      const env = { ...process.env, ...(options.port ? { PORT: options.port } : {}) };
      const config = loadConfig(env);
      const logger = createLogger({ level: config.LOG_LEVEL });
      // Loaded here, not at the top: the other commands (ask, parse, ...) never load the web stack.
      const { createServer } = await import("../../adapters/server.ts");
      const server = await createServer({ config, logger });
      const { url } = await server.listen();
      const names = server.adapters.map((a) => a.name).join(", ");
      const stop = async (signal: NodeJS.Signals) => {
        await server.close();
        logger.info({ signal }, "vacancy-bot stopped");
        // Exiting flushes the log (see createLogger).
        process.exit(0);
      };
      // Before announcing the server: a supervisor may send SIGTERM as soon as it reads the line.
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      logger.info({ url, adapters: names, vacancies: server.bot.store.scan().size }, "vacancy-bot listening");
      process.stdout.write(`vacancy-bot is running: open ${url} (adapters: ${names})\n`);
    });
}
