import type { Generated } from "kysely";

/** The tables of the paritaire jury and of the notification outbox. */

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
