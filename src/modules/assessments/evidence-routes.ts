import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { sendAttachment } from "../../server/attachment.ts";
import { deleteEvidence } from "./delete-evidence.ts";
import { evidenceFileTwice, evidenceUnknownPart, malformedMultipart, notMultipart } from "./errors.ts";
import { EVIDENCE_MAX_BYTES, removeLeftoverUploads } from "./evidence-store.ts";
import { evidenceContentTypes } from "./evidence-types.ts";
import { openEvidenceFile } from "./open-evidence-file.ts";
import { assessmentsAccess } from "./policy.ts";
import { evidenceView, idParams } from "./schemas.ts";
import { type ReceivedEvidence, uploadEvidence } from "./upload-evidence.ts";
import { readUploadForm, type UploadFormRefusals, uploadFormParsing } from "./upload-form.ts";

const evidenceFormRefusals: UploadFormRefusals = {
  notMultipart,
  unknownPart: evidenceUnknownPart,
  secondFile: evidenceFileTwice,
  malformed: malformedMultipart,
};

/**
 * Reads the evidence form: one `file` part and an optional `capacityCode` field, in either order.
 * Anything else is refused and nothing is left behind.
 */
async function readEvidenceForm(req: FastifyRequest, dataDir: string): Promise<ReceivedEvidence> {
  const { file, values } = await readUploadForm(req, {
    dataDir,
    fields: ["capacityCode"],
    refusals: evidenceFormRefusals,
  });
  return { file, capacityCode: values.capacityCode?.trim() || undefined };
}

const formDescription =
  "multipart/form-data: `file` (PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT or ODS, at most " +
  `${EVIDENCE_MAX_BYTES / (1024 * 1024)} MiB) and optionally \`capacityCode\``;

/** Evidence files: uploaded as multipart/form-data (parsed in this scope only), downloaded as attachments. */
export async function registerEvidenceRoutes(app: FastifyInstance) {
  await app.register(async (scope) => {
    await scope.register(multipart, uploadFormParsing);
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const { ctx } = app;
    const tags = ["assessments"];
    scope.addHook("onReady", async () => {
      // Files' times are the machine's, whatever clock the platform's rules run on.
      const removed = await removeLeftoverUploads(ctx.config.dataDir, new Date());
      if (removed.length > 0) app.log.info({ removed }, "removed uploads left unfinished by a crash");
    });

    r.post(
      "/api/assessments/:id/evidence",
      {
        schema: {
          tags,
          params: idParams,
          description: formDescription,
          response: { 201: evidenceView },
        },
        config: {
          access: assessmentsAccess.write,
          openapi: {
            consumes: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file"],
                  properties: {
                    file: { type: "string", contentMediaType: "application/octet-stream" },
                    capacityCode: { type: "string", description: "The capacity the file documents" },
                  },
                },
              },
            },
          },
        },
      },
      async (req, reply) => {
        const view = await uploadEvidence(ctx, {
          caller: userOf(req),
          assessmentId: req.params.id,
          receive: (dataDir) => readEvidenceForm(req, dataDir),
        });
        return reply.status(201).send(view);
      },
    );
    r.get(
      "/api/evidence/:id",
      {
        schema: { tags, params: idParams },
        config: { access: assessmentsAccess.read, openapi: { produces: evidenceContentTypes() } },
      },
      async (req, reply) => {
        const file = await openEvidenceFile(ctx, { caller: userOf(req), evidenceId: req.params.id });
        return sendAttachment(reply, file);
      },
    );
    r.delete(
      "/api/evidence/:id",
      {
        schema: {
          tags,
          params: idParams,
          description:
            "The candidate who uploaded the file deletes it while its assessment is open; the stored file goes too",
        },
        config: { access: assessmentsAccess.deleteEvidence, openapi: { noContent: true } },
      },
      async (req, reply) => {
        await deleteEvidence(ctx, { caller: userOf(req), evidenceId: req.params.id });
        return reply.status(204).send();
      },
    );
  });
}
