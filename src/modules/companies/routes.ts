import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Access } from "../../server/access.ts";
import { pageOf, pageQuery } from "../../server/pagination.ts";
import { listCompanies } from "./repository.ts";

const companyView = z.object({
  id: z.number().int(),
  name: z.string(),
  siret: z.string().nullable(),
  branchCode: z.string().nullable(),
});

/** Companies are listed to the national committee and branch officers (to attach employers' accounts). */
const companiesAccess = { list: ["admin", "branch_officer"] } as const satisfies Record<string, Access>;

export function registerCompanyRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/companies",
    {
      schema: { tags: ["companies"], querystring: pageQuery, response: { 200: pageOf(companyView) } },
      config: { access: companiesAccess.list },
    },
    async (req) => {
      const page = await listCompanies(app.ctx.db, req.query);
      return {
        items: page.items.map((c) => ({
          id: c.id,
          name: c.name,
          siret: c.siret,
          branchCode: c.branch_code,
        })),
        total: page.total,
      };
    },
  );
}
