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

/**
 * Logs go to stderr so that stdout stays clean for `--json` output. Writes are asynchronous: a line
 * never waits for the terminal, pipe or journal behind stderr, and lines logged while a write is in
 * flight leave together in the next one. Nothing is held back when idle (no minimum batch), and
 * pino flushes what is pending, synchronously, when the process exits: process.exit, the end of
 * the event loop, and an uncaught exception (Node emits 'exit' before it dies). Only a kill that no
 * process can observe (SIGKILL) can lose the lines of the write in flight.
 */
export function stderrDestination(): pino.DestinationStream {
  return pino.destination({ dest: 2, sync: false });
}

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  return pino(
    { level, redact: { paths: REDACT, censor: "[redacted]" }, base: { app: "vacancy-bot" } },
    options.destination ? (options.destination as pino.DestinationStream) : stderrDestination(),
  );
}

/** A logger that drops everything: for tests and CLI commands that print their own output. */
export const silentLogger: Logger = pino({ level: "silent" });
