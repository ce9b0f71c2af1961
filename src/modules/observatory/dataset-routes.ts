import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { toSheetCsv, toSheetXlsx } from "../../documents/spreadsheet.ts";
import type { Access } from "../../server/access.ts";
import {
  awardsSheet,
  capacityPassRatesSheet,
  capacityRowsOf,
  type DatasetSheet,
  declarationsSheet,
  timelineSheet,
} from "./dataset-sheets.ts";
import { observatoryAccess } from "./policy.ts";
import { readAwards } from "./read-awards.ts";
import { readCapacityPassRates } from "./read-capacity-pass-rates.ts";
import { listCdcPending } from "./read-cdc-holders.ts";
import { readKeyFigures } from "./read-key-figures.ts";
import { undeclaredWithGaps } from "./rules.ts";
import { awardsQuery, capacityPassRatesQuery, cdcQuery } from "./schemas.ts";

const formats = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
type Format = keyof typeof formats;

async function sendSheet<Row>(reply: FastifyReply, format: Format, sheet: DatasetSheet<Row>, rows: Row[]) {
  const body =
    format === "csv"
      ? toSheetCsv(sheet.columns, rows)
      : await toSheetXlsx(sheet.sheetName, sheet.columns, rows);
  return reply
    .type(format === "csv" ? "text/csv; charset=utf-8" : formats.xlsx)
    .header("content-disposition", `attachment; filename="${sheet.fileName}.${format}"`)
    .send(body);
}

/**
 * Each table of the observatory's dashboard as CSV and XLSX, `/api/exports/{dataset}.csv|.xlsx`: the same
 * read, the same filters and the same scope as the table (a branch secretariat's own branches only).
 */
export function registerObservatoryDatasetRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["observatory"];
  const config = (access: Access, format: Format, statuses: number[] = []) => ({
    access,
    openapi: { produces: [formats[format]], statuses },
  });

  for (const format of Object.keys(formats) as Format[]) {
    r.get(
      `/api/exports/awards.${format}`,
      { schema: { tags, querystring: awardsQuery }, config: config(observatoryAccess.dashboard, format) },
      async (req, reply) => {
        const { groupBy, rows } = await readAwards(ctx, { caller: req.caller, query: req.query });
        return sendSheet(reply, format, awardsSheet(groupBy), rows);
      },
    );
    r.get(
      `/api/exports/capacity-pass-rates.${format}`,
      {
        schema: { tags, querystring: capacityPassRatesQuery },
        config: config(observatoryAccess.dashboard, format),
      },
      async (req, reply) => {
        const rates = await readCapacityPassRates(ctx, { caller: req.caller, query: req.query });
        return sendSheet(reply, format, capacityPassRatesSheet, capacityRowsOf(rates));
      },
    );
    r.get(
      `/api/exports/declarations.${format}`,
      { schema: { tags, querystring: cdcQuery }, config: config(observatoryAccess.declare, format, [404]) },
      async (req, reply) =>
        sendSheet(reply, format, declarationsSheet, undeclaredWithGaps(await listCdcPending(ctx, req.query))),
    );
    r.get(
      `/api/exports/timeline.${format}`,
      { schema: { tags }, config: config(observatoryAccess.keyFigures, format) },
      async (_req, reply) => sendSheet(reply, format, timelineSheet, (await readKeyFigures(ctx)).timeline),
    );
  }
}
