import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { anonymous, type Caller, type UserCaller } from "../modules/accounts/caller.ts";
import type { Role } from "../modules/accounts/roles.ts";
import { forbidden, unauthenticated } from "./errors.ts";

/**
 * Who may reach a route, declared on every API route. A route without a declaration is refused at
 * startup, so nothing is reachable by accident (deny by default). Finer scope checks (own branch, own
 * company) are made by each module's policy.
 */
export type Access = "public" | "authenticated" | readonly Role[];

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Who is calling; the anonymous caller until the access hook has resolved the credentials. */
    caller: Caller;
  }
}

export function registerAccessControl(
  app: FastifyInstance,
  resolveCaller: (req: FastifyRequest, reply: FastifyReply) => Promise<Caller>,
) {
  // Each request's own caller (Fastify would share an object given as the initial value).
  const callers = new WeakMap<FastifyRequest, Caller>();
  app.decorateRequest("caller", {
    getter(this: FastifyRequest) {
      return callers.get(this) ?? anonymous;
    },
    setter(this: FastifyRequest, caller: Caller) {
      callers.set(this, caller);
    },
  });

  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/") && !route.config?.access && !route.url.startsWith("/api/docs")) {
      throw new Error(`Route ${route.method} ${route.url} declares no access policy`);
    }
  });

  app.addHook("onRequest", async (req, reply) => {
    const access = req.routeOptions.config?.access;
    if (!access) return;
    req.caller = await resolveCaller(req, reply);
    if (access === "public") return;
    if (req.caller.kind !== "user") throw unauthenticated();
    if (access !== "authenticated" && !access.includes(req.caller.role)) throw forbidden();
  });
}

/** The signed-in user of a route whose access is not public (the hook has already refused anonymous calls). */
export function userOf(req: FastifyRequest): UserCaller {
  if (req.caller.kind !== "user") throw unauthenticated();
  return req.caller;
}
