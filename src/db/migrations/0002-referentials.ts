import { type Kysely, sql } from "kysely";
import { addIdColumn, type DialectName } from "../dialect.ts";

/**
 * Versioned referentials of each CQPI (blocs → capacities → criteria) and their adoption by branches,
 * whose modules complémentaires are blocs owned by the adoption.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const schema = db.schema;

  await addIdColumn(dialect, schema.createTable("referential_versions"))
    .addColumn("qualification_id", "integer", (c) => c.notNull().references("qualifications.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("based_on_version", "integer")
    .addColumn("pass_rule_json", "text", (c) => c.notNull())
    .addColumn("validity_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("superseded_at", "text")
    .addUniqueConstraint("referential_versions_number_unique", ["qualification_id", "version"])
    .execute();

  await addIdColumn(dialect, schema.createTable("adoptions"))
    .addColumn("branch_id", "integer", (c) => c.notNull().references("branches.id"))
    .addColumn("version_id", "integer", (c) => c.notNull().references("referential_versions.id"))
    .addColumn("decision_date", "text", (c) => c.notNull())
    .addColumn("agreement_reference", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("adoptions_branch_idx")
    .on("adoptions")
    .columns(["branch_id", "version_id"])
    .execute();

  // A bloc belongs either to a version of the CQPI's referential or to a branch's adoption (its modules).
  await addIdColumn(dialect, schema.createTable("referential_blocks"))
    .addColumn("version_id", "integer", (c) => c.references("referential_versions.id").onDelete("cascade"))
    .addColumn("adoption_id", "integer", (c) => c.references("adoptions.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("rncp_code", "text")
    .addCheckConstraint("referential_blocks_one_owner", sqlOneOwner())
    .execute();
  await schema
    .createIndex("referential_blocks_version_idx")
    .on("referential_blocks")
    .column("version_id")
    .execute();
  await schema
    .createIndex("referential_blocks_adoption_idx")
    .on("referential_blocks")
    .column("adoption_id")
    .execute();

  await addIdColumn(dialect, schema.createTable("referential_capacities"))
    .addColumn("block_id", "integer", (c) =>
      c.notNull().references("referential_blocks.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("conditions", "text", (c) => c.notNull())
    .addColumn("methods_json", "text", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("referential_capacities_block_idx")
    .on("referential_capacities")
    .column("block_id")
    .execute();

  await addIdColumn(dialect, schema.createTable("referential_criteria"))
    .addColumn("capacity_id", "integer", (c) =>
      c.notNull().references("referential_capacities.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("indicator", "text", (c) => c.notNull())
    .addColumn("weight", "double precision", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("referential_criteria_capacity_idx")
    .on("referential_criteria")
    .column("capacity_id")
    .execute();
}

function sqlOneOwner() {
  return sql`(version_id IS NULL) <> (adoption_id IS NULL)`;
}
