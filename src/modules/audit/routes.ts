import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Access, userOf } from "../../server/access.ts";
import { pageOf } from "../../server/pagination.ts";
import { listAuditEvents } from "./list-audit-events.ts";
import { auditEventView, auditListQuery } from "./schemas.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

/** Only the national committee (admin) reads the audit log and checks its integrity. */
const auditAccess = { read: ["admin"] } as const satisfies Record<string, Access>;

const verification = z.object({
  isIntact: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
  brokenEvent: z
    .object({
      seq: z.number().int(),
      occurredAt: z.string(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string(),
    })
    .nullable()
    .describe("The event at the break as stored now; null when it was deleted"),
});

export function registerAuditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["audit"];
  r.get(
    "/api/audit",
    {
      schema: { tags, querystring: auditListQuery, response: { 200: pageOf(auditEventView) } },
      config: { access: auditAccess.read },
    },
    (req) => listAuditEvents(app.ctx, { caller: userOf(req), query: req.query }),
  );
  r.get(
    "/api/audit/verify",
    { schema: { tags, response: { 200: verification } }, config: { access: auditAccess.read } },
    () => verifyAuditChain(app.ctx.db),
  );
}
