import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { computeHolderPortability } from "./compute-holder-portability.ts";
import { portabilityAccess } from "./policy.ts";
import { portabilityQuery, portabilityView } from "./schemas.ts";

/** The portability answer: what is acquired and what remains for a CQPI in a branch. */
export function registerPortabilityRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  r.get(
    "/api/portability",
    {
      schema: { tags: ["portability"], querystring: portabilityQuery, response: { 200: portabilityView } },
      // A certificate's answer needs the caller to reach it (401 anonymous, 403 outside its scope).
      config: { access: portabilityAccess.ask, openapi: { statuses: [401, 403, 404, 409] } },
    },
    (req) => computeHolderPortability(ctx, { caller: req.caller, query: req.query }),
  );
}
