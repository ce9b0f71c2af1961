import type { z } from "zod";
import type { auditEventView } from "../../../../src/modules/audit/schemas.ts";

/** One entry of the append-only audit log; a null actor is the platform itself (demo data). */
export type AuditEvent = z.infer<typeof auditEventView>;

export interface AuditFilters {
  action: string;
  entityType: string;
  entityId: string;
  /** User id of the actor. */
  actor: string;
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  /** `YYYY-MM-DD`, inclusive. */
  to: string;
}

/** The result of re-checking the log's hash chain. */
export interface AuditVerification {
  isIntact: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  /** Why the chain broke (e.g. "truncated"), as the server names it. */
  reason?: string | null;
}
