// The bridge from Bolt's logger interface to pino: levels follow LOG_LEVEL, errors become `err`.
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { toBoltLogger } from "../../../adapters/slack/bolt-logger.ts";

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  return { bolt: toBoltLogger(logger), lines };
}

describe("toBoltLogger", () => {
  it("drops debug lines at info level and writes the rest, objects as JSON", () => {
    const { bolt, lines } = capture("info");
    bolt.debug("http request body:", { channel: "C1" });
    bolt.info("connected", { attempt: 2 });
    bolt.warn("slow");
    expect(lines.map((l) => l.msg)).toEqual(['connected {"attempt":2}', "slow"]);
  });

  it("writes debug lines when LOG_LEVEL is debug", () => {
    const { bolt, lines } = capture("debug");
    bolt.debug("http request url:", "https://slack.com/api/chat.postMessage");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.msg).toBe("http request url: https://slack.com/api/chat.postMessage");
  });

  it("logs an error as err, with the other arguments as the message", () => {
    const { bolt, lines } = capture("info");
    bolt.error("listener failed", new Error("boom"));
    expect(lines[0]?.msg).toBe("listener failed");
    expect(lines[0]?.err).toMatchObject({ message: "boom" });
  });
});
