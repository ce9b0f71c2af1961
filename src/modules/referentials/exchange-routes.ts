import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { AppError } from "../../server/errors.ts";
import { branchCodeParams, operationParams } from "../catalogue/schemas.ts";
import { toCasePackage } from "./exchange/case-package.ts";
import { toGridCsv } from "./exchange/grid-csv.ts";
import { toGridXlsx } from "./exchange/grid-xlsx.ts";
import { renderReferentialPdf } from "./exchange/referential-pdf.ts";
import { findVersion } from "./find-version.ts";
import { importCasePackage, importGrid } from "./import-referential.ts";
import { referentialsAccess } from "./policy.ts";
import { getBranchReferential } from "./read-referentials.ts";
import { versionParams } from "./routes.ts";
import { versionView } from "./schemas.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FILE_LIMIT_BYTES = 10 * 1024 * 1024;

function download(reply: FastifyReply, type: string, filename: string, body: string | Buffer | Uint8Array) {
  const disposition = type === "application/pdf" ? "inline" : "attachment";
  return reply.type(type).header("content-disposition", `${disposition}; filename="${filename}"`).send(body);
}

/** Exports (CASE, CSV, XLSX, PDF) and imports of referentials; files up to 10 MiB. */
export async function registerReferentialExchangeRoutes(app: FastifyInstance) {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ["text/csv", XLSX_TYPE],
      { parseAs: "buffer", bodyLimit: FILE_LIMIT_BYTES },
      (_req, body, done) => done(null, body),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const { ctx } = app;
    const tags = ["referentials"];
    const read = { access: referentialsAccess.read };
    const author = { access: referentialsAccess.author };
    const versionUrl = "/api/qualifications/:code/versions/:version";
    const fileName = (code: string, version: number) => `${code}-referentiel-v${version}`;

    r.get(
      `${versionUrl}/case`,
      { schema: { tags, params: versionParams }, config: read },
      async (req, reply) => {
        const { qualification, row, view } = await findVersion(ctx, { ...req.params, caller: req.caller });
        const casePackage = toCasePackage({
          qualification,
          version: {
            version: row.version,
            status: view.status,
            publishedAt: row.published_at,
            updatedAt: row.updated_at,
          },
          content: view,
          publisher: "Comité national des CQPI",
          baseUri: ctx.config.publicUrl,
        });
        return download(
          reply,
          "application/json",
          `${fileName(qualification.code, row.version)}.case.json`,
          JSON.stringify(casePackage, null, 2),
        );
      },
    );
    r.get(
      `${versionUrl}/grid.csv`,
      { schema: { tags, params: versionParams }, config: read },
      async (req, reply) => {
        const { qualification, view } = await findVersion(ctx, { ...req.params, caller: req.caller });
        return download(
          reply,
          "text/csv; charset=utf-8",
          `${fileName(qualification.code, view.version)}.csv`,
          toGridCsv(view),
        );
      },
    );
    r.get(
      `${versionUrl}/grid.xlsx`,
      { schema: { tags, params: versionParams }, config: read },
      async (req, reply) => {
        const { qualification, view } = await findVersion(ctx, { ...req.params, caller: req.caller });
        const xlsx = await toGridXlsx(view, { qualificationCode: qualification.code, version: view.version });
        return download(reply, XLSX_TYPE, `${fileName(qualification.code, view.version)}.xlsx`, xlsx);
      },
    );
    r.get(
      `${versionUrl}/referential.pdf`,
      { schema: { tags, params: versionParams }, config: read },
      async (req, reply) => {
        const { qualification, view } = await findVersion(ctx, { ...req.params, caller: req.caller });
        const pdf = await renderReferentialPdf({ qualification, version: view, content: view });
        return download(reply, "application/pdf", `${fileName(qualification.code, view.version)}.pdf`, pdf);
      },
    );
    r.get(
      "/api/branches/:code/qualifications/:qualificationCode/referential.pdf",
      { schema: { tags, params: operationParams }, config: read },
      async (req, reply) => {
        const { version, adoption, qualificationTitle } = await getBranchReferential(ctx, {
          branchCode: req.params.code,
          code: req.params.qualificationCode,
        });
        const pdf = await renderReferentialPdf({
          qualification: { code: version.qualificationCode, title: qualificationTitle },
          version,
          content: version,
          modules: { branchName: adoption.branchName, blocks: adoption.modules },
        });
        return download(
          reply,
          "application/pdf",
          `${adoption.branchCode}-${fileName(version.qualificationCode, version.version)}.pdf`,
          pdf,
        );
      },
    );

    r.post(
      "/api/qualifications/:code/versions/import-case",
      {
        schema: { tags, params: branchCodeParams, body: z.unknown(), response: { 201: versionView } },
        config: author,
        bodyLimit: FILE_LIMIT_BYTES,
      },
      async (req, reply) =>
        reply.status(201).send(
          await importCasePackage(ctx, {
            actorUserId: userOf(req).userId,
            code: req.params.code,
            casePackage: req.body,
          }),
        ),
    );
    r.put(
      `${versionUrl}/grid`,
      {
        schema: {
          tags,
          params: versionParams,
          querystring: z.strictObject({
            revision: z.coerce.number().int().min(0).describe("The draft revision the file replaces"),
          }),
          response: { 200: versionView },
        },
        config: author,
      },
      async (req) => {
        const contentType = req.headers["content-type"]?.split(";")[0];
        if (!Buffer.isBuffer(req.body)) {
          throw new AppError(
            "unsupported_media_type",
            "UNSUPPORTED_MEDIA_TYPE",
            `Send the grid as text/csv or ${XLSX_TYPE}`,
          );
        }
        const format = contentType === "text/csv" ? "csv" : "xlsx";
        return importGrid(ctx, {
          actorUserId: userOf(req).userId,
          ...req.params,
          revision: req.query.revision,
          format,
          data: req.body,
        });
      },
    );
  });
}
