import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the zod schemas that validate requests, served with a docs page. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "CQPI platform API",
        version: "1",
        description:
          "Branches, CQPIs, referentials, pathways, juries and certificates of the Certificat de Qualification " +
          'Professionnelle Interbranches. Errors are `{"error":{"code","message","fields"}}`.',
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "cqpi_session" },
          bearer: { type: "http", scheme: "bearer", description: "API token created in the web app" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { access: "public" } }, async () =>
    app.swagger(),
  );
}
