// A local stand-in for the Slack Web API (https://docs.slack.dev/reference/methods) and for
// `response_url` endpoints: records every call, answers `ok: true`, and can be told to fail.
// Point Bolt at it with SLACK_API_URL = fake.apiUrl; use fake.responseUrl() in payloads.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call as the fake received it (`params` decoded from form or JSON). */
export interface SlackApiCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: Web API parameters are free-form JSON; tests read what they need.
  params: Record<string, any>;
  /** A bearer token was sent (its value is never kept). */
  authenticated: boolean;
  /** Milliseconds since the fake started. */
  at: number;
  /** What the fake answered (HTTP status and JSON body). */
  // biome-ignore lint/suspicious/noExplicitAny: see params.
  response?: { status: number; body: Record<string, any> };
}

/** One JSON body posted to a `response_url` the fake handed out. */
export interface ResponseUrlPost {
  id: string;
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  body: Record<string, any>;
  at: number;
}

/** A file "uploaded" to the fake (a file_input in a modal), served by files.info and its download URL. */
export interface FakeSlackFile {
  id: string;
  name: string;
  filetype: string;
  mimetype: string;
  size: number;
  url_private: string;
  url_private_download: string;
}

/** One GET of a file's private URL; `authorized` is true when it carried `Bearer <file token>`. */
export interface FileDownload {
  fileId: string;
  authorized: boolean;
  status: number;
  at: number;
}

/** How the next call(s) to a method should fail. */
export type SlackApiFailure =
  /** HTTP 200 with `{ok: false, error}`: invalid_blocks, channel_not_found, not_in_channel, invalid_auth... */
  | { error: string }
  /** HTTP 429 with a Retry-After header (seconds). */
  | { rateLimited: number };

/** Body fields the Web API client sends as JSON strings inside a form-encoded body. */
const JSON_FIELDS = new Set(["blocks", "attachments", "view", "metadata", "unfurls"]);

let tsCounter = 0;
function nextTs(): string {
  tsCounter += 1;
  return `1700000000.${String(tsCounter).padStart(6, "0")}`;
}

export class FakeSlackApi {
  readonly calls: SlackApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly downloads: FileDownload[] = [];
  /** The token a file download must carry (set it to the bot token under test). */
  fileToken = "";
  readonly #files = new Map<string, { file: FakeSlackFile; content: Buffer }>();
  #fileCounter = 0;
  /** The identity auth.test reports. */
  readonly identity = {
    user_id: "UBOT000001",
    bot_id: "BBOT000001",
    team_id: "T00000001",
    user: "vacancy-bot",
  };
  readonly #failures = new Map<string, SlackApiFailure[]>();
  readonly #waiters = new Set<() => void>();
  readonly #started = Date.now();
  #server: Server;
  #url = "";
  #responseUrlCounter = 0;

  private constructor() {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
    });
  }

  /** Starts a fake on 127.0.0.1 with a free port. */
  static async start(): Promise<FakeSlackApi> {
    const fake = new FakeSlackApi();
    await new Promise<void>((resolve) => fake.#server.listen(0, "127.0.0.1", resolve));
    const { port } = fake.#server.address() as AddressInfo;
    fake.#url = `http://127.0.0.1:${port}`;
    return fake;
  }

  /** Base URL of the fake, e.g. http://127.0.0.1:43211 */
  get url(): string {
    return this.#url;
  }

  /** The value for SLACK_API_URL / clientOptions.slackApiUrl. */
  get apiUrl(): string {
    return `${this.#url}/api/`;
  }

  /** A fresh response_url served by this fake (put it in command and action payloads). */
  responseUrl(id = `r${++this.#responseUrlCounter}`): string {
    return `${this.#url}/response/${id}`;
  }

  /**
   * Stores a file as Slack would after a file_input upload and returns its file object (the
   * shape of view.state.values.<block>.<action>.files[] and of files.info's `file`).
   */
  addFile(name: string, content: Buffer | string): FakeSlackFile {
    const id = `F${String(++this.#fileCounter).padStart(9, "0")}`;
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const extension = name.includes(".") ? (name.split(".").pop() ?? "") : "";
    const url = `${this.#url}/files-pri/T00000001-${id}/${encodeURIComponent(name)}`;
    const file: FakeSlackFile = {
      id,
      name,
      filetype: extension === "md" ? "markdown" : extension === "txt" ? "text" : "binary",
      mimetype: extension === "txt" || extension === "md" ? "text/plain" : "application/octet-stream",
      size: bytes.length,
      url_private: url,
      url_private_download: `${url}?download=1`,
    };
    this.#files.set(id, { file, content: bytes });
    return file;
  }

  /** Calls to one Web API method, oldest first. */
  callsTo(method: string): SlackApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Posts made to one response_url id (or all when omitted). */
  responsesTo(id?: string): ResponseUrlPost[] {
    return id === undefined ? this.responses : this.responses.filter((r) => r.id === id);
  }

  /** The next `times` calls to `method` fail as described; later calls succeed again. */
  failNext(method: string, failure: SlackApiFailure, times = 1): void {
    const queue = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.#failures.set(method, queue);
  }

  /** Forgets recorded calls, responses and pending failures. */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.downloads.length = 0;
    this.#failures.clear();
  }

  /**
   * Resolves once `predicate` holds, or rejects after `timeoutMs`. Checked after every request
   * the fake receives and every 25 ms (for conditions outside the fake, such as log lines).
   */
  async waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const immediate = predicate();
    if (immediate) return immediate;
    return new Promise<T>((resolve, reject) => {
      const finish = (error: Error | null, value?: T) => {
        clearTimeout(timer);
        clearInterval(poll);
        this.#waiters.delete(check);
        if (error) reject(error);
        else resolve(value as T);
      };
      const check = () => {
        const value = predicate();
        if (value) finish(null, value);
      };
      const poll = setInterval(check, 25);
      const timer = setTimeout(
        () =>
          finish(new Error(`FakeSlackApi.waitFor timed out after ${timeoutMs} ms; calls: ${this.summary()}`)),
        timeoutMs,
      );
      this.#waiters.add(check);
    });
  }

  /** Waits until `method` has been called at least `count` times; returns those calls. */
  waitForCalls(method: string, count = 1, timeoutMs = 5000): Promise<SlackApiCall[]> {
    return this.waitFor(() => {
      const calls = this.callsTo(method);
      return calls.length >= count ? calls : undefined;
    }, timeoutMs);
  }

  /** Waits until `count` posts reached response_urls (optionally one id). */
  waitForResponses(count = 1, id?: string, timeoutMs = 5000): Promise<ResponseUrlPost[]> {
    return this.waitFor(() => {
      const posts = this.responsesTo(id);
      return posts.length >= count ? posts : undefined;
    }, timeoutMs);
  }

  /** One line per call, for failure messages. */
  summary(): string {
    const calls = this.calls.map((c) => c.method);
    const responses = this.responses.map((r) => `response/${r.id}`);
    return [...calls, ...responses].join(", ") || "(none)";
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const params = decodeBody(raw, String(req.headers["content-type"] ?? ""));
    const path = new URL(req.url ?? "/", this.#url).pathname;
    const at = Date.now() - this.#started;

    if (path.startsWith("/response/")) {
      this.responses.push({ id: decodeURIComponent(path.slice("/response/".length)), body: params, at });
      this.#notify();
      return sendJson(res, 200, { ok: true });
    }
    if (path.startsWith("/files-pri/")) return this.#download(path, req, res, at);
    if (!path.startsWith("/api/")) return sendJson(res, 404, { ok: false, error: "unknown_path" });

    const method = path.slice("/api/".length);
    const authenticated = /^Bearer \S+/.test(String(req.headers.authorization ?? "")) || "token" in params;
    delete params.token;
    const call: SlackApiCall = { method, params, authenticated, at };
    const failure = this.#failures.get(method)?.shift();
    if (failure && "rateLimited" in failure) {
      res.setHeader("retry-after", String(failure.rateLimited));
      call.response = { status: 429, body: { ok: false, error: "ratelimited" } };
    } else if (failure) {
      call.response = { status: 200, body: { ok: false, error: failure.error } };
    } else {
      call.response = { status: 200, body: this.#answer(method, params) };
    }
    this.calls.push(call);
    sendJson(res, call.response.status, call.response.body);
    this.#notify();
  }

  // biome-ignore lint/suspicious/noExplicitAny: see SlackApiCall.params.
  #answer(method: string, params: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, url: `${this.#url}/`, team: "Test Workspace", ...this.identity };
      case "chat.postMessage": {
        const ts = nextTs();
        return {
          ok: true,
          channel: params.channel,
          ts,
          message: { ...params, ts, bot_id: this.identity.bot_id },
        };
      }
      case "files.info": {
        const stored = this.#files.get(String(params.file));
        return stored ? { ok: true, file: stored.file } : { ok: false, error: "file_not_found" };
      }
      case "chat.update":
        return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "views.open":
      case "views.update":
      case "views.push":
        return { ok: true, view: { id: params.view_id ?? `V${nextTs().replace(".", "")}`, ...params.view } };
      default:
        return { ok: true };
    }
  }

  /** Serves a file's bytes only to `Bearer <fileToken>`, as files.slack.com does for private files. */
  #download(path: string, req: IncomingMessage, res: ServerResponse, at: number): void {
    const fileId = path.split("/")[2]?.split("-")[1] ?? "";
    const stored = this.#files.get(fileId);
    const authorized = this.fileToken !== "" && req.headers.authorization === `Bearer ${this.fileToken}`;
    const status = !stored ? 404 : authorized ? 200 : 403;
    this.downloads.push({ fileId, authorized, status, at });
    if (status === 200 && stored) {
      res.writeHead(200, { "content-type": stored.file.mimetype, "content-length": stored.content.length });
      res.end(stored.content);
    } else {
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status === 404 ? "not found" : "forbidden");
    }
    this.#notify();
  }

  #notify(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// biome-ignore lint/suspicious/noExplicitAny: decoded Web API parameters.
function decodeBody(raw: string, contentType: string): Record<string, any> {
  if (raw === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(raw);
  // biome-ignore lint/suspicious/noExplicitAny: decoded Web API parameters.
  const params: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = JSON_FIELDS.has(key) ? tryJson(value) : value;
  }
  return params;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
