import { z } from "zod";
import { countParam, idParam, textInput } from "../../server/input.ts";
import { auditActions, auditEntityTypes } from "./actions.ts";

const isoDateOrTime = z.union(
  [z.iso.date(), z.iso.datetime()],
  "must be a date YYYY-MM-DD or an ISO date-time",
);

export const auditListQuery = z.strictObject({
  action: z.enum(auditActions).optional(),
  entityType: z.enum(auditEntityTypes).optional(),
  entityId: textInput().max(200).optional(),
  actor: idParam.optional().describe("User id of the actor"),
  from: isoDateOrTime.optional().describe("Events at or after"),
  to: isoDateOrTime.optional().describe("Events before"),
  limit: countParam.pipe(z.number().min(1).max(200)).default(50),
  offset: countParam.default(0),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEventView = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    actor: z.object({ id: z.number().int(), email: z.string().nullable() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .meta({ id: "AuditEvent" });
