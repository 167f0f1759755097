// routeDirectFirst: POSTs to a direct route reach its handler (query string ignored), everything
// else reaches the fallback, and a handler that throws answers 500 instead of crashing the server.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectRoutes } from "../../adapters/context.ts";
import { routeDirectFirst } from "../../adapters/server.ts";
import { createLogger } from "../../src/logger.ts";

const logs: string[] = [];
const logger = createLogger({
  destination: new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  }),
});
const routes: DirectRoutes = new Map([
  ["/direct", (_req, res) => res.end("direct")],
  [
    "/broken",
    () => {
      throw new Error("handler bug");
    },
  ],
]);
const server = createServer(routeDirectFirst(routes, (_req, res) => res.end("fallback"), logger));
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const text = async (path: string, method = "POST") => {
  const res = await fetch(`${base}${path}`, { method });
  return `${res.status} ${await res.text()}`;
};

describe("routeDirectFirst", () => {
  it("sends POSTs on a direct path to its handler, with or without a query string", async () => {
    expect(await text("/direct")).toBe("200 direct");
    expect(await text("/direct?retry=1")).toBe("200 direct");
  });

  it("sends other methods and paths to the fallback", async () => {
    expect(await text("/direct", "GET")).toBe("200 fallback");
    expect(await text("/direct/more")).toBe("200 fallback");
    expect(await text("/elsewhere")).toBe("200 fallback");
  });

  it("answers 500 and logs when a direct handler throws, and keeps serving", async () => {
    expect(await text("/broken")).toBe("500 ");
    expect(logs.join("")).toContain("handler bug");
    expect(await text("/direct")).toBe("200 direct");
  });
});
