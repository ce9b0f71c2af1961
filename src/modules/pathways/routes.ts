import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { searchEvaluatorAccounts } from "../accounts/search-evaluator-accounts.ts";
import { createAccreditation, listAccreditations, revokeAccreditation } from "./accreditations.ts";
import { assignEvaluator } from "./assign-evaluator.ts";
import { pathwaysAccess } from "./policy.ts";
import { getGapAnalysis, getPathway, listPathways } from "./read-pathways.ts";
import { recordTrainingPlan } from "./record-training-plan.ts";
import { registerPathway } from "./register-pathway.ts";
import {
  accreditationListQuery,
  accreditationView,
  assignEvaluatorInput,
  createAccreditationInput,
  evaluatorChoice,
  evaluatorSearchQuery,
  gapAnalysisView,
  pathwayDetail,
  pathwayIdParams,
  pathwayList,
  pathwayListQuery,
  registerPathwayInput,
  trainingPlanInput,
  trainingPlanView,
  transitionInput,
} from "./schemas.ts";
import { transitionPathway } from "./transition-pathway.ts";

export function registerPathwayRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["pathways"];
  const params = pathwayIdParams;

  r.post(
    "/api/pathways",
    {
      schema: {
        tags,
        description:
          "Refused when the branch has not adopted a published referential of the CQPI (REFERENTIAL_NOT_ADOPTED), when the candidate is outside the caller's scope, or for a branch that is not the officer's (NOT_YOUR_BRANCH). With fromCertificate (a certificate's number), the pathway starts with the capacities that certificate carries over (see GET /api/portability), listed in carriedOver with their source; refused for a certificate that is not the candidate's (CERTIFICATE_OF_ANOTHER_HOLDER), unknown (UNKNOWN_REFERENCE on fromCertificate), revoked (CERTIFICATE_REVOKED), carrying nothing over (NOTHING_CARRIED_OVER, with the reasons) or already covering every capacity, modules included (NOTHING_LEFT_TO_ASSESS).",
        body: registerPathwayInput,
        response: { 201: pathwayDetail },
      },
      // The candidate, branch and CQPI named in the body may not exist (or not be visible).
      config: { access: pathwaysAccess.manage, openapi: { statuses: [404] } },
    },
    async (req, reply) => {
      const caller = userOf(req);
      const id = await registerPathway(ctx, { caller, input: req.body });
      return reply.status(201).send(await getPathway(ctx, { caller, pathwayId: id }));
    },
  );
  r.get(
    "/api/pathways",
    {
      schema: { tags, querystring: pathwayListQuery, response: { 200: pathwayList } },
      config: { access: pathwaysAccess.read },
    },
    (req) => listPathways(ctx, { caller: userOf(req), query: req.query }),
  );
  r.get(
    "/api/pathways/:id",
    { schema: { tags, params, response: { 200: pathwayDetail } }, config: { access: pathwaysAccess.read } },
    (req) => getPathway(ctx, { caller: userOf(req), pathwayId: req.params.id }),
  );
  r.get(
    "/api/pathways/:id/gap-analysis",
    { schema: { tags, params, response: { 200: gapAnalysisView } }, config: { access: pathwaysAccess.read } },
    (req) => getGapAnalysis(ctx, { caller: userOf(req), pathwayId: req.params.id }),
  );
  r.post(
    "/api/pathways/:id/transitions",
    {
      schema: {
        tags,
        description:
          "The transition table decides: a move impossible from the current status, or whose guard fails, is refused with a code saying why (TRANSITION_NOT_ALLOWED, EVALUATOR_NOT_ASSIGNED, NO_CLOSED_ASSESSMENT, ASSESSMENT_STILL_OPEN, PATHWAY_NOT_AT_LEVEL, PATHWAY_ALREADY_AT_LEVEL, TRAINING_PLAN_MISSING); a concurrent move gets PATHWAY_CHANGED.",
        params,
        body: transitionInput,
        response: { 200: pathwayDetail },
      },
      config: { access: pathwaysAccess.transition },
    },
    async (req) => {
      const caller = userOf(req);
      await transitionPathway(ctx, { caller, pathwayId: req.params.id, event: req.body.event });
      return getPathway(ctx, { caller, pathwayId: req.params.id });
    },
  );
  r.put(
    "/api/pathways/:id/evaluator",
    {
      schema: {
        tags,
        description:
          "The evaluator must hold an accreditation for this CQPI in this branch valid today (EVALUATOR_NOT_ACCREDITED, with the reason and the date in params) and must not have trained the candidate (EVALUATOR_TRAINED_CANDIDATE).",
        params,
        body: assignEvaluatorInput,
        response: { 200: pathwayDetail },
      },
      config: { access: pathwaysAccess.manage },
    },
    async (req) => {
      const caller = userOf(req);
      await assignEvaluator(ctx, {
        caller,
        pathwayId: req.params.id,
        evaluatorUserId: req.body.evaluatorUserId,
      });
      return getPathway(ctx, { caller, pathwayId: req.params.id });
    },
  );
  r.post(
    "/api/pathways/:id/training-plan",
    {
      schema: {
        tags,
        description:
          "Only for a positioned pathway that is not at level; the capacities must be gaps of the bilan (NOT_A_GAP), the trainer may not be the pathway's evaluator (EVALUATOR_TRAINED_CANDIDATE), the end date may not precede the start (BEFORE_OTHER_DATE).",
        params,
        body: trainingPlanInput,
        response: { 201: trainingPlanView },
      },
      config: { access: pathwaysAccess.plan },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await recordTrainingPlan(ctx, { caller: userOf(req), pathwayId: req.params.id, input: req.body }),
        ),
  );

  r.get(
    "/api/accreditations",
    {
      schema: {
        tags,
        querystring: accreditationListQuery,
        response: { 200: z.object({ items: z.array(accreditationView) }) },
      },
      config: { access: pathwaysAccess.readAccreditations },
    },
    async (req) => ({ items: await listAccreditations(ctx, { caller: userOf(req), filter: req.query }) }),
  );
  r.get(
    "/api/evaluators",
    {
      schema: {
        tags,
        description:
          "Evaluator accounts to accredit, found by part of their name or email whatever its case and accents; each with only its id, name and email.",
        querystring: evaluatorSearchQuery,
        response: { 200: z.object({ items: z.array(evaluatorChoice) }) },
      },
      config: { access: pathwaysAccess.searchEvaluators },
    },
    async (req) => ({ items: await searchEvaluatorAccounts(ctx, { caller: userOf(req), ...req.query }) }),
  );
  r.post(
    "/api/accreditations",
    {
      schema: {
        tags,
        description:
          "The evaluator must be an account with the evaluator role (NOT_AN_EVALUATOR_ACCOUNT); validUntil may not precede validFrom (BEFORE_OTHER_DATE); a branch officer accredits for their own branches only.",
        body: createAccreditationInput,
        response: { 201: accreditationView },
      },
      config: { access: pathwaysAccess.accredit, openapi: { statuses: [404] } },
    },
    async (req, reply) =>
      reply.status(201).send(await createAccreditation(ctx, { caller: userOf(req), input: req.body })),
  );
  r.delete(
    "/api/accreditations/:id",
    { schema: { tags, params }, config: { access: pathwaysAccess.accredit, openapi: { noContent: true } } },
    async (req, reply) => {
      await revokeAccreditation(ctx, { caller: userOf(req), id: req.params.id });
      return reply.status(204).send();
    },
  );
}
