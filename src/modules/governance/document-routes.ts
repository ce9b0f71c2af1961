import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { sendAttachment } from "../../server/attachment.ts";
import { idParams } from "../../server/input.ts";
import { discardFile } from "../assessments/evidence-store.ts";
import { evidenceContentTypes } from "../assessments/evidence-types.ts";
import { readUploadForm, type UploadFormRefusals, uploadFormParsing } from "../assessments/upload-form.ts";
import { documentFormInvalid, formFieldsInvalid, notMultipart } from "./errors.ts";
import { governanceAccess } from "./policy.ts";
import { openDocumentVersion, readLibrary } from "./read-documents.ts";
import { documentFields, documentListQuery, documentVersionParams, documentView } from "./schemas.ts";
import { type ReceivedDocument, uploadDocument } from "./upload-document.ts";

const fieldNames = ["title", "kind", "bodyId", "qualificationCode"];

const documentFormRefusals: UploadFormRefusals = {
  notMultipart,
  unknownPart: (name) => documentFormInvalid(`${name}: not a part of this form`),
  secondFile: () => documentFormInvalid("file: one file per document version"),
  malformed: documentFormInvalid,
};

/**
 * Reads a document form: one `file` part and the text fields of a new document (none for a new
 * version). Fields are checked by the schema once all are read; anything wrong leaves nothing behind.
 */
async function readDocumentForm(
  req: FastifyRequest,
  dataDir: string,
  isNew: boolean,
): Promise<ReceivedDocument> {
  const { file, values } = await readUploadForm(req, {
    dataDir,
    fields: isNew ? fieldNames : [],
    refusals: documentFormRefusals,
  });
  if (!isNew) return { file, fields: null };
  const parsed = documentFields.safeParse(values);
  if (parsed.success) return { file, fields: parsed.data };
  if (file) await discardFile(file.tempPath);
  throw formFieldsInvalid(parsed.error.issues, values);
}

const form = (isNew: boolean) => ({
  consumes: {
    "multipart/form-data": {
      schema: {
        type: "object",
        required: isNew ? ["file", "title", "kind"] : ["file"],
        properties: {
          file: { type: "string", contentMediaType: "application/octet-stream" },
          ...(isNew && {
            title: { type: "string" },
            kind: { type: "string", enum: documentFields.shape.kind.options },
            bodyId: { type: "string", description: "The body whose library holds it" },
            qualificationCode: { type: "string", description: "Or the CQPI whose library holds it" },
          }),
        },
      },
    },
  },
});

/** The document libraries: listed, uploaded as multipart/form-data (parsed in this scope only), downloaded. */
export async function registerDocumentRoutes(app: FastifyInstance) {
  await app.register(async (scope) => {
    await scope.register(multipart, uploadFormParsing);
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const { ctx } = app;
    const tags = ["governance"];
    const keepRecords = governanceAccess.keepRecords;

    r.get(
      "/api/documents",
      {
        schema: {
          tags,
          querystring: documentListQuery,
          response: { 200: z.object({ items: z.array(documentView) }) },
        },
        config: { access: governanceAccess.read, openapi: { statuses: [404] } },
      },
      async (req) => ({ items: await readLibrary(ctx, req.query) }),
    );
    r.post(
      "/api/documents",
      {
        schema: { tags, response: { 201: documentView } },
        config: { access: keepRecords, openapi: { ...form(true), statuses: [404, 415] } },
      },
      async (req, reply) => {
        const view = await uploadDocument(ctx, {
          caller: userOf(req),
          receive: (dataDir) => readDocumentForm(req, dataDir, true),
        });
        return reply.status(201).send(view);
      },
    );
    r.post(
      "/api/documents/:id/versions",
      {
        schema: { tags, params: idParams, response: { 201: documentView } },
        config: { access: keepRecords, openapi: { ...form(false), statuses: [415] } },
      },
      async (req, reply) => {
        const view = await uploadDocument(ctx, {
          caller: userOf(req),
          documentId: req.params.id,
          receive: (dataDir) => readDocumentForm(req, dataDir, false),
        });
        return reply.status(201).send(view);
      },
    );
    r.get(
      "/api/documents/:id/versions/:version/file",
      {
        schema: { tags, params: documentVersionParams },
        config: { access: governanceAccess.read, openapi: { produces: evidenceContentTypes() } },
      },
      async (req, reply) => {
        const file = await openDocumentVersion(ctx, {
          documentId: req.params.id,
          version: req.params.version,
        });
        return sendAttachment(reply, file);
      },
    );
  });
}
