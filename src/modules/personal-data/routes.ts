import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { exportPersonalData } from "./export-personal-data.ts";
import { personalDataExport } from "./schemas.ts";

/** A candidate downloads what the platform holds about them; nobody else may call it for them. */
export function registerPersonalDataRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  r.get(
    "/api/me/personal-data",
    {
      schema: {
        tags: ["personal-data"],
        summary: "Download my personal data (candidate), as a JSON attachment",
        response: { 200: personalDataExport },
      },
      config: { access: ["candidate"], openapi: { statuses: [404] } },
    },
    async (req, reply) => {
      const data = await exportPersonalData(ctx, { caller: userOf(req) });
      const day = data.exportedAt.slice(0, 10);
      reply.header("content-disposition", `attachment; filename="cqpi-mes-donnees-${day}.json"`);
      return data;
    },
  );
}
