import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { pageOf } from "../../server/pagination.ts";
import { createCandidate } from "./create-candidate.ts";
import { findCandidateInScope, findOwnCandidate } from "./find-candidate.ts";
import { listCandidates } from "./list-candidates.ts";
import { candidatesAccess } from "./policy.ts";
import {
  candidateIdParams,
  candidateListQuery,
  candidateView,
  createCandidateInput,
  updateCandidateInput,
} from "./schemas.ts";
import { updateCandidate } from "./update-candidate.ts";

export function registerCandidateRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["candidates"];
  const read = { access: candidatesAccess.read };
  const manage = { access: candidatesAccess.manage };

  r.get(
    "/api/candidates",
    {
      schema: { tags, querystring: candidateListQuery, response: { 200: pageOf(candidateView) } },
      config: read,
    },
    (req) => listCandidates(ctx, { caller: userOf(req), query: req.query }),
  );
  r.get(
    "/api/candidates/:id",
    { schema: { tags, params: candidateIdParams, response: { 200: candidateView } }, config: read },
    (req) => findCandidateInScope(ctx, userOf(req), req.params.id),
  );
  r.get(
    "/api/me/candidate",
    { schema: { tags, response: { 200: candidateView } }, config: { access: candidatesAccess.own } },
    (req) => findOwnCandidate(ctx, userOf(req)),
  );
  r.post(
    "/api/candidates",
    { schema: { tags, body: createCandidateInput, response: { 201: candidateView } }, config: manage },
    async (req, reply) =>
      reply.status(201).send(await createCandidate(ctx, { caller: userOf(req), input: req.body })),
  );
  r.patch(
    "/api/candidates/:id",
    {
      schema: {
        tags,
        params: candidateIdParams,
        body: updateCandidateInput,
        response: { 200: candidateView },
      },
      config: manage,
    },
    (req) => updateCandidate(ctx, { caller: userOf(req), id: req.params.id, input: req.body }),
  );
}
