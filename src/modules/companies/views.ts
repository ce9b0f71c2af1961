import type { CompanyView } from "./schemas.ts";

export function toCompanyView(row: {
  id: number;
  name: string;
  siret: string | null;
  branch_code: string | null;
}): CompanyView {
  return { id: row.id, name: row.name, siret: row.siret, branchCode: row.branch_code };
}
