// Bolt and the Slack Web API client log through this bridge into our pino logger, so every
// Slack log line is structured JSON with the same redaction rules (no tokens, ever).
import type { Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/logger.ts";

const TO_PINO: Record<string, string> = { debug: "debug", info: "info", warn: "warn", error: "error" };

/** Wraps a pino logger in the interface Bolt, the Web API client and Socket Mode expect. */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level = (logger.level in TO_PINO ? logger.level : "info") as LogLevel;
  const write =
    (method: "debug" | "info" | "warn" | "error") =>
    (...messages: unknown[]) => {
      // The Web API client logs several debug lines per call; skip the formatting when they go nowhere.
      if (!logger.isLevelEnabled(method)) return;
      const errors = messages.filter((m): m is Error => m instanceof Error);
      const text = messages
        .filter((m) => !(m instanceof Error))
        .map((m) => (typeof m === "string" ? m : safeJson(m)))
        .join(" ");
      if (errors.length > 0) logger[method]({ err: errors[0] }, text || errors[0]?.message);
      else logger[method](text);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // Bolt sets its default level on loggers it is given; our LOG_LEVEL stays in charge.
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
