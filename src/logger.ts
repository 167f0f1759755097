// Structured logging (pino). Secrets are redacted by path so a token can never reach the log.
import { type Logger, pino } from "pino";

export type { Logger };

const REDACT = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "signingSecret",
  "*.signingSecret",
  "appPassword",
  "*.appPassword",
  "headers.authorization",
  "*.headers.authorization",
  "req.headers.authorization",
];

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  return pino(
    { level, redact: { paths: REDACT, censor: "[redacted]" }, base: { app: "vacancy-bot" } },
    // Logs go to stderr so that stdout stays clean for `--json` output.
    (options.destination ?? process.stderr) as pino.DestinationStream,
  );
}

/** A logger that drops everything: for tests and CLI commands that print their own output. */
export const silentLogger: Logger = pino({ level: "silent" });
