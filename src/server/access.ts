import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor, Role } from "../modules/accounts/roles.ts";
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
    actor: Actor | null;
  }
}

export function registerAccessControl(
  app: FastifyInstance,
  resolveActor: (req: FastifyRequest, reply: FastifyReply) => Promise<Actor | null>,
) {
  app.decorateRequest("actor", null);

  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/") && !route.config?.access && !route.url.startsWith("/api/docs")) {
      throw new Error(`Route ${route.method} ${route.url} declares no access policy`);
    }
  });

  app.addHook("onRequest", async (req, reply) => {
    const access = req.routeOptions.config?.access;
    if (!access) return;
    req.actor = await resolveActor(req, reply);
    if (access === "public") return;
    if (!req.actor) throw unauthenticated();
    if (access !== "authenticated" && !access.includes(req.actor.role)) throw forbidden();
  });
}

/** The actor of a route whose access is not public (the hook has already refused anonymous calls). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
