import type { Insertable, Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AwardCapacityFactTable, AwardFactTable } from "../../db/schema-observatory.ts";

/**
 * The observatory's SQL. Its facts are gathered once from the certificate, its pathway, candidate,
 * training plans and referential version (read models of those modules), then only its own tables are read.
 */
export async function findAwardCircumstances(db: Kysely<Database>, certificateId: number) {
  const row = await db
    .selectFrom("certificates as c")
    .innerJoin("pathways as p", "p.id", "c.pathway_id")
    .innerJoin("candidates as k", "k.id", "p.candidate_id")
    .where("c.id", "=", certificateId)
    .select([
      "c.id",
      "c.pathway_id",
      "c.branch_code",
      "c.qualification_code",
      "c.kind",
      "c.awarded_on",
      "c.award_year",
      "c.block_codes_json",
      "p.candidate_id",
      "p.registered_on",
      "p.route",
      "p.version_id",
      "k.birth_date",
      "k.has_prior_certification",
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const blockCodes = JSON.parse(row.block_codes_json) as string[];
  const [plans, earlier, capacities] = await Promise.all([
    db
      .selectFrom("training_plans")
      .where("pathway_id", "=", row.pathway_id)
      .select("capacity_codes_json")
      .execute(),
    db
      .selectFrom("award_facts")
      .where("candidate_id", "=", row.candidate_id)
      .select("certificate_id")
      .executeTakeFirst(),
    blockCodes.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("referential_capacities as rc")
          .innerJoin("referential_blocks as rb", "rb.id", "rc.block_id")
          .where("rb.version_id", "=", row.version_id)
          .where("rb.code", "in", blockCodes)
          .select("rc.code")
          .orderBy("rb.position")
          .orderBy("rc.position")
          .execute(),
  ]);
  return {
    row,
    hasTrainingPlan: plans.length > 0,
    trainedCapacities: new Set(plans.flatMap((p) => JSON.parse(p.capacity_codes_json) as string[])),
    hasEarlierCertificate: earlier !== undefined,
    capacityCodes: [...new Set(capacities.map((c) => c.code))],
  };
}

export async function insertAwardFacts(
  db: Kysely<Database>,
  facts: Insertable<AwardFactTable>,
  capacities: Insertable<AwardCapacityFactTable>[],
) {
  await db.insertInto("award_facts").values(facts).execute();
  if (capacities.length > 0) await db.insertInto("award_capacity_facts").values(capacities).execute();
}

export async function listUnfactedCertificateIds(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom("certificates as c")
    .leftJoin("award_facts as f", "f.certificate_id", "c.id")
    .where("f.certificate_id", "is", null)
    .select("c.id")
    .orderBy("c.awarded_on")
    .orderBy("c.id")
    .execute();
  return rows.map((r) => r.id);
}
