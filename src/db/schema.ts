import type { Generated, Insertable, Selectable } from "kysely";
import type { Role } from "../modules/accounts/roles.ts";
import type { AssessmentStatus } from "../modules/assessments/rules.ts";
import type { EmploymentStatus, Sex } from "../modules/candidates/rules.ts";
import type { PathwayRoute, PathwayStatus, PathwayTimelineEvent } from "../modules/pathways/rules.ts";
import type { CriterionScore } from "../modules/referentials/pass-rule.ts";
import type { AssessmentMethod, VersionStatus } from "../modules/referentials/schemas.ts";

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
  rate_limit_windows: RateLimitWindowTable;
  referential_exports: ReferentialExportTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  referential_versions: ReferentialVersionTable;
  adoptions: AdoptionTable;
  referential_blocks: ReferentialBlockTable;
  referential_capacities: ReferentialCapacityTable;
  referential_criteria: ReferentialCriterionTable;
  candidates: CandidateTable;
  pathways: PathwayTable;
  pathway_transitions: PathwayTransitionTable;
  accreditations: AccreditationTable;
  training_plans: TrainingPlanTable;
  assessments: AssessmentTable;
  assessment_scores: AssessmentScoreTable;
  assessment_entries: AssessmentEntryTable;
  evidence_files: EvidenceFileTable;
  issuer_keys: IssuerKeyTable;
  status_lists: StatusListTable;
  certificates: CertificateTable;
  jury_rules: JuryRulesTable;
  jury_sessions: JurySessionTable;
  jury_members: JuryMemberTable;
  jury_agenda_items: JuryAgendaItemTable;
  jury_votes: JuryVoteTable;
  jury_decisions: JuryDecisionTable;
  jury_appeals: JuryAppealTable;
  outbox_messages: OutboxMessageTable;
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
  role: Role;
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

/** A published version's export, generated once (the version never changes) and served as stored. */
export interface ReferentialExportTable {
  version_id: number;
  /** "case", "csv", "xlsx" or "pdf". */
  format: string;
  content: Buffer;
  /** A hash of what the export shows besides the tree (status, CQPI title…): when it changes, so does the file. */
  source_key: string;
  /** Strong ETag: a hash of the content. */
  etag: string;
  created_at: string;
}

export interface RateLimitWindowTable {
  /** The limited route and the client address. */
  key: string;
  window_started_at: string;
  hits: number;
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
  status: VersionStatus;
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

export interface CandidateTable {
  id: Generated<number>;
  user_id: number | null;
  birth_name: string;
  usage_name: string | null;
  first_names_json: string;
  birth_date: string;
  sex: Sex;
  birth_insee_code: string | null;
  birth_postal_code: string | null;
  birth_city: string | null;
  birth_country_code: string | null;
  birth_country: string | null;
  email: string | null;
  phone: string | null;
  employment_status: EmploymentStatus;
  company_id: number | null;
  has_prior_certification: number;
  registering_branch_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface PathwayTable {
  id: Generated<number>;
  candidate_id: number;
  branch_id: number;
  qualification_id: number;
  version_id: number;
  adoption_id: number | null;
  route: PathwayRoute;
  status: PathwayStatus;
  evaluator_user_id: number | null;
  registered_on: string;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface PathwayTransitionTable {
  id: Generated<number>;
  pathway_id: number;
  event: PathwayTimelineEvent;
  from_status: PathwayStatus | null;
  to_status: PathwayStatus;
  actor_user_id: number | null;
  occurred_at: string;
}

export interface AccreditationTable {
  id: Generated<number>;
  evaluator_user_id: number;
  qualification_id: number;
  branch_id: number;
  valid_from: string;
  valid_until: string;
  created_at: string;
  revoked_at: string | null;
}

export interface TrainingPlanTable {
  id: Generated<number>;
  pathway_id: number;
  capacity_codes_json: string;
  organisation: string;
  planned_hours: number;
  start_date: string;
  end_date: string;
  trainer_user_id: number | null;
  trainer_name: string;
  created_at: string;
}

export interface AssessmentTable {
  id: Generated<number>;
  pathway_id: number;
  method: AssessmentMethod;
  sitting: number;
  capacity_codes_json: string;
  assessor_user_id: number | null;
  held_on: string;
  status: AssessmentStatus;
  revision: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface AssessmentScoreTable {
  assessment_id: number;
  criterion_id: number;
  score: CriterionScore;
  comment: string;
}

export interface AssessmentEntryTable {
  assessment_id: number;
  capacity_id: number;
  text: string;
}

export interface EvidenceFileTable {
  id: Generated<number>;
  assessment_id: number;
  capacity_id: number | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by_user_id: number | null;
  created_at: string;
}

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

export type CertificateRow = Selectable<CertificateTable>;
export type CandidateRow = Selectable<CandidateTable>;
export type PathwayRow = Selectable<PathwayTable>;
export type AssessmentRow = Selectable<AssessmentTable>;
export type TrainingPlanRow = Selectable<TrainingPlanTable>;
export type ReferentialVersionRow = Selectable<ReferentialVersionTable>;
export type BranchRow = Selectable<BranchTable>;
export type QualificationRow = Selectable<QualificationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type JurySessionRow = Selectable<JurySessionTable>;
export type JuryMemberRow = Selectable<JuryMemberTable>;
export type JuryVoteRow = Selectable<JuryVoteTable>;
export type NewJuryVoteRow = Insertable<JuryVoteTable>;
export type JuryDecisionRow = Selectable<JuryDecisionTable>;
export type NewJuryDecisionRow = Insertable<JuryDecisionTable>;
export type JuryAppealRow = Selectable<JuryAppealTable>;
export type OutboxMessageRow = Selectable<OutboxMessageTable>;
export type NewOutboxMessageRow = Insertable<OutboxMessageTable>;

export interface JuryRulesTable {
  branch_id: number;
  even_year_presiding_college: string;
  requires_parity: number;
  majority_base: string;
  no_majority_outcome: string;
  appeal_delay_months: number;
  updated_at: string;
}

export interface JurySessionTable {
  id: Generated<number>;
  branch_id: number;
  sitting_on: string;
  place: string | null;
  video_link: string | null;
  status: string;
  created_by_user_id: number | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface JuryMemberTable {
  session_id: number;
  user_id: number;
  college: string;
  organisation: string;
  seat: string;
  presence: string | null;
  proxy_user_id: number | null;
}

export interface JuryAgendaItemTable {
  id: Generated<number>;
  session_id: number;
  pathway_id: number;
  status: string;
  added_at: string;
  closed_at: string | null;
}

export interface JuryVoteTable {
  id: Generated<number>;
  session_id: number;
  pathway_id: number;
  member_user_id: number;
  cast_by_user_id: number;
  college: string;
  decision: string;
  block_codes_json: string;
  motivation: string | null;
  cast_at: string;
}

export interface JuryDecisionTable {
  id: Generated<number>;
  session_id: number;
  pathway_id: number;
  decision: string;
  block_codes_json: string;
  motivation: string;
  is_by_default_rule: number;
  decided_on: string;
  decided_at: string;
  decided_by_user_id: number | null;
  corrects_decision_id: number | null;
  appeal_id: number | null;
}

export interface JuryAppealTable {
  id: Generated<number>;
  pathway_id: number;
  decision_id: number;
  grounds: string;
  lodged_by_user_id: number | null;
  lodged_at: string;
  status: string;
  answer: string | null;
  answered_by_user_id: number | null;
  answered_at: string | null;
  new_decision_id: number | null;
}

export interface OutboxMessageTable {
  id: Generated<number>;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  attachments_json: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  claimed_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}
