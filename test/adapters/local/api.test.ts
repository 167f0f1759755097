// The local JSON API over real HTTP: the whole server (createServer) on 127.0.0.1 with fixtures.
import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { INTENTS } from "../../../src/answer/model.ts";
import { FIXTURE_VACANCIES, postJson, rawRequest, seedNotice, useLocalServer } from "./harness.ts";

describe("local JSON API", () => {
  const app = useLocalServer();

  it("answers a question with every rendering, computed as of the given day", async () => {
    const res = await postJson(`${app.url}/api/ask`, {
      question: "when does the network technician application close?",
      now: "2024-06-05",
    });
    expect(res.status).toBe(200);
    expect(INTENTS).toContain(res.json.intent);
    expect(res.json.asOf).toBe("2024-06-05");
    expect(typeof res.json.text).toBe("string");
    expect(res.json.text.length).toBeGreaterThan(0);
    expect(Array.isArray(res.json.vacancies)).toBe(true);
    expect(typeof res.json.slack.text).toBe("string");
    expect(Array.isArray(res.json.slack.blocks)).toBe(true);
    expect(res.json.teams).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(Array.isArray(res.json.suggestions)).toBe(true);
    expect(res.json.intent).toBe("deadline");
    expect(res.json.vacancies[0]).toMatchObject({
      id: "network-and-communications-technician",
      status: "open",
    });
    expect(res.json.text).toMatch(/17 June 2024/);
  });

  it("returns no vacancy for a question about something else", async () => {
    const res = await postJson(`${app.url}/api/ask`, {
      question: "what is for lunch today?",
      now: "2024-06-05",
    });
    expect(res.status).toBe(200);
    expect(res.json.vacancies).toEqual([]);
  });

  it("uses the server's clock when no day is given", async () => {
    const res = await postJson(`${app.url}/api/ask`, { question: "which posts are open?" });
    expect(res.status).toBe(200);
    expect(res.json.asOf).toBe("2026-11-23");
  });

  it("refuses a malformed day with a message naming the field", async () => {
    const res = await postJson(`${app.url}/api/ask`, { question: "open posts", now: "next tuesday" });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_request");
    expect(res.json.error.message).toMatch(/now: "next tuesday" is not a date/);
  });

  it("refuses an empty question", async () => {
    const res = await postJson(`${app.url}/api/ask`, { question: "   " });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/question is empty/);
  });

  it("answers bad JSON with 400 and says so", async () => {
    const res = await postJson(`${app.url}/api/ask`, '{"question": "deadline?", ');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_json");
    expect(res.json.error.message).toMatch(/not valid JSON/);
  });

  it("answers an oversize body with 413 and names the limit", async () => {
    const res = await postJson(`${app.url}/api/ask`, { question: "x".repeat(70_000) });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("body_too_large");
    expect(res.json.error.message).toMatch(/limit 64 kB/);
  });

  it("asks for JSON when the body is sent as something else", async () => {
    const res = await rawRequest(`${app.url}/api/ask`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "deadline for the technician",
    });
    expect(res.status).toBe(415);
    expect(res.json.error.message).toMatch(/Content-Type: application\/json/);
  });

  it("lists every vacancy with its deadline status on the requested day", async () => {
    const res = await rawRequest(`${app.url}/api/vacancies?now=2024-06-05`);
    expect(res.status).toBe(200);
    expect(res.json.asOf).toBe("2024-06-05");
    const ids = res.json.vacancies.map((v: { id: string }) => v.id).sort();
    expect(ids).toEqual(FIXTURE_VACANCIES.map((v) => v.id).sort());
    for (const row of res.json.vacancies) {
      const fixture = FIXTURE_VACANCIES.find((v) => v.id === row.id);
      expect(row.deadline).toBe(fixture?.deadline);
      expect(["open", "closed", "unknown"]).toContain(row.status);
      expect(typeof row.label).toBe("string");
    }
  });

  it("computes status and days left at the picker's day", async () => {
    const then = await rawRequest(`${app.url}/api/vacancies?now=2024-06-05`);
    const tech = then.json.vacancies.find(
      (v: { id: string }) => v.id === "network-and-communications-technician",
    );
    expect(tech).toMatchObject({ status: "open", daysLeft: 12 });
    expect(then.json.vacancies[0].status).toBe("open");
    const today = await rawRequest(`${app.url}/api/vacancies`);
    const statuses = Object.fromEntries(
      today.json.vacancies.map((v: { id: string; status: string }) => [v.id, v.status]),
    );
    expect(statuses["network-and-communications-technician"]).toBe("closed");
    expect(statuses["deputy-director-operations-and-security-services"]).toBe("unknown");
  });

  it("refuses a malformed day in the vacancy list query", async () => {
    const res = await rawRequest(`${app.url}/api/vacancies?now=yesterday`);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/now/);
  });

  it("shows one vacancy by id and 404s an unknown id", async () => {
    const id = FIXTURE_VACANCIES[1]?.id;
    const ok = await postJson(`${app.url}/api/show`, {
      vacancyId: id,
      focus: "requirements",
      now: "2024-06-05",
    });
    expect(ok.status).toBe(200);
    expect(ok.json.focus).toBe("requirements");
    expect(ok.json.teams.type).toBe("AdaptiveCard");
    const missing = await postJson(`${app.url}/api/show`, { vacancyId: "no-such-post", focus: "overview" });
    expect(missing.status).toBe(404);
    expect(missing.json.error.message).toMatch(/no-such-post/);
    const badFocus = await postJson(`${app.url}/api/show`, { vacancyId: id, focus: "horoscope" });
    expect(badFocus.status).toBe(400);
    expect(badFocus.json.error.message).toMatch(/focus must be one of/);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const res = await rawRequest(`${app.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.json.error.message).toMatch(/GET \/api\/nothing-here/);
    const teams = await postJson(`${app.url}/api/messages`, { type: "message" });
    expect(teams.status).toBe(404);
    expect(teams.json.error.message).toMatch(/Teams is not enabled.*MICROSOFT_APP_ID/);
  });

  it("serves the page and its bundle, gzipped, with a strict content security policy", async () => {
    const page = await rawRequest(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.headers["content-security-policy"]).toMatch(/script-src 'self'/);
    const script = /src="(\/assets\/app\.js\?v=[\w-]+)"/.exec(page.text)?.[1];
    const styles = /href="(\/assets\/app\.css\?v=[\w-]+)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    expect(styles).toBeDefined();
    const js = await rawRequest(`${app.url}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(js.status).toBe(200);
    expect(js.headers["content-encoding"]).toBe("gzip");
    expect(js.headers["cache-control"]).toMatch(/immutable/);
    const css = await rawRequest(`${app.url}${styles}`);
    expect(css.status).toBe(200);
    expect(css.text).toMatch(/\.sk-button/);
  });

  it("reports the server's day and whether this browser may use the recruiter preview", async () => {
    const res = await rawRequest(`${app.url}/api/session`);
    expect(res.json).toMatchObject({ today: "2026-11-23", vacancies: FIXTURE_VACANCIES.length });
    expect(res.json.recruiter).toMatchObject({ allowed: true, tokenRequired: false });
  });
});

describe("recruiter drafts on the local API", () => {
  const notice = seedNotice("001_727b557c1af1bc77.txt");

  describe("without LOCAL_ADMIN_TOKEN", () => {
    const app = useLocalServer();

    it("lets a request from localhost through to the parser", async () => {
      const res = await postJson(`${app.url}/api/drafts`, { text: notice, source: "001.txt" });
      expect(res.status).toBe(201);
      expect(res.json.draft.vacancy.title).toMatch(/Operations and Security Centre Chief/);
    });

    it("refuses a request whose Host is not this machine (DNS rebinding)", async () => {
      const res = await postJson(
        `${app.url}/api/drafts`,
        { text: notice },
        { host: "attacker.example:3978" },
      );
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("foreign_host");
    });

    it("refuses a request posted by a page from another origin", async () => {
      const res = await postJson(
        `${app.url}/api/drafts`,
        { text: notice },
        { origin: "https://attacker.example" },
      );
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("foreign_host");
    });

    it("refuses a request relayed by a proxy", async () => {
      const res = await postJson(
        `${app.url}/api/drafts`,
        { text: notice },
        { "x-forwarded-for": "203.0.113.7" },
      );
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("proxied");
    });

    it("accepts a notice of 150 kB and refuses one over the draft limit with 413", async () => {
      const big = await postJson(`${app.url}/api/drafts`, { text: `${notice}\n${"x".repeat(150_000)}` });
      expect(big.status).not.toBe(413);
      const huge = await postJson(`${app.url}/api/drafts`, { text: "x".repeat(300_000) });
      expect(huge.status).toBe(413);
      expect(huge.json.error.message).toMatch(/limit 256 kB/);
    });

    it("says a draft id is unknown instead of storing anything", async () => {
      const res = await rawRequest(`${app.url}/api/drafts/not-a-draft/confirm`, { method: "POST" });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("draft_not_found");
      expect(app.server.bot.store.list()).toHaveLength(FIXTURE_VACANCIES.length);
    });
  });

  describe("the draft flow with a seed notice", () => {
    const app = useLocalServer();

    it("parses, previews, stores exactly once, and makes the post searchable", async () => {
      const created = await postJson(`${app.url}/api/drafts`, {
        text: seedNotice("003_e27ab0440bd2b9d4.txt"),
        source: "003.txt",
      });
      expect(created.status).toBe(201);
      const { draft, preview } = created.json;
      expect(draft.state).toBe("preview");
      expect(draft.vacancy.title).toMatch(/Digital Backbone/i);
      expect(preview.teams.type).toBe("AdaptiveCard");
      expect(Array.isArray(preview.slack.blocks)).toBe(true);

      const confirmed = await rawRequest(`${app.url}/api/drafts/${draft.id}/confirm`, { method: "POST" });
      expect(confirmed.status).toBe(200);
      expect(confirmed.json.draft.state).toBe("posted");
      expect(app.server.bot.store.get(draft.vacancy.id)?.title).toBe(draft.vacancy.title);

      const again = await rawRequest(`${app.url}/api/drafts/${draft.id}/confirm`, { method: "POST" });
      expect(again.status).toBe(409);
      expect(again.json.error.code).toBe("draft_already_posted");

      const list = await rawRequest(`${app.url}/api/vacancies`);
      expect(list.json.vacancies.map((v: { id: string }) => v.id)).toContain(draft.vacancy.id);
    });

    it("never stores a discarded draft", async () => {
      const created = await postJson(`${app.url}/api/drafts`, {
        text: seedNotice("000_0df7a9c183d0f8a8.txt"),
      });
      const id = created.json.draft.id;
      const count = app.server.bot.store.list().length;
      const cancelled = await rawRequest(`${app.url}/api/drafts/${id}/cancel`, { method: "POST" });
      expect(cancelled.json.draft.state).toBe("cancelled");
      const confirm = await rawRequest(`${app.url}/api/drafts/${id}/confirm`, { method: "POST" });
      expect(confirm.status).toBe(409);
      expect(confirm.json.error.code).toBe("draft_cancelled");
      expect(app.server.bot.store.list()).toHaveLength(count);
    });
  });

  describe("with LOCAL_ADMIN_TOKEN set", () => {
    const app = useLocalServer({ LOCAL_ADMIN_TOKEN: "s3cret-token" });

    it("refuses a request without the token, saying how to send it", async () => {
      const res = await postJson(`${app.url}/api/drafts`, { text: notice });
      expect(res.status).toBe(403);
      expect(res.json.error).toMatchObject({ code: "token_required" });
      expect(res.json.error.message).toMatch(/X-Local-Admin-Token/);
    });

    it("refuses a wrong token", async () => {
      const res = await postJson(
        `${app.url}/api/drafts`,
        { text: notice },
        { "x-local-admin-token": "guess" },
      );
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("token_invalid");
      const confirm = await rawRequest(`${app.url}/api/drafts/x/confirm`, {
        method: "POST",
        headers: { "x-local-admin-token": "guess" },
      });
      expect(confirm.status).toBe(403);
    });

    it("lets the right token through", async () => {
      const res = await postJson(
        `${app.url}/api/drafts`,
        { text: notice },
        { "x-local-admin-token": "s3cret-token" },
      );
      expect(res.status).toBe(201);
    });

    it("tells the page a token is needed", async () => {
      const res = await rawRequest(`${app.url}/api/session`);
      expect(res.json.recruiter).toMatchObject({
        allowed: false,
        tokenRequired: true,
        code: "token_required",
      });
    });
  });

  const lanAddress = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

  describe.skipIf(!lanAddress)("from another machine", () => {
    const app = useLocalServer({ HOST: "0.0.0.0" });

    it("refuses drafts from a non-loopback address even with a loopback Host header", async () => {
      const res = await postJson(
        `http://${lanAddress}:${app.port}/api/drafts`,
        { text: notice },
        { host: "localhost" },
      );
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("not_local");
      // Asking questions stays open to everyone who can reach the server.
      const ask = await postJson(`http://${lanAddress}:${app.port}/api/ask`, { question: "open posts" });
      expect(ask.status).toBe(200);
    });
  });
});
