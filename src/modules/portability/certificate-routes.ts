import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { verificationRateLimited } from "../certificates/errors.ts";
import { certificateNumberParams } from "../certificates/schemas.ts";
import { computeCertificatePublicPortability } from "./compute-certificate-public-portability.ts";
import { portabilityAccess } from "./policy.ts";
import { portabilityQuery, portabilityView } from "./schemas.ts";

const targetQuery = portabilityQuery.pick({ qualification: true, branch: true });

/** The public portability answer of a certificate, shown on its verification page. */
export function registerCertificatePortabilityRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  r.get(
    "/api/certificates/:number/portability",
    {
      schema: {
        tags: ["portability"],
        params: certificateNumberParams,
        querystring: targetQuery,
        response: { 200: portabilityView },
      },
      config: {
        access: portabilityAccess.ask,
        openapi: { statuses: [404, 409] },
        // A look-up by number like the verification page's: limited per client address the same way.
        rateLimit: {
          max: ctx.config.verificationsPerIpPerMinute,
          timeWindow: "1 minute",
          errorResponseBuilder: verificationRateLimited,
          keyGenerator: (req: FastifyRequest) => `${req.routeOptions.url} ${req.ip}`,
        },
      },
    },
    (req) => computeCertificatePublicPortability(ctx, { number: req.params.number, ...req.query }),
  );
}
