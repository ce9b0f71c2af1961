import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { resolveCaller } from "../modules/accounts/resolve-caller.ts";
import { registerAccountRoutes } from "../modules/accounts/routes.ts";
import { SESSION_COOKIE, setSessionCookie } from "../modules/accounts/session-cookie.ts";
import { registerAssessmentRoutes } from "../modules/assessments/routes.ts";
import { registerAuditRoutes } from "../modules/audit/routes.ts";
import { registerCandidateRoutes } from "../modules/candidates/routes.ts";
import { registerCatalogueRoutes } from "../modules/catalogue/routes.ts";
import { registerCertificateRoutes } from "../modules/certificates/routes.ts";
import { registerCompanyRoutes } from "../modules/companies/routes.ts";
import { registerCorrespondenceRoutes } from "../modules/correspondences/routes.ts";
import { registerDocumentRoutes } from "../modules/governance/document-routes.ts";
import { registerGovernanceRoutes } from "../modules/governance/routes.ts";
import { registerJuryRoutes } from "../modules/jury/routes.ts";
import { registerNotificationRoutes } from "../modules/notifications/routes.ts";
import { registerObservatoryRoutes } from "../modules/observatory/routes.ts";
import { registerPathwayRoutes } from "../modules/pathways/routes.ts";
import { registerPersonalDataRoutes } from "../modules/personal-data/routes.ts";
import { registerCertificatePortabilityRoutes } from "../modules/portability/certificate-routes.ts";
import { registerPortabilityRoutes } from "../modules/portability/routes.ts";
import { registerReferentialExchangeRoutes } from "../modules/referentials/exchange-routes.ts";
import { registerReferentialRoutes } from "../modules/referentials/routes.ts";
import { registerAccessControl } from "./access.ts";
import type { AppContext } from "./context.ts";
import { registerErrorHandler } from "./error-handler.ts";
import { registerHealthRoute } from "./health.ts";
import { registerOpenApi } from "./openapi.ts";
import { registerOriginCheck } from "./origin-check.ts";
import { registerPrivateResponses } from "./private-responses.ts";
import { databaseRateLimitStore } from "./rate-limit-store.ts";
import { registerWebApp } from "./web.ts";

declare module "fastify" {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export interface BuildAppOptions {
  logger?: boolean;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
}

/** Assembles the HTTP server: security headers, auth, error mapping, OpenAPI, every module's routes. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: ctx.config.logLevel } : false,
    bodyLimit: ctx.config.bodyLimitBytes,
    // Forwarded headers are believed only from the proxies the operator names (CQPI_TRUSTED_PROXIES).
    trustProxy: ctx.config.trustedProxies.length > 0 ? ctx.config.trustedProxies : false,
  });
  app.decorate("ctx", ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  // Behind HTTPS the browser is told to stay on HTTPS; on plain HTTP (a local install) it must not be.
  const isHttps = ctx.config.isSecureCookie;
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Scripts come only from the platform's own files: no inline script can run, injected or not.
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "upgrade-insecure-requests": isHttps ? [] : null,
      },
    },
    strictTransportSecurity: isHttps,
  });
  await app.register(cookie);
  registerOriginCheck(app);
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx) });
  registerAccessControl(app, (req, reply) =>
    resolveCaller(ctx, {
      bearerToken: req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1],
      sessionToken: req.cookies[SESSION_COOKIE],
      onSessionExtended: (token) => setSessionCookie(reply, ctx.config, token),
    }),
  );
  registerPrivateResponses(app);
  await registerOpenApi(app);

  registerHealthRoute(app);
  registerAccountRoutes(app);
  registerCatalogueRoutes(app);
  registerCompanyRoutes(app);
  registerCandidateRoutes(app);
  registerAuditRoutes(app);
  registerReferentialRoutes(app);
  await registerReferentialExchangeRoutes(app);
  registerPathwayRoutes(app);
  await registerAssessmentRoutes(app);
  registerPersonalDataRoutes(app);
  registerCertificateRoutes(app);
  registerJuryRoutes(app);
  registerNotificationRoutes(app);
  registerGovernanceRoutes(app);
  await registerDocumentRoutes(app);
  registerCorrespondenceRoutes(app);
  registerPortabilityRoutes(app);
  registerCertificatePortabilityRoutes(app);
  registerObservatoryRoutes(app);

  await registerWebApp(app, options.serveWeb ? ctx.config.webDistDir : null);
  return app;
}
