import { type Kysely, sql } from "kysely";
import type { DialectName } from "../dialect.ts";

/**
 * A jury decision corrected (outside an appeal, or by an upheld appeal) is kept and marked superseded
 * at the moment its correction was recorded; the correction refers to it. Marking is the conditional
 * write (`WHERE superseded_at IS NULL`) that lets only one of two concurrent corrections win.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable("jury_decisions").addColumn("superseded_at", "text").execute();
  // Decisions already replaced by an upheld appeal are marked with their replacement's time.
  await sql`
    UPDATE jury_decisions SET superseded_at = (
      SELECT later.decided_at FROM jury_decisions later WHERE later.corrects_decision_id = jury_decisions.id
    )
    WHERE EXISTS (SELECT 1 FROM jury_decisions later WHERE later.corrects_decision_id = jury_decisions.id)
  `.execute(db);
}
