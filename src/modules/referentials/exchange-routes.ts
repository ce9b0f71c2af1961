import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type SheetHeadings, sheetHeadingsQuery } from "../../documents/sheet-headings.ts";
import { userOf } from "../../server/access.ts";
import { countParam } from "../../server/input.ts";
import { branchCodeParams, operationParams } from "../catalogue/schemas.ts";
import { caseCorrespondencesOf } from "../correspondences/case-correspondences-of.ts";
import { gridNotCsvOrXlsx, tooManyExports } from "./errors.ts";
import { toCasePackage } from "./exchange/case-package.ts";
import { toGridCsv } from "./exchange/grid-csv.ts";
import { toGridXlsx } from "./exchange/grid-xlsx.ts";
import { renderReferentialPdf } from "./exchange/referential-pdf.ts";
import { findVersionHead, type VersionHead, withTree } from "./find-version.ts";
import { importCasePackage, importGrid } from "./import-referential.ts";
import { referentialsAccess } from "./policy.ts";
import { type ExportFile, type ExportFormat, publishedExport } from "./published-export.ts";
import { getBranchReferential } from "./read-referentials.ts";
import { versionParams } from "./routes.ts";
import { type VersionView, versionView } from "./schemas.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FILE_LIMIT_BYTES = 10 * 1024 * 1024;

function download(reply: FastifyReply, type: string, filename: string, body: string | Buffer | Uint8Array) {
  const disposition = type === "application/pdf" ? "inline" : "attachment";
  return reply.type(type).header("content-disposition", `${disposition}; filename="${filename}"`).send(body);
}

/** A kept export can be cached by anyone for a day, then revalidated by its strong ETag. */
const KEPT_EXPORT_CACHE = "public, max-age=86400";

/** Sends an export; a kept one with its ETag, and 304 to a client that already holds it. */
function sendExport(
  req: FastifyRequest,
  reply: FastifyReply,
  type: string,
  filename: string,
  file: ExportFile,
) {
  if (file.etag) {
    reply.header("etag", file.etag).header("cache-control", KEPT_EXPORT_CACHE);
    const held = req.headers["if-none-match"]?.split(",").map((tag) => tag.trim());
    if (held?.includes(file.etag) || held?.includes("*")) return reply.status(304).send();
  }
  return download(reply, type, filename, file.content);
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
    // A kept file is served without loading the version's tree: only a missing one is rendered from it.
    const keep = (
      found: VersionHead,
      format: ExportFormat,
      render: (view: VersionView) => Promise<string | Uint8Array> | string | Uint8Array,
      // What else the file shows (the CASE package's correspondences, recorded after publication).
      extraFacts?: unknown,
    ) =>
      publishedExport(
        ctx,
        {
          versionId: found.row.id,
          status: found.row.status,
          format,
          facts: [
            found.row.status,
            found.qualification.code,
            found.qualification.title,
            ctx.config.publicUrl,
            ...(extraFacts === undefined ? [] : [extraFacts]),
          ],
        },
        async () => render((await withTree(ctx, found)).view),
      );
    // Rendering is costly: anonymous callers are limited per address; signed-in users are not.
    const read = {
      access: referentialsAccess.read,
      rateLimit: {
        max: ctx.config.exportsPerIpPerMinute,
        timeWindow: "1 minute",
        allowList: (req: FastifyRequest) => req.caller.kind !== "anonymous",
        errorResponseBuilder: tooManyExports,
      },
    };
    const author = { access: referentialsAccess.author };
    const file = (type: string) => ({ ...read, openapi: { produces: [type] } });
    // A version's exports are kept once published: 304 to a client whose copy is current.
    const versionFile = (type: string) => ({
      ...read,
      openapi: { produces: [type], notModified: true as const },
    });
    const versionUrl = "/api/qualifications/:code/versions/:version";
    const fileName = (code: string, version: number) => `${code}-referentiel-v${version}`;
    // A grid headed in French (the default) or with the codes (`?headers=codes`), each kept apart.
    const gridSchema = { tags, params: versionParams, querystring: sheetHeadingsQuery };
    const gridFormat = (format: "csv" | "xlsx", headers: SheetHeadings): ExportFormat =>
      headers === "codes" ? `${format}-codes` : format;
    const gridFileName = (code: string, version: number, headers: SheetHeadings) =>
      `${fileName(code, version)}${headers === "codes" ? "-codes" : ""}`;

    r.get(
      `${versionUrl}/case`,
      { schema: { tags, params: versionParams }, config: versionFile("application/json") },
      async (req, reply) => {
        const found = await findVersionHead(ctx, { ...req.params, caller: req.caller });
        const { qualification, row } = found;
        const correspondences = await caseCorrespondencesOf(ctx, {
          code: qualification.code,
          version: row.version,
        });
        const file = await keep(
          found,
          "case",
          (view) =>
            JSON.stringify(
              toCasePackage({
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
                correspondences,
              }),
              null,
              2,
            ),
          correspondences,
        );
        return sendExport(
          req,
          reply,
          "application/json",
          `${fileName(qualification.code, row.version)}.case.json`,
          file,
        );
      },
    );
    r.get(
      `${versionUrl}/grid.csv`,
      { schema: gridSchema, config: versionFile("text/csv") },
      async (req, reply) => {
        const found = await findVersionHead(ctx, { ...req.params, caller: req.caller });
        const { qualification, row } = found;
        const { headers } = req.query;
        const render = (view: VersionView) => toGridCsv(view, headers);
        const file = await keep(found, gridFormat("csv", headers), render, headers);
        return sendExport(
          req,
          reply,
          "text/csv; charset=utf-8",
          `${gridFileName(qualification.code, row.version, headers)}.csv`,
          file,
        );
      },
    );
    r.get(
      `${versionUrl}/grid.xlsx`,
      { schema: gridSchema, config: versionFile(XLSX_TYPE) },
      async (req, reply) => {
        const found = await findVersionHead(ctx, { ...req.params, caller: req.caller });
        const { qualification, row } = found;
        const { headers } = req.query;
        const file = await keep(
          found,
          gridFormat("xlsx", headers),
          (view) =>
            toGridXlsx(view, { qualificationCode: qualification.code, version: row.version }, headers),
          headers,
        );
        const name = gridFileName(qualification.code, row.version, headers);
        return sendExport(req, reply, XLSX_TYPE, `${name}.xlsx`, file);
      },
    );
    r.get(
      `${versionUrl}/referential.pdf`,
      { schema: { tags, params: versionParams }, config: versionFile("application/pdf") },
      async (req, reply) => {
        const found = await findVersionHead(ctx, { ...req.params, caller: req.caller });
        const { qualification, row } = found;
        const file = await keep(found, "pdf", (view) =>
          renderReferentialPdf({ qualification, version: view, content: view }),
        );
        return sendExport(
          req,
          reply,
          "application/pdf",
          `${fileName(qualification.code, row.version)}.pdf`,
          file,
        );
      },
    );
    r.get(
      "/api/branches/:code/qualifications/:qualificationCode/referential.pdf",
      { schema: { tags, params: operationParams }, config: file("application/pdf") },
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
            revision: countParam.describe("The draft revision the file replaces"),
          }),
          response: { 200: versionView },
        },
        config: {
          ...author,
          openapi: {
            consumes: {
              "text/csv": { schema: { type: "string" } },
              [XLSX_TYPE]: { schema: { type: "string", contentMediaType: XLSX_TYPE } },
            },
          },
        },
      },
      async (req) => {
        const contentType = req.headers["content-type"]?.split(";")[0];
        if (!Buffer.isBuffer(req.body)) {
          throw gridNotCsvOrXlsx();
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
