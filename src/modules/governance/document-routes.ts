import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { sendAttachment } from "../../server/attachment.ts";
import { AppError } from "../../server/errors.ts";
import { idParams } from "../../server/input.ts";
import {
  discardFile,
  EVIDENCE_MAX_BYTES,
  type ReceivedFile,
  receiveFile,
} from "../assessments/evidence-store.ts";
import { evidenceContentTypes } from "../assessments/evidence-types.ts";
import { documentFormInvalid, formFieldsInvalid, notMultipart } from "./errors.ts";
import { governanceAccess } from "./policy.ts";
import { openDocumentVersion, readLibrary } from "./read-documents.ts";
import { documentFields, documentListQuery, documentVersionParams, documentView } from "./schemas.ts";
import { type ReceivedDocument, uploadDocument } from "./upload-document.ts";

const fieldNames = ["title", "kind", "bodyId", "qualificationCode"];

/**
 * Reads a document form: one `file` part streamed to a temporary file, and the text fields of a new
 * document (none for a new version). Fields are checked by the schema once all are read; anything
 * wrong leaves nothing behind.
 */
async function readDocumentForm(
  req: FastifyRequest,
  dataDir: string,
  isNew: boolean,
): Promise<ReceivedDocument> {
  if (!req.isMultipart()) throw notMultipart();
  let file: ReceivedFile | null = null;
  const values: Record<string, string> = {};
  try {
    for await (const part of req.parts()) {
      if (part.type === "file" && part.fieldname === "file" && !file) {
        file = await receiveFile(dataDir, part.file, part.filename);
      } else if (part.type === "field" && isNew && fieldNames.includes(part.fieldname)) {
        values[part.fieldname] = String(part.value);
      } else {
        if (part.type === "file") part.file.resume();
        throw documentFormInvalid(`${part.fieldname}: not a part of this form`);
      }
    }
    if (!isNew) return { file, fields: null };
    const parsed = documentFields.safeParse(values);
    if (!parsed.success) throw formFieldsInvalid(parsed.error.issues, values);
    return { file, fields: parsed.data };
  } catch (error) {
    if (file) await discardFile(file.tempPath);
    if (error instanceof AppError) throw error;
    throw documentFormInvalid((error as Error).message);
  }
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
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 4, fieldSize: 1000, parts: 5 },
    });
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
