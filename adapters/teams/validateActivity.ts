// Checks an incoming Bot Framework activity before botbuilder sees it: botbuilder validates almost
// nothing (`{}` throws inside validateAndFixActivity, outside its error handling), so a malformed
// request must get a 400 that names the problem here. https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object
import { ActivityTypes } from "botbuilder";
import { z } from "zod";

/** Largest request body accepted on /api/messages (Teams messages are capped at about 28 KB). */
export const MAX_ACTIVITY_BODY = "256kb";
/** Longest activity text accepted at all; anything longer is not a Teams message. */
export const MAX_ACTIVITY_TEXT_CHARS = 40_000;

const ACTIVITY_TYPES = Object.values(ActivityTypes) as string[];

const id = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(1_000);

/** The fields every handler relies on; everything else passes through untouched. */
export const IncomingActivitySchema = z.looseObject({
  type: z
    .string({ error: "type is required (e.g. message, invoke, conversationUpdate)" })
    .refine((t) => ACTIVITY_TYPES.includes(t), {
      error: (issue) => `unknown activity type ${JSON.stringify(issue.input)}`,
    }),
  serviceUrl: z
    .string({ error: "serviceUrl is required" })
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), {
      error: "serviceUrl must be an http(s) URL",
    }),
  channelId: id("channelId"),
  conversation: z.looseObject({ id: id("conversation.id") }, { error: "conversation is required" }),
  from: z.looseObject(
    { id: id("from.id"), aadObjectId: z.string().max(100).optional(), name: z.string().optional() },
    { error: "from is required" },
  ),
  recipient: z.looseObject({ id: id("recipient.id") }).optional(),
  text: z
    .string({ error: "text must be a string" })
    .max(MAX_ACTIVITY_TEXT_CHARS, `text is longer than ${MAX_ACTIVITY_TEXT_CHARS} characters`)
    .optional()
    .nullable(),
});

export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

export type ActivityCheck = { ok: true; activity: IncomingActivity } | { ok: false; message: string };

/** Validates a parsed request body; the message names the first field at fault. */
export function validateActivity(body: unknown): ActivityCheck {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return {
      ok: false,
      message: "Invalid activity: the body must be a JSON object sent with Content-Type: application/json",
    };
  }
  const result = IncomingActivitySchema.safeParse(body);
  if (result.success) return { ok: true, activity: result.data };
  const issue = result.error.issues[0];
  const path = issue?.path.join(".") ?? "";
  const message = issue?.message ?? "malformed activity";
  return {
    ok: false,
    message: `Invalid activity: ${message.startsWith(path) || !path ? message : `${path}: ${message}`}`,
  };
}

/** True for a service URL on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}
