import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { createExternalCertification } from "./create-external-certification.ts";
import { correspondencesAccess } from "./policy.ts";
import { readCorrespondences, readExternalCertifications } from "./read-correspondences.ts";
import { recordCorrespondence } from "./record-correspondence.ts";
import {
  correspondenceListQuery,
  correspondenceView,
  createExternalCertificationInput,
  externalCertificationView,
  recordCorrespondenceInput,
} from "./schemas.ts";

/** Correspondences between certifications' items, and the external certifications they may point at. */
export function registerCorrespondenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["correspondences"];

  r.get(
    "/api/correspondences",
    {
      schema: {
        tags,
        querystring: correspondenceListQuery,
        response: { 200: z.object({ items: z.array(correspondenceView) }) },
      },
      config: { access: correspondencesAccess.read },
    },
    async (req) => ({ items: await readCorrespondences(ctx, req.query.qualificationCode) }),
  );
  r.post(
    "/api/correspondences",
    {
      schema: { tags, body: recordCorrespondenceInput, response: { 201: correspondenceView } },
      config: { access: correspondencesAccess.record },
    },
    async (req, reply) =>
      reply.status(201).send(await recordCorrespondence(ctx, { caller: userOf(req), input: req.body })),
  );
  r.get(
    "/api/external-certifications",
    {
      schema: { tags, response: { 200: z.object({ items: z.array(externalCertificationView) }) } },
      config: { access: correspondencesAccess.read },
    },
    async () => ({ items: await readExternalCertifications(ctx) }),
  );
  r.post(
    "/api/external-certifications",
    {
      schema: { tags, body: createExternalCertificationInput, response: { 201: externalCertificationView } },
      config: { access: correspondencesAccess.record, openapi: { statuses: [404] } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createExternalCertification(ctx, { caller: userOf(req), input: req.body })),
  );
}
