import type { PathwayListRow } from "./repository.ts";
import type { PathwaySummary } from "./schemas.ts";

export function candidateDisplayName(row: {
  birth_name: string;
  usage_name: string | null;
  first_names_json: string;
}) {
  const [first = ""] = JSON.parse(row.first_names_json) as string[];
  return `${first} ${(row.usage_name ?? row.birth_name).toUpperCase()}`.trim();
}

export function toPathwaySummary(row: PathwayListRow): PathwaySummary {
  return {
    id: row.id,
    candidate: { id: row.candidate_id, displayName: candidateDisplayName(row), companyId: row.company_id },
    branchCode: row.branch_code,
    qualificationCode: row.qualification_code,
    qualificationTitle: row.qualification_title,
    version: row.version,
    route: row.route as PathwaySummary["route"],
    status: row.status as PathwaySummary["status"],
    registeredOn: row.registered_on,
    statusChangedAt: row.status_changed_at,
    evaluatorUserId: row.evaluator_user_id,
  };
}

export function toTrainingPlanView(row: {
  id: number;
  capacity_codes_json: string;
  organisation: string;
  planned_hours: number;
  start_date: string;
  end_date: string;
  trainer_user_id: number | null;
  trainer_name: string;
  created_at: string;
}) {
  return {
    id: row.id,
    capacityCodes: JSON.parse(row.capacity_codes_json) as string[],
    organisation: row.organisation,
    plannedHours: Number(row.planned_hours),
    startDate: row.start_date,
    endDate: row.end_date,
    trainerUserId: row.trainer_user_id,
    trainerName: row.trainer_name,
    createdAt: row.created_at,
  };
}
