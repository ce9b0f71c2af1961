import type { FastifyInstance } from "fastify";

/**
 * Nothing answered to a signed-in caller, or by a route that is not public, may be kept by a browser
 * or a shared cache: such answers carry personal data (candidates, pathways, assessments, evidence,
 * users, a candidate's download) or depend on who asks. They are sent with `Cache-Control: no-store`
 * unless the route chose its own caching (the published exports, the same for everyone).
 */
export function registerPrivateResponses(app: FastifyInstance) {
  app.addHook("onSend", async (req, reply, payload) => {
    const access = req.routeOptions.config?.access;
    const isPrivate = req.caller.kind !== "anonymous" || (access !== undefined && access !== "public");
    if (isPrivate && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    return payload;
  });
}
