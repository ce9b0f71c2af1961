import type { Generated, Insertable, Selectable } from "kysely";
import type { AccountLinkPurpose } from "../modules/accounts/account-link-rules.ts";
import type { Role } from "../modules/accounts/roles.ts";
import type { EmploymentStatus, Sex } from "../modules/candidates/rules.ts";
import type { VersionStatus } from "../modules/referentials/schemas.ts";
import type {
  CertificateIssuanceRetryTable,
  CertificateTable,
  IssuerKeyTable,
  StatusListTable,
} from "./schema-certificates.ts";
import type {
  BodyDecisionTable,
  BodyMemberTable,
  BodyTable,
  CharterAdhesionTable,
  CorrespondenceTable,
  DecisionDocumentTable,
  DocumentTable,
  DocumentVersionTable,
  ExternalCertificationBlockTable,
  ExternalCertificationTable,
} from "./schema-governance.ts";
import type {
  JuryAgendaItemTable,
  JuryAppealTable,
  JuryDecisionTable,
  JuryMemberTable,
  JuryRulesTable,
  JurySessionTable,
  JuryVoteTable,
  OutboxMessageTable,
} from "./schema-jury.ts";
import type {
  AwardCapacityFactTable,
  AwardCapacityTallyTable,
  AwardDayTallyTable,
  AwardDueTallyTable,
  AwardFactTable,
  AwardTallyTable,
  CdcDeclarationFileTable,
  CdcDeclarationTable,
  NationalAwardDayTallyTable,
} from "./schema-observatory.ts";
import type {
  AccreditationTable,
  AssessmentEntryTable,
  AssessmentJudgementTable,
  AssessmentScoreTable,
  AssessmentTable,
  EvidenceFileTable,
  PathwayCarriedCapacityTable,
  PathwayStatusTallyTable,
  PathwayTable,
  PathwayTransitionTable,
  TrainingPlanTable,
} from "./schema-pathways.ts";

export type {
  AccreditationTable,
  AssessmentEntryTable,
  AssessmentJudgementTable,
  AssessmentScoreTable,
  AssessmentTable,
  EvidenceFileTable,
  PathwayCarriedCapacityTable,
  PathwayTable,
  PathwayTransitionTable,
  TrainingPlanTable,
} from "./schema-pathways.ts";

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
  account_links: AccountLinkTable;
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
  pathway_carried_capacities: PathwayCarriedCapacityTable;
  accreditations: AccreditationTable;
  training_plans: TrainingPlanTable;
  assessments: AssessmentTable;
  assessment_scores: AssessmentScoreTable;
  assessment_entries: AssessmentEntryTable;
  assessment_judgements: AssessmentJudgementTable;
  evidence_files: EvidenceFileTable;
  issuer_keys: IssuerKeyTable;
  status_lists: StatusListTable;
  certificates: CertificateTable;
  certificate_issuance_retries: CertificateIssuanceRetryTable;
  jury_rules: JuryRulesTable;
  jury_sessions: JurySessionTable;
  jury_members: JuryMemberTable;
  jury_agenda_items: JuryAgendaItemTable;
  jury_votes: JuryVoteTable;
  jury_decisions: JuryDecisionTable;
  jury_appeals: JuryAppealTable;
  outbox_messages: OutboxMessageTable;
  bodies: BodyTable;
  body_members: BodyMemberTable;
  body_decisions: BodyDecisionTable;
  documents: DocumentTable;
  document_versions: DocumentVersionTable;
  decision_documents: DecisionDocumentTable;
  charter_adhesions: CharterAdhesionTable;
  external_certifications: ExternalCertificationTable;
  external_certification_blocks: ExternalCertificationBlockTable;
  correspondences: CorrespondenceTable;
  award_facts: AwardFactTable;
  award_capacity_facts: AwardCapacityFactTable;
  cdc_declaration_files: CdcDeclarationFileTable;
  cdc_declarations: CdcDeclarationTable;
  award_tallies: AwardTallyTable;
  award_capacity_tallies: AwardCapacityTallyTable;
  award_day_tallies: AwardDayTallyTable;
  award_due_tallies: AwardDueTallyTable;
  national_award_day_tallies: NationalAwardDayTallyTable;
  pathway_status_tallies: PathwayStatusTallyTable;
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
  /** searchKey(name, siret): what the company is found by, whatever the case and accents. */
  search_text: string;
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
  /** searchKey(display name, email). */
  search_text: string;
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

/** A one-time link to set a password: `invitation` of a new account or `password_reset`. */
export interface AccountLinkTable {
  id: Generated<number>;
  user_id: number;
  purpose: AccountLinkPurpose;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
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
  /** searchKey(birth name, usage name, first names, email). */
  search_text: string;
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
