import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { errorComponents } from "./openapi-errors.ts";
import { describeOperation, type RouteFacts, routeFacts } from "./openapi-operations.ts";

type Document = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * OpenAPI 3.1 generated from the zod schemas that validate requests, served with a docs page. Each
 * operation is completed from its route's declaration (access, tags, `config.openapi`): its id,
 * summary, security and roles, every error status with the codes it may carry, media types of files.
 */
export async function registerOpenApi(app: FastifyInstance) {
  const routes = new Map<string, RouteFacts>();
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    for (const facts of routeFacts(route)) routes.set(`${facts.method} ${facts.path}`, facts);
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "CQPI platform API",
        version: "1",
        license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
        description:
          "Branches, CQPIs, referentials, pathways, juries and certificates of the Certificat de Qualification " +
          'Professionnelle Interbranches. Errors are `{"error":{"code","message","params","fields"}}`: clients ' +
          "decide on `code` and each field's `code` (with their `params`), never on the English `message`.",
      },
      servers: [{ url: app.ctx.config.publicUrl, description: "This platform" }],
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "cqpi_session", description: "Web app session" },
          bearer: { type: "http", scheme: "bearer", description: "API token created in the web app" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => completeDocument(jsonSchemaTransformObject(input), routes),
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { access: "public" } }, async () =>
    app.swagger(),
  );
}

function completeDocument(document: Document, routes: Map<string, RouteFacts>): Document {
  const components = (document as { components?: { schemas?: object } }).components;
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item ?? {}).map(([method, operation]) => {
          const route = routes.get(`${method.toUpperCase()} ${path}`);
          return [method, route ? describeOperation(operation as never, route) : operation];
        }),
      ),
    ]),
  );
  return {
    ...document,
    paths,
    components: { ...components, schemas: { ...components?.schemas, ...errorComponents } },
  } as unknown as Document;
}
