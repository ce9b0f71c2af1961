import type { FastifyInstance } from "fastify";
import { SESSION_COOKIE } from "../modules/accounts/session-cookie.ts";
import { foreignOrigin, originRequired } from "./errors.ts";

/**
 * Cross-site request forgery is refused by where a state-changing request comes from, not by its
 * content type. Browsers say it: `Sec-Fetch-Site` (recent browsers) or `Origin` (sent by every browser
 * on POST, PUT, PATCH and DELETE, same-origin included). The platform's own origin is its public URL
 * (CQPI_PUBLIC_URL) or the host the request was sent to.
 * - `Sec-Fetch-Site` other than `same-origin` or `none` (typed by the user), or an `Origin` that is not
 *   the platform's (another site, a sibling subdomain, another port, `null`), is refused.
 * - Neither header: not a browser page. Allowed for API tokens and anonymous calls (command-line
 *   clients, integrations), which a forged page cannot carry; refused for the session cookie, which a
 *   browser attaches by itself and which only the web app, always sending `Origin`, should use.
 */
export type OriginVerdict = "allowed" | "foreign" | "missing";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RequestOrigin {
  method: string;
  secFetchSite: string | undefined;
  origin: string | undefined;
  /** The Host the request was sent to. */
  host: string | undefined;
  /** The platform's public URL. */
  publicUrl: string;
  /** Authenticated by the session cookie rather than an API token. */
  isCookieSession: boolean;
}

function sameHost(origin: URL, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}

function isOwnOrigin(origin: string, request: RequestOrigin): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === "null") return false;
  return url.origin === new URL(request.publicUrl).origin || sameHost(url, request.host);
}

/** Whether a request may go on, judged only by the headers that say where it comes from. */
export function judgeOrigin(request: RequestOrigin): OriginVerdict {
  if (!STATE_CHANGING.has(request.method)) return "allowed";
  if (request.secFetchSite) {
    return request.secFetchSite === "same-origin" || request.secFetchSite === "none" ? "allowed" : "foreign";
  }
  if (request.origin !== undefined) return isOwnOrigin(request.origin, request) ? "allowed" : "foreign";
  return request.isCookieSession ? "missing" : "allowed";
}

/** Refuses, before anything else runs, a state-changing request from a foreign origin. */
export function registerOriginCheck(app: FastifyInstance) {
  const { publicUrl } = app.ctx.config;
  app.addHook("onRequest", async (req) => {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const verdict = judgeOrigin({
      method: req.method,
      secFetchSite: header("sec-fetch-site"),
      origin: header("origin"),
      host: header("host"),
      publicUrl,
      isCookieSession: !header("authorization") && Boolean(req.cookies[SESSION_COOKIE]),
    });
    if (verdict === "foreign") throw foreignOrigin();
    if (verdict === "missing") throw originRequired();
  });
}
