import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { readSchemaVersion } from "../db/migrate.ts";

const health = z.object({
  status: z.literal("ok"),
  database: z.enum(["sqlite", "postgres"]),
  schemaVersion: z.string().nullable(),
});

/** Liveness and readiness for load balancers: answers only when the database does. */
export function registerHealthRoute(app: FastifyInstance) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/api/health",
      { schema: { tags: ["platform"], response: { 200: health } }, config: { access: "public" } },
      async () => {
        await sql`select 1`.execute(app.ctx.db);
        return {
          status: "ok" as const,
          database: app.ctx.dialect,
          schemaVersion: await readSchemaVersion(app.ctx),
        };
      },
    );
}
