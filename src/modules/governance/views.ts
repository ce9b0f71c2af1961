import type { Selectable } from "kysely";
import type {
  BodyDecisionTable,
  BodyMemberTable,
  CharterAdhesionTable,
  DocumentVersionTable,
} from "../../db/schema-governance.ts";
import type { AdhesionView, DecisionView, DocumentVersionView, MemberView } from "./schemas.ts";

export function toMemberView(row: Selectable<BodyMemberTable>, today: string): MemberView {
  return {
    id: row.id,
    fullName: row.full_name,
    college: row.college,
    organisation: row.organisation,
    mandateStart: row.mandate_start,
    mandateEnd: row.mandate_end,
    isSitting: row.mandate_start <= today && (row.mandate_end === null || today <= row.mandate_end),
  };
}

export function toDocumentVersionView(row: Selectable<DocumentVersionTable>): DocumentVersionView {
  return {
    id: row.id,
    version: row.version,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedAt: row.created_at,
  };
}

export function toDecisionView(
  row: Selectable<BodyDecisionTable> & { qualification_code: string | null; branch_code: string | null },
  documents: DecisionView["documents"],
): DecisionView {
  return {
    id: row.id,
    bodyId: row.body_id,
    kind: row.kind,
    decidedOn: row.decided_on,
    title: row.title,
    qualificationCode: row.qualification_code,
    version: row.referential_version,
    adhesionRequestId: row.adhesion_request_id,
    branchCode: row.branch_code,
    votes: {
      employer: { for: row.employer_for, against: row.employer_against, abstain: row.employer_abstain },
      employee: { for: row.employee_for, against: row.employee_against, abstain: row.employee_abstain },
    },
    outcome: row.outcome,
    documents,
  };
}

export function toAdhesionView(row: Selectable<CharterAdhesionTable>, branchCode: string): AdhesionView {
  return {
    id: row.id,
    branchCode,
    status: row.status,
    requestedOn: row.requested_on,
    motivation: row.motivation,
    opinion:
      row.opinion_on && row.employer_opinion && row.employee_opinion
        ? { givenOn: row.opinion_on, employer: row.employer_opinion, employee: row.employee_opinion }
        : null,
    decisionId: row.decision_id,
    decidedOn: row.decided_on,
  };
}
