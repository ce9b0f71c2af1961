import type { Generated } from "kysely";
import type { CorrespondenceKind } from "../modules/correspondences/rules.ts";
import type {
  AdhesionStatus,
  BodyKind,
  College,
  DecisionKind,
  DecisionOutcome,
  DocumentKind,
  Opinion,
} from "../modules/governance/rules.ts";

/**
 * The governance tables: bodies and their members, the decisions register, the document libraries
 * (files outside the database, like evidence files) and the branches' charter adhesion requests.
 */

export interface BodyTable {
  id: Generated<number>;
  code: string;
  kind: BodyKind;
  name: string;
  /** The branch of a CPNE; null for the national bodies. */
  branch_id: number | null;
  created_at: string;
}

export interface BodyMemberTable {
  id: Generated<number>;
  body_id: number;
  full_name: string;
  college: College;
  organisation: string;
  mandate_start: string;
  mandate_end: string | null;
  created_at: string;
}

export interface BodyDecisionTable {
  id: Generated<number>;
  body_id: number;
  kind: DecisionKind;
  decided_on: string;
  title: string;
  qualification_id: number | null;
  referential_version: number | null;
  adhesion_request_id: number | null;
  employer_for: number;
  employer_against: number;
  employer_abstain: number;
  employee_for: number;
  employee_against: number;
  employee_abstain: number;
  outcome: DecisionOutcome;
  recorded_by_user_id: number | null;
  created_at: string;
}

export interface DocumentTable {
  id: Generated<number>;
  /** A document belongs to one library: a body's or a CQPI's. */
  body_id: number | null;
  qualification_id: number | null;
  kind: DocumentKind;
  title: string;
  created_at: string;
}

export interface DocumentVersionTable {
  id: Generated<number>;
  document_id: number;
  version: number;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by_user_id: number | null;
  created_at: string;
}

export interface DecisionDocumentTable {
  decision_id: number;
  document_version_id: number;
}

export interface CharterAdhesionTable {
  id: Generated<number>;
  branch_id: number;
  status: AdhesionStatus;
  requested_on: string;
  motivation: string;
  employer_opinion: Opinion | null;
  employee_opinion: Opinion | null;
  opinion_on: string | null;
  decision_id: number | null;
  decided_on: string | null;
  requested_by_user_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ExternalCertificationTable {
  id: Generated<number>;
  code: string;
  title: string;
  branch_id: number | null;
  rncp_code: string | null;
  rs_code: string | null;
  created_at: string;
}

export interface ExternalCertificationBlockTable {
  id: Generated<number>;
  certification_id: number;
  code: string;
  title: string;
}

export interface CorrespondenceTable {
  id: Generated<number>;
  from_code: string;
  /** 0 for an external certification, which has no versions. */
  from_version: number;
  from_item: string;
  to_code: string;
  to_version: number;
  to_item: string;
  /** Both ends in key order: one row per pair, whichever way it was entered. */
  pair_key: string;
  kind: CorrespondenceKind;
  decision_id: number;
  recorded_by_user_id: number | null;
  created_at: string;
}
