import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { userOf } from "../../server/access.ts";
import { pageQuery } from "../../server/pagination.ts";
import { addToAgenda } from "./add-to-agenda.ts";
import { answerAppeal } from "./answer-appeal.ts";
import { cancelJurySession } from "./cancel-jury-session.ts";
import { castVote } from "./cast-vote.ts";
import { closeDeliberation } from "./close-deliberation.ts";
import { closeJurySession } from "./close-jury-session.ts";
import { correctJuryDecision } from "./correct-jury-decision.ts";
import { createJurySession } from "./create-jury-session.ts";
import { getJurySession } from "./get-jury-session.ts";
import { listJuryAccounts } from "./list-jury-accounts.ts";
import { listJurySessions } from "./list-jury-sessions.ts";
import { lodgeAppeal } from "./lodge-appeal.ts";
import { juryAccess } from "./policy.ts";
import { printJuryExtract } from "./print-jury-extract.ts";
import { printMinutes } from "./print-minutes.ts";
import { recordAttendance } from "./record-attendance.ts";
import { rescheduleJurySession } from "./reschedule-jury-session.ts";
import {
  agendaInput,
  answerAppealInput,
  appealIdParams,
  appealInput,
  appealView,
  attendanceInput,
  branchRulesParams,
  closeDeliberationInput,
  correctionInput,
  createJurySessionInput,
  decisionIdParams,
  deliberationParams,
  juryAccountList,
  juryDecisionView,
  juryRulesInput,
  juryRulesView,
  jurySessionDetail,
  jurySessionList,
  jurySessionListQuery,
  membersInput,
  rescheduleJurySessionInput,
  sessionIdParams,
  voteInput,
} from "./schemas.ts";
import { setJuryMembers } from "./set-jury-members.ts";
import { getJuryRules, setJuryRules } from "./set-jury-rules.ts";

/** The paritaire jury's sessions: composition, agenda, attendance and votes (deliberations: deliberation-routes.ts). */
export function registerJuryRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["jury"];
  const params = sessionIdParams;
  const detail = { 200: jurySessionDetail };
  const reload = (req: { params: { id: number } } & Parameters<typeof userOf>[0]) =>
    getJurySession(ctx, { caller: userOf(req), sessionId: req.params.id });

  r.post(
    "/api/jury-sessions",
    {
      schema: { tags, body: createJurySessionInput, response: { 201: jurySessionDetail } },
      config: { access: juryAccess.manage },
    },
    async (req, reply) => {
      const caller = userOf(req);
      const sessionId = await createJurySession(ctx, { caller, input: req.body });
      return reply.status(201).send(await getJurySession(ctx, { caller, sessionId }));
    },
  );
  r.get(
    "/api/jury-sessions",
    {
      schema: { tags, querystring: jurySessionListQuery, response: { 200: jurySessionList } },
      config: { access: juryAccess.read },
    },
    (req) => listJurySessions(ctx, { caller: userOf(req), query: req.query }),
  );
  r.get(
    "/api/jury-sessions/:id",
    { schema: { tags, params, response: detail }, config: { access: juryAccess.read } },
    (req) => reload(req),
  );
  r.patch(
    "/api/jury-sessions/:id",
    {
      schema: { tags, params, body: rescheduleJurySessionInput, response: detail },
      config: { access: juryAccess.manage },
    },
    async (req) => {
      await rescheduleJurySession(ctx, { caller: userOf(req), sessionId: req.params.id, input: req.body });
      return reload(req);
    },
  );
  r.post(
    "/api/jury-sessions/:id/cancel",
    { schema: { tags, params, response: detail }, config: { access: juryAccess.manage } },
    async (req) => {
      await cancelJurySession(ctx, { caller: userOf(req), sessionId: req.params.id });
      return reload(req);
    },
  );
  r.put(
    "/api/jury-sessions/:id/members",
    { schema: { tags, params, body: membersInput, response: detail }, config: { access: juryAccess.manage } },
    async (req) => {
      await setJuryMembers(ctx, { caller: userOf(req), sessionId: req.params.id, input: req.body });
      return reload(req);
    },
  );
  r.post(
    "/api/jury-sessions/:id/agenda",
    { schema: { tags, params, body: agendaInput, response: detail }, config: { access: juryAccess.manage } },
    async (req) => {
      await addToAgenda(ctx, {
        caller: userOf(req),
        sessionId: req.params.id,
        pathwayIds: req.body.pathwayIds,
      });
      return reload(req);
    },
  );
  r.put(
    "/api/jury-sessions/:id/attendance",
    {
      schema: { tags, params, body: attendanceInput, response: detail },
      config: { access: juryAccess.preside },
    },
    async (req) => {
      await recordAttendance(ctx, { caller: userOf(req), sessionId: req.params.id, input: req.body });
      return reload(req);
    },
  );
  r.post(
    "/api/jury-sessions/:id/deliberations/:pathwayId/votes",
    {
      schema: { tags, params: deliberationParams, body: voteInput, response: { 201: jurySessionDetail } },
      config: { access: juryAccess.vote },
    },
    async (req, reply) => {
      const caller = userOf(req);
      const { id: sessionId, pathwayId } = req.params;
      await castVote(ctx, { caller, sessionId, pathwayId, input: req.body });
      return reply.status(201).send(await getJurySession(ctx, { caller, sessionId }));
    },
  );

  r.post(
    "/api/jury-sessions/:id/deliberations/:pathwayId/close",
    {
      schema: { tags, params: deliberationParams, body: closeDeliberationInput, response: detail },
      config: { access: juryAccess.preside },
    },
    async (req) => {
      const caller = userOf(req);
      const { id: sessionId, pathwayId } = req.params;
      await closeDeliberation(ctx, { caller, sessionId, pathwayId, motivation: req.body?.motivation });
      return getJurySession(ctx, { caller, sessionId });
    },
  );
  r.post(
    "/api/jury-sessions/:id/close",
    { schema: { tags, params, response: detail }, config: { access: juryAccess.preside } },
    async (req) => {
      await closeJurySession(ctx, { caller: userOf(req), sessionId: req.params.id });
      return reload(req);
    },
  );
  r.get(
    "/api/jury-sessions/:id/minutes.pdf",
    {
      schema: { tags, params },
      config: { access: juryAccess.read, openapi: { produces: ["application/pdf"], statuses: [409] } },
    },
    async (req, reply) => {
      const { pdf, sittingOn, branchCode } = await printMinutes(ctx, {
        caller: userOf(req),
        sessionId: req.params.id,
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="proces-verbal-${branchCode}-${sittingOn}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );

  r.get(
    "/api/pathways/:id/jury-extract.pdf",
    {
      schema: { tags, params },
      config: { access: juryAccess.readExtract, openapi: { produces: ["application/pdf"], statuses: [409] } },
    },
    async (req, reply) => {
      const { pdf, sittingOn, branchCode } = await printJuryExtract(ctx, {
        caller: userOf(req),
        pathwayId: req.params.id,
      });
      return reply
        .type("application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="extrait-proces-verbal-${branchCode}-${sittingOn}-${req.params.id}.pdf"`,
        )
        .send(Buffer.from(pdf));
    },
  );

  r.post(
    "/api/pathways/:id/appeals",
    {
      schema: { tags, params, body: appealInput, response: { 201: appealView } },
      config: { access: juryAccess.appeal },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await lodgeAppeal(ctx, { caller: userOf(req), pathwayId: req.params.id, input: req.body })),
  );
  r.post(
    "/api/appeals/:id/answer",
    {
      schema: { tags, params: appealIdParams, body: answerAppealInput, response: { 200: appealView } },
      config: { access: juryAccess.answerAppeal },
    },
    (req) => answerAppeal(ctx, { caller: userOf(req), appealId: req.params.id, input: req.body }),
  );

  r.post(
    "/api/jury-decisions/:id/corrections",
    {
      schema: { tags, params: decisionIdParams, body: correctionInput, response: { 201: juryDecisionView } },
      config: { access: juryAccess.manage },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await correctJuryDecision(ctx, { caller: userOf(req), decisionId: req.params.id, input: req.body }),
        ),
  );

  r.get(
    "/api/jury-rules/:branchCode",
    {
      schema: { tags, params: branchRulesParams, response: { 200: juryRulesView } },
      config: { access: juryAccess.manage },
    },
    (req) => getJuryRules(ctx, { caller: userOf(req), branchCode: req.params.branchCode }),
  );
  r.put(
    "/api/jury-rules/:branchCode",
    {
      schema: { tags, params: branchRulesParams, body: juryRulesInput, response: { 200: juryRulesView } },
      config: { access: juryAccess.manage },
    },
    (req) => setJuryRules(ctx, { caller: userOf(req), branchCode: req.params.branchCode, input: req.body }),
  );
  r.get(
    "/api/jury-members",
    {
      schema: { tags, querystring: pageQuery, response: { 200: juryAccountList } },
      config: { access: juryAccess.manage },
    },
    (req) => listJuryAccounts(ctx, req.query),
  );
}
