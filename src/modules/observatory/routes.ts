import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { certificatesCsv, certificatesXlsx } from "./certificates-sheet.ts";
import { registerObservatoryDatasetRoutes } from "./dataset-routes.ts";
import { exportCdcDeclaration } from "./export-cdc-declaration.ts";
import { observatoryAccess } from "./policy.ts";
import { readAwards } from "./read-awards.ts";
import { readCapacityPassRates } from "./read-capacity-pass-rates.ts";
import { listCdcPending } from "./read-cdc-holders.ts";
import { readCertificateFacts } from "./read-certificate-facts.ts";
import { readFigures } from "./read-figures.ts";
import { readKeyFigures } from "./read-key-figures.ts";
import {
  awardGroups,
  awardsQuery,
  capacityPassRates,
  capacityPassRatesQuery,
  cdcPending,
  cdcQuery,
  keyFigures,
  observatoryFigures,
  observatoryFilters,
} from "./schemas.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function registerObservatoryRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["observatory"];
  const dashboard = { access: observatoryAccess.dashboard };

  r.get(
    "/api/observatory/key-figures",
    { schema: { tags, response: { 200: keyFigures } }, config: { access: observatoryAccess.keyFigures } },
    () => readKeyFigures(ctx),
  );
  r.get(
    "/api/observatory/figures",
    {
      schema: { tags, querystring: observatoryFilters, response: { 200: observatoryFigures } },
      config: dashboard,
    },
    (req) => readFigures(ctx, { caller: req.caller, query: req.query }),
  );
  r.get(
    "/api/observatory/awards",
    { schema: { tags, querystring: awardsQuery, response: { 200: awardGroups } }, config: dashboard },
    (req) => readAwards(ctx, { caller: req.caller, query: req.query }),
  );
  r.get(
    "/api/observatory/capacity-pass-rates",
    {
      schema: { tags, querystring: capacityPassRatesQuery, response: { 200: capacityPassRates } },
      config: dashboard,
    },
    (req) => readCapacityPassRates(ctx, { caller: req.caller, query: req.query }),
  );

  const declarations = observatoryAccess.declare;
  r.get(
    "/api/exports/cdc",
    {
      schema: { tags, querystring: cdcQuery },
      config: { access: declarations, openapi: { produces: ["application/xml"], statuses: [404, 409] } },
    },
    async (req, reply) => {
      const file = await exportCdcDeclaration(ctx, { caller: userOf(req), query: req.query });
      return reply
        .type("application/xml; charset=utf-8")
        .header("content-disposition", `attachment; filename="${file.fluxId}.xml"`)
        .header("x-cqpi-declared-holders", String(file.declared))
        .header("x-cqpi-blocked-holders", String(file.blocked))
        .send(file.xml);
    },
  );
  r.get(
    "/api/exports/cdc/pending",
    {
      schema: { tags, querystring: cdcQuery, response: { 200: cdcPending } },
      config: { access: declarations, openapi: { statuses: [404] } },
    },
    (req) => listCdcPending(ctx, req.query),
  );

  const sheet = (type: string) => ({ ...dashboard, openapi: { produces: [type] } });
  r.get(
    "/api/exports/certificates.csv",
    { schema: { tags, querystring: observatoryFilters }, config: sheet("text/csv") },
    async (req, reply) => {
      const rows = await readCertificateFacts(ctx, { caller: req.caller, query: req.query });
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="certificats.csv"')
        .send(certificatesCsv(rows));
    },
  );
  r.get(
    "/api/exports/certificates.xlsx",
    { schema: { tags, querystring: observatoryFilters }, config: sheet(XLSX_TYPE) },
    async (req, reply) => {
      const rows = await readCertificateFacts(ctx, { caller: req.caller, query: req.query });
      return reply
        .type(XLSX_TYPE)
        .header("content-disposition", 'attachment; filename="certificats.xlsx"')
        .send(await certificatesXlsx(rows));
    },
  );
  registerObservatoryDatasetRoutes(app);
}
