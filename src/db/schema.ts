import type { Generated, Insertable, Selectable } from "kysely";

/**
 * Tables as Kysely sees them. Timestamps are ISO-8601 UTC text and dates are YYYY-MM-DD text on both
 * databases, so values compare, sort and hash identically; booleans are 0/1 integers for the same reason.
 */
export interface Database {
  branches: BranchTable;
  qualifications: QualificationTable;
  branch_qualifications: BranchQualificationTable;
  companies: CompanyTable;
  users: UserTable;
  user_branches: UserBranchTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_failures: LoginFailureTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  referential_versions: ReferentialVersionTable;
  adoptions: AdoptionTable;
  referential_blocks: ReferentialBlockTable;
  referential_capacities: ReferentialCapacityTable;
  referential_criteria: ReferentialCriterionTable;
}

export interface BranchTable {
  id: Generated<number>;
  code: string;
  name: string;
  federation: string;
  is_partner: number;
  charter_adhesion_date: string | null;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface QualificationTable {
  id: Generated<number>;
  code: string;
  title: string;
  description: string;
  rncp_code: string | null;
  created_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface BranchQualificationTable {
  branch_id: number;
  qualification_id: number;
  operated_since: string | null;
  note: string;
}

export interface CompanyTable {
  id: Generated<number>;
  name: string;
  siret: string | null;
  branch_id: number | null;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  company_id: number | null;
  is_active: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface UserBranchTable {
  user_id: number;
  branch_id: number;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginFailureTable {
  email: string;
  failure_count: number;
  first_failure_at: string;
  locked_until: string | null;
}

export interface AuditEventTable {
  seq: number;
  occurred_at: string;
  actor_user_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface ReferentialVersionTable {
  id: Generated<number>;
  qualification_id: number;
  version: number;
  status: string;
  revision: number;
  based_on_version: number | null;
  pass_rule_json: string;
  validity_json: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  superseded_at: string | null;
}

export interface AdoptionTable {
  id: Generated<number>;
  branch_id: number;
  version_id: number;
  decision_date: string;
  agreement_reference: string;
  created_at: string;
}

export interface ReferentialBlockTable {
  id: Generated<number>;
  version_id: number | null;
  adoption_id: number | null;
  position: number;
  code: string;
  title: string;
  rncp_code: string | null;
}

export interface ReferentialCapacityTable {
  id: Generated<number>;
  block_id: number;
  position: number;
  code: string;
  title: string;
  conditions: string;
  methods_json: string;
}

export interface ReferentialCriterionTable {
  id: Generated<number>;
  capacity_id: number;
  position: number;
  code: string;
  indicator: string;
  weight: number;
}

export type ReferentialVersionRow = Selectable<ReferentialVersionTable>;
export type BranchRow = Selectable<BranchTable>;
export type QualificationRow = Selectable<QualificationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
