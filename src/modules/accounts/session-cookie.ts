import type { FastifyReply } from "fastify";
import type { Config } from "../../config.ts";

/** The web session travels in an HttpOnly, SameSite=Lax cookie that scripts cannot read. */
export const SESSION_COOKIE = "cqpi_session";

export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.isSecureCookie,
    maxAge: config.sessionTtlMinutes * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
