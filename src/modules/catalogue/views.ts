import type { BranchRow, QualificationRow } from "../../db/schema.ts";
import type { BranchView, QualificationView } from "./schemas.ts";

export function toBranchView(row: BranchRow & { qualification_count?: number | string | null }): BranchView {
  return {
    code: row.code,
    name: row.name,
    federation: row.federation,
    isPartner: row.is_partner === 1,
    charterAdhesionDate: row.charter_adhesion_date,
    description: row.description,
    qualificationCount: Number(row.qualification_count ?? 0),
  };
}

export function toQualificationView(
  row: QualificationRow & { branch_count?: number | string | null },
): QualificationView {
  return {
    code: row.code,
    title: row.title,
    description: row.description,
    rncpCode: row.rncp_code,
    createdOn: row.created_on,
    branchCount: Number(row.branch_count ?? 0),
  };
}

export function toOperationView(row: { operated_since: string | null; note: string }) {
  return { operatedSince: row.operated_since, note: row.note };
}
