import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.ts";

/**
 * The capacities a pathway opened from a certificate carries over: each with the certificate it comes
 * from and how (the same capacity, or the chain of exact correspondences that reached it), so that the
 * bilan counts it as acquired and the target branch's jury sees its source.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("pathway_carried_capacities")
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id"))
    .addColumn("capacity_code", "text", (c) => c.notNull())
    .addColumn("certificate_number", "text", (c) => c.notNull())
    .addColumn("via_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("pathway_carried_capacities_pk", ["pathway_id", "capacity_code"])
    .execute();
}
