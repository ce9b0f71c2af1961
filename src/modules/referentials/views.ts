import type { ReferentialVersionRow } from "../../db/schema.ts";
import type { Block, PassRule, ReferentialContent, Validity, VersionView } from "./schemas.ts";

export function contentOf(row: ReferentialVersionRow, blocks: Block[]): ReferentialContent {
  return {
    passRule: JSON.parse(row.pass_rule_json) as PassRule,
    validity: JSON.parse(row.validity_json) as Validity,
    blocks,
  };
}

export function toVersionView(
  row: ReferentialVersionRow,
  qualificationCode: string,
  blocks: Block[],
): VersionView {
  const capacities = blocks.flatMap((b) => b.capacities);
  return {
    qualificationCode,
    version: row.version,
    status: row.status,
    revision: row.revision,
    basedOnVersion: row.based_on_version,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    supersededAt: row.superseded_at,
    blockCount: blocks.length,
    capacityCount: capacities.length,
    criterionCount: capacities.reduce((n, c) => n + c.criteria.length, 0),
    ...contentOf(row, blocks),
  };
}

/** What the audit log keeps of a version: its status and whole content. */
export function auditSnapshot(view: VersionView) {
  const { status, revision, passRule, validity, blocks } = view;
  return { status, revision, passRule, validity, blocks };
}
