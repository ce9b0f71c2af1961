import type { Selectable } from "kysely";
import type { CorrespondenceTable } from "../../db/schema-governance.ts";
import type { CorrespondenceView } from "./schemas.ts";

export function toCorrespondenceView(row: Selectable<CorrespondenceTable>): CorrespondenceView {
  const end = (code: string, version: number, itemCode: string) => ({
    qualificationCode: code,
    version: version === 0 ? null : version,
    itemCode,
  });
  return {
    id: row.id,
    from: end(row.from_code, row.from_version, row.from_item),
    to: end(row.to_code, row.to_version, row.to_item),
    kind: row.kind,
    decisionId: row.decision_id,
  };
}
