import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { idParams } from "../../server/input.ts";
import { addMember } from "./add-member.ts";
import { createBody } from "./create-body.ts";
import { governanceAccess } from "./policy.ts";
import { readAdhesionHistory } from "./read-adhesions.ts";
import { readBodies, readBody, readDecisions } from "./read-bodies.ts";
import { recordDecision } from "./record-decision.ts";
import { recordParitaireOpinion } from "./record-paritaire-opinion.ts";
import { requestAdhesion } from "./request-adhesion.ts";
import {
  addMemberInput,
  adhesionHistory,
  adhesionView,
  bodyDetail,
  bodyView,
  branchCodeParams,
  createBodyInput,
  decisionView,
  memberView,
  recordDecisionInput,
  recordOpinionInput,
  requestAdhesionInput,
} from "./schemas.ts";

/** Bodies, their members and decisions register, and the branches' charter adhesion requests. */
export function registerGovernanceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["governance"];
  const keepRecords = { access: governanceAccess.keepRecords };
  const read = { access: governanceAccess.read };

  r.get(
    "/api/bodies",
    {
      schema: { tags, response: { 200: z.object({ items: z.array(bodyView) }) } },
      config: { access: governanceAccess.public },
    },
    async () => ({ items: await readBodies(ctx) }),
  );
  r.post(
    "/api/bodies",
    {
      schema: { tags, body: createBodyInput, response: { 201: bodyView } },
      config: { access: governanceAccess.createBody, openapi: { statuses: [404] } },
    },
    async (req, reply) =>
      reply.status(201).send(await createBody(ctx, { caller: userOf(req), input: req.body })),
  );
  r.get(
    "/api/bodies/:id",
    { schema: { tags, params: idParams, response: { 200: bodyDetail } }, config: read },
    (req) => readBody(ctx, req.params.id),
  );
  r.post(
    "/api/bodies/:id/members",
    {
      schema: { tags, params: idParams, body: addMemberInput, response: { 201: memberView } },
      config: keepRecords,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addMember(ctx, { caller: userOf(req), bodyId: req.params.id, input: req.body })),
  );
  r.get(
    "/api/bodies/:id/decisions",
    {
      schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(decisionView) }) } },
      config: read,
    },
    async (req) => ({ items: await readDecisions(ctx, req.params.id) }),
  );
  r.post(
    "/api/bodies/:id/decisions",
    {
      schema: { tags, params: idParams, body: recordDecisionInput, response: { 201: decisionView } },
      config: keepRecords,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await recordDecision(ctx, { caller: userOf(req), bodyId: req.params.id, input: req.body })),
  );

  r.get(
    "/api/branches/:code/adhesion-requests",
    {
      schema: { tags, params: branchCodeParams, response: { 200: adhesionHistory } },
      config: { access: governanceAccess.public },
    },
    (req) => readAdhesionHistory(ctx, req.params.code),
  );
  r.post(
    "/api/branches/:code/adhesion-requests",
    {
      schema: { tags, params: branchCodeParams, body: requestAdhesionInput, response: { 201: adhesionView } },
      config: keepRecords,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await requestAdhesion(ctx, { caller: userOf(req), branchCode: req.params.code, input: req.body }),
        ),
  );
  r.post(
    "/api/adhesion-requests/:id/opinion",
    {
      schema: { tags, params: idParams, body: recordOpinionInput, response: { 200: adhesionView } },
      config: keepRecords,
    },
    (req) => recordParitaireOpinion(ctx, { caller: userOf(req), adhesionId: req.params.id, input: req.body }),
  );
}
