/** One entry of the append-only audit log. */
export interface AuditEvent {
  seq: number;
  occurredAt: string;
  /** Null for events recorded by the system itself (demo seeding, migrations). */
  actor: { id: number; email: string | null } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

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
