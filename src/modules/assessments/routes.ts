import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { closeAssessment } from "./close-assessment.ts";
import { createAssessment } from "./create-assessment.ts";
import { registerEvidenceRoutes } from "./evidence-routes.ts";
import { assessmentsAccess } from "./policy.ts";
import { getAssessment, listAssessments } from "./read-assessments.ts";
import { saveEntries } from "./save-entries.ts";
import { saveJudgements } from "./save-judgements.ts";
import { saveScores } from "./save-scores.ts";
import {
  assessmentList,
  assessmentView,
  createAssessmentInput,
  idParams,
  saveEntriesInput,
  saveJudgementsInput,
  saveScoresInput,
  submitBookletInput,
} from "./schemas.ts";
import { submitBooklet } from "./submit-booklet.ts";

/** The four evaluation methods: assessments of a pathway, their grids, texts and evidence files. */
export async function registerAssessmentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["assessments"];
  const params = idParams;
  const view = { 200: assessmentView };

  r.post(
    "/api/pathways/:id/assessments",
    {
      schema: {
        tags,
        description:
          "Only during positioning or reassessment (ASSESSMENT_NOT_OPEN); heldOn not before the pathway's registration nor more than a year ahead (BEFORE_REGISTRATION, TOO_FAR_AHEAD); the capacities must be assessed by the method, be gaps at the second sitting, and not be validated already for an interview (CAPACITIES_REFUSED, NO_CAPACITY_TO_ASSESS).",
        params,
        body: createAssessmentInput,
        response: { 201: assessmentView },
      },
      config: { access: assessmentsAccess.create },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await createAssessment(ctx, { caller: userOf(req), pathwayId: req.params.id, input: req.body }),
        ),
  );
  r.get(
    "/api/pathways/:id/assessments",
    {
      schema: { tags, params, response: { 200: assessmentList } },
      config: { access: assessmentsAccess.read },
    },
    (req) => listAssessments(ctx, { caller: userOf(req), pathwayId: req.params.id }),
  );
  r.get(
    "/api/assessments/:id",
    { schema: { tags, params, response: view }, config: { access: assessmentsAccess.read } },
    (req) => getAssessment(ctx, { caller: userOf(req), assessmentId: req.params.id }),
  );
  r.put(
    "/api/assessments/:id/scores",
    {
      schema: {
        tags,
        description:
          "Only the assigned evaluator scores (NOT_ASSIGNED_EVALUATOR); criteria must belong to the capacities the assessment covers, once each (UNKNOWN_CRITERION, CAPACITY_NOT_COVERED, GIVEN_TWICE); a booklet is not scored (NOT_FOR_METHOD); a stale revision is refused (REVISION_CONFLICT).",
        params,
        body: saveScoresInput,
        response: view,
      },
      config: { access: assessmentsAccess.score },
    },
    (req) => saveScores(ctx, { caller: userOf(req), assessmentId: req.params.id, input: req.body }),
  );
  r.put(
    "/api/assessments/:id/entries",
    {
      schema: {
        tags,
        description:
          "Entries only for the capacities the assessment covers, once each (CAPACITY_NOT_COVERED, GIVEN_TWICE); an observation has no entries (NOT_FOR_METHOD); a booklet is written by the candidate or their employer only (BOOKLET_WRITTEN_BY_CANDIDATE) until they submit it (BOOKLET_SUBMITTED); a stale revision is refused (REVISION_CONFLICT).",
        params,
        body: saveEntriesInput,
        response: view,
      },
      config: { access: assessmentsAccess.write },
    },
    (req) => saveEntries(ctx, { caller: userOf(req), assessmentId: req.params.id, input: req.body }),
  );
  r.post(
    "/api/assessments/:id/submit",
    {
      schema: {
        tags,
        description:
          "The candidate or their employer submits the booklet to the evaluator once every covered capacity is described (ASSESSMENT_INCOMPLETE lists the others); submitted once (BOOKLET_SUBMITTED); only a booklet (NOT_FOR_METHOD).",
        params,
        body: submitBookletInput,
        response: view,
      },
      config: { access: assessmentsAccess.submit },
    },
    (req) => submitBooklet(ctx, { caller: userOf(req), assessmentId: req.params.id, input: req.body }),
  );
  r.put(
    "/api/assessments/:id/judgements",
    {
      schema: {
        tags,
        description:
          "The assigned evaluator judges each capacity of a submitted booklet (BOOKLET_NOT_SUBMITTED before; BOOKLET_JUDGED_BY_EVALUATOR for anybody else): acquired, partially or not acquired, with a comment; only capacities the booklet covers, once each (CAPACITY_NOT_COVERED, GIVEN_TWICE); only a booklet (NOT_FOR_METHOD); a stale revision is refused (REVISION_CONFLICT).",
        params,
        body: saveJudgementsInput,
        response: view,
      },
      config: { access: assessmentsAccess.score },
    },
    (req) => saveJudgements(ctx, { caller: userOf(req), assessmentId: req.params.id, input: req.body }),
  );
  r.post(
    "/api/assessments/:id/close",
    {
      schema: {
        tags,
        description:
          "Every criterion scored (or, for a booklet, submitted and every capacity judged: BOOKLET_NOT_SUBMITTED) first: ASSESSMENT_INCOMPLETE lists what is missing in fields.",
        params,
        response: view,
      },
      config: { access: assessmentsAccess.score },
    },
    (req) => closeAssessment(ctx, { caller: userOf(req), assessmentId: req.params.id }),
  );

  await registerEvidenceRoutes(app);
}
