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

export type BranchRow = Selectable<BranchTable>;
export type QualificationRow = Selectable<QualificationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
