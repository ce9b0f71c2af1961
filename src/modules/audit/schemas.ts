import { z } from "zod";
import { auditActions } from "./actions.ts";

const isoDateOrTime = z.union(
  [z.iso.date(), z.iso.datetime()],
  "must be a date YYYY-MM-DD or an ISO date-time",
);

export const auditListQuery = z.strictObject({
  action: z.enum(auditActions).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  actor: z.coerce.number().int().positive().optional().describe("User id of the actor"),
  from: isoDateOrTime.optional().describe("Events at or after"),
  to: isoDateOrTime.optional().describe("Events before"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
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
