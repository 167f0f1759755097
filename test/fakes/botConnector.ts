// A local stand-in for the Bot Framework connector (the service behind an activity's serviceUrl).
// It records what the bot sends — replies, new posts, card updates — and can be told to fail with
// 429/5xx, so tests and benchmarks exercise the real botbuilder client over real HTTP.
// REST surface followed: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the bot made to the connector. */
export interface ConnectorCall {
  kind: "send" | "reply" | "update" | "createConversation" | "other";
  method: string;
  path: string;
  /** Decoded conversation id from the path (null for POST /v3/conversations). */
  conversationId: string | null;
  /** replyToId for "reply", the updated activity id for "update". */
  activityId: string | null;
  /** The parsed JSON body (an Activity for send/reply/update). */
  // biome-ignore lint/suspicious/noExplicitAny: activities are arbitrary JSON; tests read the fields they need.
  body: any;
  /** Whether the bearer header was present (its value is never recorded). */
  authorized: boolean;
  /** HTTP status the fake answered with. */
  status: number;
  /** The id the fake assigned to a stored activity (2xx send/reply/update). */
  id: string | null;
}

/** A scripted failure: the next matching request gets this status instead of success. */
export interface ConnectorFailure {
  status: number;
  /** Sent as the Retry-After header (seconds) when given. */
  retryAfterSeconds?: number;
  /** Limit the failure to one kind of call; any kind when omitted. */
  kind?: ConnectorCall["kind"];
}

export interface FakeBotConnector {
  /** Base URL to use as an activity's serviceUrl (ends with a slash, as Teams sends it). */
  serviceUrl: string;
  /** Every request, failed ones included, in arrival order. */
  calls: ConnectorCall[];
  /** Successful sends and replies (what a user would see posted), in order. */
  posted(): ConnectorCall[];
  /** Successful updates of an existing activity. */
  updated(): ConnectorCall[];
  /** Queue failures; each is consumed by the next request of its kind. */
  failNext(...failures: ConnectorFailure[]): void;
  /** Resolves once `predicate` holds for the recorded calls, or rejects after `timeoutMs`. */
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

function classify(
  method: string,
  path: string,
): Pick<ConnectorCall, "kind" | "conversationId" | "activityId"> {
  if (method === "POST" && /^\/v3\/conversations\/?$/.test(path)) {
    return { kind: "createConversation", conversationId: null, activityId: null };
  }
  const match = ACTIVITIES.exec(path);
  if (!match) return { kind: "other", conversationId: null, activityId: null };
  const conversationId = decodeURIComponent(match[1] ?? "");
  const activityId = match[2] ? decodeURIComponent(match[2]) : null;
  if (method === "POST") return { kind: activityId ? "reply" : "send", conversationId, activityId };
  if (method === "PUT" && activityId) return { kind: "update", conversationId, activityId };
  return { kind: "other", conversationId, activityId };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Starts the fake connector on 127.0.0.1 with a free port. */
export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  let failures: ConnectorFailure[] = [];
  const waiters = new Set<() => void>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const body = await readJson(req);
    const where = classify(method, path);
    const call: ConnectorCall = {
      ...where,
      method,
      path,
      body,
      authorized: typeof req.headers.authorization === "string",
      status: 200,
      id: null,
    };
    const failureAt = failures.findIndex((f) => !f.kind || f.kind === where.kind);
    const failure = failureAt >= 0 ? failures.splice(failureAt, 1)[0] : undefined;
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      calls.push(call);
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
      for (const wake of waiters) wake();
    };
    if (failure) {
      const headers: Record<string, string> =
        failure.retryAfterSeconds === undefined ? {} : { "retry-after": String(failure.retryAfterSeconds) };
      return send(failure.status, { error: { code: "FakeFailure", message: "scripted failure" } }, headers);
    }
    switch (where.kind) {
      case "send":
      case "reply": {
        call.id = `fake-${randomUUID()}`;
        return send(200, { id: call.id });
      }
      case "update": {
        call.id = where.activityId;
        return send(200, { id: call.id });
      }
      case "createConversation": {
        call.id = `fake-${randomUUID()}`;
        return send(200, { id: `conv-${randomUUID()}`, activityId: call.id });
      }
      default:
        return send(404, { error: { code: "NotFound", message: `no fake route for ${method} ${path}` } });
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const isPost = (c: ConnectorCall) => (c.kind === "send" || c.kind === "reply") && c.status < 300;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    posted: () => calls.filter(isPost),
    updated: () => calls.filter((c) => c.kind === "update" && c.status < 300),
    failNext: (...more) => {
      failures.push(...more);
    },
    waitFor: (predicate, timeoutMs = 5_000) =>
      new Promise<void>((resolve, reject) => {
        if (predicate(calls)) return resolve();
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`fake connector: condition not met within ${timeoutMs} ms (${calls.length} calls)`),
          );
        }, timeoutMs);
        const check = () => {
          if (!predicate(calls)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      }),
    reset: () => {
      calls.length = 0;
      failures = [];
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
