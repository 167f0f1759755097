// Who may use the recruiter preview of the local page: requests made on this machine only (loopback
// socket, loopback Host and Origin, no proxy in between) and, when LOCAL_ADMIN_TOKEN is set, only with it.
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** The request header that carries LOCAL_ADMIN_TOKEN. */
export const ADMIN_TOKEN_HEADER = "x-local-admin-token";

export type AccessDenial = "not_local" | "proxied" | "foreign_host" | "token_required" | "token_invalid";

export type AccessVerdict = { ok: true } | { ok: false; code: AccessDenial; message: string };

/** What the gate looks at; a plain object so it can be checked without a server. */
export interface AccessRequest {
  remoteAddress: string | undefined;
  headers: IncomingHttpHeaders;
}

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return /^127(?:\.\d{1,3}){3}$/.test(v4) || address === "::1";
}

/** True when a Host or Origin names this machine (localhost, 127.x.x.x, [::1]), with any port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  let hostname: string;
  try {
    hostname = new URL(host.includes("://") ? host : `http://${host}`).hostname;
  } catch {
    return false;
  }
  if (hostname === "localhost" || hostname.endsWith(".localhost")) return true;
  return isLoopbackAddress(hostname.replace(/^\[|\]$/g, ""));
}

/**
 * Decides whether a request may create, confirm or cancel drafts. The Host and Origin checks stop a
 * web page elsewhere from reaching the local API through the browser (DNS rebinding, cross-site posts);
 * a forwarded request came through a proxy, so its socket address says nothing about the user.
 */
export function checkRecruiterAccess(request: AccessRequest, adminToken: string | undefined): AccessVerdict {
  const { headers } = request;
  if (!isLoopbackAddress(request.remoteAddress)) {
    return {
      ok: false,
      code: "not_local",
      message: `The recruiter preview only works on the machine running the bot (open http://localhost:<port> there); requests from ${request.remoteAddress ?? "an unknown address"} are refused.`,
    };
  }
  if (headers["x-forwarded-for"] || headers.forwarded) {
    return {
      ok: false,
      code: "proxied",
      message:
        "The recruiter preview is refused through a proxy: open the page directly on the machine running the bot.",
    };
  }
  if (!isLoopbackHost(headers.host) || (headers.origin !== undefined && !isLoopbackHost(headers.origin))) {
    return {
      ok: false,
      code: "foreign_host",
      message:
        "The recruiter preview only answers pages served from localhost: open http://localhost:<port> (not another host name).",
    };
  }
  if (adminToken !== undefined) {
    const given = headers[ADMIN_TOKEN_HEADER];
    if (typeof given !== "string" || given === "") {
      return {
        ok: false,
        code: "token_required",
        message:
          "This server has LOCAL_ADMIN_TOKEN set: enter that token on the page (sent as the X-Local-Admin-Token header).",
      };
    }
    if (!sameSecret(given, adminToken)) {
      return {
        ok: false,
        code: "token_invalid",
        message:
          "The recruiter token is wrong: use the value of LOCAL_ADMIN_TOKEN from the server's environment.",
      };
    }
  }
  return { ok: true };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
