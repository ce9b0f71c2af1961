import type { Generated } from "kysely";
import type {
  AgendaItemStatus,
  AppealStatus,
  JuryCollege,
  JuryDecisionKind,
  JurySeat,
  JurySessionStatus,
  MajorityBase,
  NoMajorityOutcome,
  Presence,
} from "../modules/jury/schemas.ts";
import type { OutboxStatus } from "../modules/notifications/schemas.ts";

/** The tables of the paritaire jury and of the notification outbox, typed with the unions the modules declare. */

export interface JuryRulesTable {
  branch_id: number;
  even_year_presiding_college: JuryCollege;
  requires_parity: number;
  majority_base: MajorityBase;
  no_majority_outcome: NoMajorityOutcome;
  appeal_delay_months: number;
  updated_at: string;
}

export interface JurySessionTable {
  id: Generated<number>;
  branch_id: number;
  sitting_on: string;
  place: string | null;
  video_link: string | null;
  status: JurySessionStatus;
  created_by_user_id: number | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface JuryMemberTable {
  session_id: number;
  user_id: number;
  college: JuryCollege;
  organisation: string;
  seat: JurySeat;
  presence: Presence | null;
  proxy_user_id: number | null;
}

export interface JuryAgendaItemTable {
  id: Generated<number>;
  session_id: number;
  pathway_id: number;
  status: AgendaItemStatus;
  added_at: string;
  closed_at: string | null;
}

export interface JuryVoteTable {
  id: Generated<number>;
  session_id: number;
  pathway_id: number;
  member_user_id: number;
  cast_by_user_id: number;
  college: JuryCollege;
  decision: JuryDecisionKind;
  block_codes_json: string;
  motivation: string | null;
  cast_at: string;
}

export interface JuryDecisionTable {
  id: Generated<number>;
  session_id: number;
  pathway_id: number;
  decision: JuryDecisionKind;
  block_codes_json: string;
  motivation: string;
  is_by_default_rule: number;
  decided_on: string;
  decided_at: string;
  decided_by_user_id: number | null;
  corrects_decision_id: number | null;
  appeal_id: number | null;
  /** When a correction (or an upheld appeal) replaced this decision; null while it is in force. */
  superseded_at: string | null;
}

export interface JuryAppealTable {
  id: Generated<number>;
  pathway_id: number;
  decision_id: number;
  grounds: string;
  lodged_by_user_id: number | null;
  lodged_at: string;
  status: AppealStatus;
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
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string | null;
  claimed_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}
