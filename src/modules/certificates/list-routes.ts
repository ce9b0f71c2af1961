import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { exportCertificates } from "./export-certificates.ts";
import { listCertificates } from "./list-certificates.ts";
import { certificateExportQuery, certificateList, certificateListQuery } from "./list-schemas.ts";
import { certificatesAccess } from "./policy.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The certificates list of the signed-in staff, employers and candidates, and its CSV / XLSX exports. */
export function registerCertificateListRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["certificates"];
  const access = certificatesAccess.list;

  r.get(
    "/api/certificates",
    {
      schema: { tags, querystring: certificateListQuery, response: { 200: certificateList } },
      config: { access },
    },
    (req) => listCertificates(ctx, { caller: userOf(req), query: req.query }),
  );
  for (const [format, type] of [
    ["csv", "text/csv; charset=utf-8"],
    ["xlsx", XLSX_TYPE],
  ] as const) {
    r.get(
      `/api/certificates.${format}`,
      {
        schema: { tags, querystring: certificateExportQuery },
        config: { access, openapi: { produces: [type.split(";")[0]!] } },
      },
      async (req, reply) => {
        const { headers: headings, ...filter } = req.query;
        const file = await exportCertificates(ctx, { caller: userOf(req), filter, format, headings });
        return reply
          .type(type)
          .header("content-disposition", `attachment; filename="certificats.${format}"`)
          .send(file);
      },
    );
  }
}
