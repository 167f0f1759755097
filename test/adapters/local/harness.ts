// Test harness for the local adapter: the real server (createServer) on 127.0.0.1, port 0, with a
// MemoryStore seeded from test/fixtures/local, and a raw HTTP client that can set any header.
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll } from "vitest";
import { type BotServer, createServer } from "../../../adapters/server.ts";
import { fixedClock } from "../../../src/clock.ts";
import { loadConfig } from "../../../src/config.ts";
import { silentLogger } from "../../../src/logger.ts";
import { MemoryStore } from "../../../src/store/MemoryStore.ts";
import { type Vacancy, VacancySchema } from "../../../src/vacancy.ts";

export const FIXTURE_VACANCIES: Vacancy[] = VacancySchema.array().parse(
  JSON.parse(readFileSync(new URL("../../fixtures/local/vacancies.json", import.meta.url), "utf8")),
);

/** A seed notice from data/notices/. */
export function seedNotice(name: string): string {
  return readFileSync(new URL(`../../../data/notices/${name}`, import.meta.url), "utf8");
}

export interface RunningServer {
  server: BotServer;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the whole server as `npm start` would, minus the file store; today is fixed. */
export async function startLocalServer(
  env: Record<string, string> = {},
  today = "2026-11-23",
): Promise<RunningServer> {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ...env });
  const store = new MemoryStore(FIXTURE_VACANCIES);
  const server = await createServer({ config, logger: silentLogger, clock: fixedClock(today), store });
  const { url, port } = await server.listen();
  return { server, url, port, close: () => server.close() };
}

/** Starts a server before the suite's tests and closes it after; read it through the returned handle. */
export function useLocalServer(env: Record<string, string> = {}, today?: string): RunningServer {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startLocalServer(env, today);
  });
  afterAll(() => running?.close());
  const current = () => {
    if (!running) throw new Error("the local server is not running yet (use it inside a test)");
    return running;
  };
  return {
    get server() {
      return current().server;
    },
    get url() {
      return current().url;
    },
    get port() {
      return current().port;
    },
    close: () => current().close(),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies field by field.
  json: any;
}

/** An HTTP request with full control over headers (Host, Origin, X-Forwarded-For) and raw bodies. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** POST a JSON value (or a raw string) with Content-Type: application/json. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return rawRequest(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
