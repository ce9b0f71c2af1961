import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { pageOf } from "../../server/pagination.ts";
import { createCandidate } from "./create-candidate.ts";
import { findOwnCandidate, readCandidate } from "./find-candidate.ts";
import { listCandidates } from "./list-candidates.ts";
import { candidatesAccess } from "./policy.ts";
import {
  candidateDetailView,
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
    { schema: { tags, params: candidateIdParams, response: { 200: candidateDetailView } }, config: read },
    (req) => readCandidate(ctx, userOf(req), req.params.id),
  );
  r.get(
    "/api/me/candidate",
    {
      schema: { tags, response: { 200: candidateView } },
      // A candidate account without a candidate record yet.
      config: { access: candidatesAccess.own, openapi: { statuses: [404] } },
    },
    (req) => findOwnCandidate(ctx, userOf(req)),
  );
  r.post(
    "/api/candidates",
    {
      schema: {
        tags,
        description:
          "Refused even when the body matches the schema: a birth date today or later (NOT_PAST_DATE); neither an INSEE code nor a postal code for someone born in France, or both (BIRTHPLACE_REQUIRED, BIRTHPLACE_BOTH_CODES); an employee or temporary worker without a company, or a job seeker with one (COMPANY_REQUIRED, COMPANY_NOT_ALLOWED); an unknown company (UNKNOWN_REFERENCE); an employer registering another company's employee (NOT_YOUR_COMPANY); a userId that is not a candidate's account or is another candidate's (NOT_A_CANDIDATE_ACCOUNT, CANDIDATE_ACCOUNT_TAKEN).",
        body: createCandidateInput,
        response: { 201: candidateView },
      },
      config: manage,
    },
    async (req, reply) =>
      reply.status(201).send(await createCandidate(ctx, { caller: userOf(req), input: req.body })),
  );
  r.patch(
    "/api/candidates/:id",
    {
      schema: {
        tags,
        description:
          "The cross-field rules of creation apply to the record as it would become: birth date, birthplace codes, company per employment status, the company's scope and the candidate account.",
        params: candidateIdParams,
        body: updateCandidateInput,
        response: { 200: candidateView },
      },
      config: manage,
    },
    (req) => updateCandidate(ctx, { caller: userOf(req), id: req.params.id, input: req.body }),
  );
}
