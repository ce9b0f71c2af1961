import { pathwayEvents } from "../pathways/rules.ts";

/**
 * Every action the audit log records, as `<entity>.<verb>`: `recordAuditEvent` accepts only these, so a
 * new kind of change is added here (one line) and the audit list's `action` filter offers it. A
 * pathway's status moves are its transition table's events.
 */
export const auditActions = [
  "user.create",
  "user.update",
  "user.update_with_password",
  "user.login",
  "user.logout",
  "api_token.create",
  "api_token.revoke",
  "branch.create",
  "branch.update",
  "qualification.create",
  "qualification.update",
  "operation.create",
  "operation.update",
  "operation.delete",
  "company.create",
  "candidate.create",
  "candidate.update",
  "referential.create_draft",
  "referential.import",
  "referential.save_draft",
  "referential.delete_draft",
  "referential.publish",
  "referential.supersede",
  "referential.adopt",
  "accreditation.create",
  "accreditation.revoke",
  "pathway.register",
  "pathway.assign_evaluator",
  "pathway.training_plan",
  ...pathwayEvents.map((event) => `pathway.${event}` as const),
  "assessment.create",
  "assessment.save_scores",
  "assessment.save_entries",
  "assessment.add_evidence",
  "assessment.close",
  "certificate.issue",
  "certificate.revoke",
  "issuer_key.generate",
  "issuer_key.rotate",
] as const;
export type AuditAction = (typeof auditActions)[number];
