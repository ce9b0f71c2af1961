import type { Generated } from "kysely";

/**
 * The tables of the certificates module: issuer keys (public halves), status lists, certificates, and the
 * sessions whose issuance is to be retried.
 */

export interface IssuerKeyTable {
  id: Generated<number>;
  public_key_multibase: string;
  is_current: 1 | null;
  created_at: string;
  retired_at: string | null;
}

export interface StatusListTable {
  id: Generated<number>;
  purpose: string;
  length: number;
  credential_json: string;
  revision: number;
  updated_at: string;
  /** The list this one was opened after, once that one was full; null for the first. */
  follows_id: number | null;
}

/** A closed jury session whose certificates are not all issued yet: retried until they are. */
export interface CertificateIssuanceRetryTable {
  jury_session_id: number;
  attempts: number;
  next_attempt_at: string;
  last_error: string;
  updated_at: string;
}

export interface CertificateTable {
  id: Generated<number>;
  number: string;
  jury_decision_id: number;
  jury_session_id: number;
  pathway_id: number;
  holder_given_names: string;
  holder_family_name: string;
  qualification_code: string;
  qualification_title: string;
  referential_version: number;
  branch_code: string;
  branch_name: string;
  kind: "full" | "partial";
  block_codes_json: string;
  awarded_on: string;
  award_year: number;
  credential_json: string;
  status_list_id: number;
  status_list_index: number;
  qr_token: string;
  issued_at: string;
  revoked_at: string | null;
  revoked_by_user_id: number | null;
  revocation_reason: string | null;
}
