// The local page's JSON API under /api: ask, browse, show, and the recruiter draft flow.
// Bodies are parsed per route (express.json with a size limit): a global parser would break
// Bolt's signature check on /slack/events. Every failure is JSON {error: {code, message}}.
import express, { type NextFunction, type Request, type Response, Router } from "express";
import { z } from "zod";
import { FOCUSES } from "../../src/answer/model.ts";
import { type Draft, renderAnswer, type VacancyBot } from "../../src/bot.ts";
import { parseNowOption } from "../../src/clock.ts";
import type { Actor } from "../../src/store/VacancyStore.ts";
import type { AdapterContext } from "../context.ts";
import { ADMIN_TOKEN_HEADER, checkRecruiterAccess } from "./access.ts";
import { listCatalog } from "./catalog.ts";

/** Body limit of ordinary API calls (a question is at most a few hundred characters). */
export const JSON_BODY_LIMIT = "64kb";
/** Body limit of POST /api/drafts: a pasted notice, up to NOTICE_MAX_CHARS plus JSON escaping. */
export const DRAFT_BODY_LIMIT = "256kb";
export const NOTICE_MAX_CHARS = 200_000;
export const QUESTION_MAX_CHARS = 500;

/** The person at the keyboard of the local page; mountLocal grants it recruiter rights. */
export const LOCAL_ACTOR: Actor = { id: "local", name: "local user", via: "local" };

/** A `now` field: YYYY-MM-DD or an ISO instant, read like the CLI's --now. */
const NowSchema = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    try {
      return parseNowOption(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message.replace("--now", "now") });
      return z.NEVER;
    }
  });

const AskBody = z.object({
  question: z
    .string({ error: "question must be a string" })
    .trim()
    .min(1, "question is empty: type what you want to know")
    .max(QUESTION_MAX_CHARS, `question is longer than ${QUESTION_MAX_CHARS} characters`),
  now: NowSchema.optional(),
});

const ShowBody = z.object({
  vacancyId: z.string({ error: "vacancyId must be a string" }).min(1).max(120),
  focus: z.enum(FOCUSES, { error: `focus must be one of: ${FOCUSES.join(", ")}` }).default("overview"),
  now: NowSchema.optional(),
});

const DraftBody = z.object({
  text: z
    .string({ error: "text must be a string holding the notice" })
    .min(1, "text is empty: paste the vacancy notice")
    .max(NOTICE_MAX_CHARS, `the notice is longer than ${NOTICE_MAX_CHARS} characters`),
  /** Where the notice came from (a file name); defaults to "posted by local user via local". */
  source: z.string().trim().min(1).max(200).optional(),
});

const NowQuery = z.object({ now: NowSchema.optional() });

/** An error the API answers with its own status and code. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Builds the /api router of the local page. */
export function createLocalApi({ bot, config, logger }: AdapterContext): Router {
  const api = Router();
  const smallJson = express.json({ limit: JSON_BODY_LIMIT });
  const noticeJson = express.json({ limit: DRAFT_BODY_LIMIT });

  /** Lets the request through only from this machine (and with the token when one is set). */
  const recruiterOnly = (req: Request, _res: Response, next: NextFunction) => {
    const verdict = checkRecruiterAccess(
      { remoteAddress: req.socket.remoteAddress, headers: req.headers },
      config.LOCAL_ADMIN_TOKEN,
    );
    if (!verdict.ok) {
      logger.warn({ code: verdict.code, remote: req.socket.remoteAddress }, "local recruiter access refused");
      return next(new ApiError(403, verdict.code, verdict.message));
    }
    next();
  };

  api.get("/session", (req, res) => {
    const verdict = checkRecruiterAccess(
      { remoteAddress: req.socket.remoteAddress, headers: req.headers },
      config.LOCAL_ADMIN_TOKEN,
    );
    res.json({
      today: bot.now().toISOString().slice(0, 10),
      vacancies: bot.store.scan().size,
      recruiter: {
        allowed: verdict.ok,
        tokenRequired: config.LOCAL_ADMIN_TOKEN !== undefined,
        tokenHeader: ADMIN_TOKEN_HEADER,
        ...(verdict.ok ? {} : { code: verdict.code, message: verdict.message }),
      },
    });
  });

  api.post("/ask", smallJson, (req, res) => {
    const body = parseBody(AskBody, req);
    const answer = bot.ask(body.question, body.now ? { now: body.now } : {});
    res.json({ ...renderAnswer(answer), question: answer.question, suggestions: answer.suggestions });
  });

  api.get("/vacancies", (req, res) => {
    const query = parseWith(NowQuery, req.query, "query");
    const now = query.now ?? bot.now();
    res.json({ asOf: now.toISOString().slice(0, 10), vacancies: listCatalog(bot, now) });
  });

  api.post("/show", smallJson, (req, res) => {
    const body = parseBody(ShowBody, req);
    const answer = bot.show(body.vacancyId, body.focus, body.now ? { now: body.now } : {});
    if (!answer)
      throw new ApiError(404, "vacancy_not_found", `There is no vacancy with id "${body.vacancyId}".`);
    res.json({ ...renderAnswer(answer), question: answer.question, suggestions: answer.suggestions });
  });

  api.post("/drafts", recruiterOnly, noticeJson, (req, res) => {
    const body = parseBody(DraftBody, req);
    const result = bot.createDraft(body.text, LOCAL_ACTOR, body.source ? { source: body.source } : {});
    if (!result.ok) {
      const { error } = result;
      if (error.name === "NotAllowedError") throw new ApiError(403, "not_allowed", error.message);
      const field = "field" in error ? error.field : null;
      res.status(422).json({ error: { code: error.code, message: error.message, field } });
      return;
    }
    res.status(201).json(draftResponse(bot, result.draft));
  });

  api.post("/drafts/:id/confirm", recruiterOnly, async (req, res) => {
    const id = String(req.params.id);
    const result = await bot.confirmDraft(id, LOCAL_ACTOR);
    switch (result.status) {
      case "posted":
        logger.info(
          { vacancyId: result.vacancy.id, created: result.created },
          "vacancy stored from local page",
        );
        res.json({ ...draftResponse(bot, result.draft), created: result.created });
        return;
      case "not-found":
        throw new ApiError(
          404,
          "draft_not_found",
          `No draft ${id}: it expired or the server restarted. Parse the notice again.`,
        );
      case "forbidden":
        throw new ApiError(403, "not_allowed", "Only recruiters can store vacancies.");
      case "cancelled":
        throw new ApiError(
          409,
          "draft_cancelled",
          "This draft was discarded; parse the notice again to store it.",
        );
      case "already-posted":
        throw new ApiError(409, "draft_already_posted", "This draft is already stored; nothing was changed.");
    }
  });

  api.post("/drafts/:id/cancel", recruiterOnly, (req, res) => {
    const id = String(req.params.id);
    const draft = bot.cancelDraft(id, LOCAL_ACTOR);
    if (!draft)
      throw new ApiError(404, "draft_not_found", `No draft ${id}: it expired or the server restarted.`);
    res.json(draftResponse(bot, draft));
  });

  api.use((req, _res, next) => {
    // /api/messages is the Teams endpoint; it only exists when Teams is configured.
    const hint =
      req.path === "/messages"
        ? " Teams is not enabled on this server: set MICROSOFT_APP_ID (or TEAMS_ENABLED=true for local testing)."
        : "";
    next(new ApiError(404, "not_found", `No API route ${req.method} ${req.originalUrl}.${hint}`));
  });

  api.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { status, code, message } = describeError(error);
    if (status >= 500) logger.error({ err: error, path: req.path }, "local API failed");
    res.status(status).json({ error: { code, message } });
  });

  return api;
}

/** A draft as the page shows it: the parsed vacancy, warnings, state and its rendered cards. */
function draftResponse(bot: VacancyBot, draft: Draft) {
  const state = draft.state === "publishing" ? "preview" : draft.state;
  const answer = bot.previewAnswer(draft);
  return {
    draft: { id: draft.id, state, vacancy: draft.vacancy, warnings: draft.warnings },
    preview: renderAnswer(answer, { draft: { id: draft.id, state } }),
  };
}

function parseBody<T extends z.ZodType>(schema: T, req: Request): z.output<T> {
  if (req.body === undefined) {
    throw new ApiError(
      req.headers["content-type"] ? 415 : 400,
      "json_required",
      'Send a JSON body with "Content-Type: application/json".',
    );
  }
  return parseWith(schema, req.body, "body");
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) =>
    i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message,
  );
  throw new ApiError(400, "invalid_request", `Invalid ${where}: ${problems.join("; ")}.`);
}

/** Maps body-parser, validation and unexpected errors to a status and a message a user can act on. */
function describeError(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
  const type = (error as { type?: string } | null)?.type;
  if (type === "entity.parse.failed") {
    return {
      status: 400,
      code: "invalid_json",
      message: `The request body is not valid JSON: ${(error as Error).message}.`,
    };
  }
  if (type === "entity.too.large") {
    const limit = (error as { limit?: number }).limit;
    return {
      status: 413,
      code: "body_too_large",
      message: `The request body is too large${limit ? ` (limit ${Math.round(limit / 1024)} kB)` : ""}: send less text.`,
    };
  }
  if (type === "encoding.unsupported" || type === "charset.unsupported") {
    return { status: 415, code: "unsupported_encoding", message: (error as Error).message };
  }
  return {
    status: 500,
    code: "internal_error",
    message: "Something went wrong on the server; the log has the details.",
  };
}
