import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { pageOf } from "../../server/pagination.ts";
import { createCompany } from "./create-company.ts";
import { getCompany } from "./get-company.ts";
import { listCompanies } from "./list-companies.ts";
import { companiesAccess } from "./policy.ts";
import { companyIdParams, companyListQuery, companyView, createCompanyInput } from "./schemas.ts";

export function registerCompanyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["companies"];
  const read = { access: companiesAccess.read };

  r.get(
    "/api/companies",
    {
      schema: { tags, querystring: companyListQuery, response: { 200: pageOf(companyView) } },
      config: read,
    },
    (req) => listCompanies(ctx, { caller: userOf(req), query: req.query }),
  );
  r.get(
    "/api/companies/:id",
    { schema: { tags, params: companyIdParams, response: { 200: companyView } }, config: read },
    (req) => getCompany(ctx, { caller: userOf(req), id: req.params.id }),
  );
  r.post(
    "/api/companies",
    {
      schema: {
        tags,
        description:
          "Refused even when the body matches the schema: a SIRET whose check digit (Luhn, as INSEE defines it) is wrong (SIRET_CHECKSUM); a SIRET already registered (SIRET_TAKEN); an unknown branch (UNKNOWN_REFERENCE); a branch officer naming a branch that is not theirs (NOT_YOUR_BRANCH).",
        body: createCompanyInput,
        response: { 201: companyView },
      },
      config: { access: companiesAccess.register },
    },
    async (req, reply) =>
      reply.status(201).send(await createCompany(ctx, { caller: userOf(req), input: req.body })),
  );
}
