import type { JuryAppealRow, JuryDecisionRow, JuryVoteRow } from "../../db/schema.ts";
import type { SessionRow } from "./repository.ts";
import type { AppealView, JuryCollege, JuryDecisionView, JurySessionSummary } from "./schemas.ts";

export function toDecisionView(row: JuryDecisionRow & { sitting_on: string }): JuryDecisionView {
  return {
    id: row.id,
    sessionId: row.session_id,
    sittingOn: row.sitting_on,
    pathwayId: row.pathway_id,
    decision: row.decision,
    blockCodes: JSON.parse(row.block_codes_json) as string[],
    motivation: row.motivation,
    decidedOn: row.decided_on,
    isByDefaultRule: row.is_by_default_rule === 1,
    correctsDecisionId: row.corrects_decision_id,
    appealId: row.appeal_id,
  };
}

export function toVoteView(row: JuryVoteRow) {
  return {
    memberUserId: row.member_user_id,
    castByUserId: row.cast_by_user_id,
    college: row.college,
    decision: row.decision,
    blockCodes: JSON.parse(row.block_codes_json) as string[],
    motivation: row.motivation,
    castAt: row.cast_at,
  };
}

export function toAppealView(row: JuryAppealRow): AppealView {
  return {
    id: row.id,
    pathwayId: row.pathway_id,
    decisionId: row.decision_id,
    grounds: row.grounds,
    lodgedAt: row.lodged_at,
    status: row.status,
    answer: row.answer,
    answeredAt: row.answered_at,
    newDecisionId: row.new_decision_id,
  };
}

export function toSessionSummary(
  row: SessionRow,
  counts: { memberCount: number; agendaCount: number; decidedCount: number },
  presidingCollege: JuryCollege,
): JurySessionSummary {
  return {
    id: row.id,
    branchCode: row.branch_code,
    branchName: row.branch_name,
    sittingOn: row.sitting_on,
    place: row.place,
    videoLink: row.video_link,
    status: row.status,
    presidingCollege,
    ...counts,
    closedAt: row.closed_at,
  };
}
