import { type Kysely, type SqlBool, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../accounts/caller.ts";

/** SQL for evaluators' accreditations. */

function accreditations(db: Kysely<Database>) {
  return db
    .selectFrom("accreditations")
    .innerJoin("users", "users.id", "accreditations.evaluator_user_id")
    .innerJoin("qualifications", "qualifications.id", "accreditations.qualification_id")
    .innerJoin("branches", "branches.id", "accreditations.branch_id")
    .select([
      "accreditations.id",
      "accreditations.evaluator_user_id",
      "users.display_name",
      "qualifications.code as qualification_code",
      "branches.code as branch_code",
      "accreditations.valid_from",
      "accreditations.valid_until",
      "accreditations.revoked_at",
    ]);
}
export type AccreditationRow = Awaited<
  ReturnType<ReturnType<typeof accreditations>["executeTakeFirstOrThrow"]>
>;

export function findAccreditationRow(db: Kysely<Database>, id: number) {
  return accreditations(db).where("accreditations.id", "=", id).executeTakeFirst();
}

export function listAccreditationRowsFor(
  db: Kysely<Database>,
  key: { evaluatorUserId: number; qualificationId: number; branchId: number },
) {
  return accreditations(db)
    .where("accreditations.evaluator_user_id", "=", key.evaluatorUserId)
    .where("accreditations.qualification_id", "=", key.qualificationId)
    .where("accreditations.branch_id", "=", key.branchId)
    .execute();
}

/**
 * An evaluator sees their own accreditations, a branch officer those of their branches, admin and the
 * platform all; nobody else any.
 */
export function listAccreditationRows(
  db: Kysely<Database>,
  caller: Caller,
  filter: {
    evaluatorUserId?: number | undefined;
    qualificationCode?: string | undefined;
    branchCode?: string | undefined;
  },
) {
  let query = accreditations(db);
  if (caller.kind === "user") {
    if (caller.role === "evaluator")
      query = query.where("accreditations.evaluator_user_id", "=", caller.userId);
    else if (caller.role === "branch_officer")
      query = query.where("branches.code", "in", caller.branchCodes.length ? caller.branchCodes : [""]);
    else if (caller.role !== "admin") query = query.where(sql<SqlBool>`1 = 0`);
  } else if (caller.kind === "anonymous") query = query.where(sql<SqlBool>`1 = 0`);
  if (filter.evaluatorUserId)
    query = query.where("accreditations.evaluator_user_id", "=", filter.evaluatorUserId);
  if (filter.qualificationCode) query = query.where("qualifications.code", "=", filter.qualificationCode);
  if (filter.branchCode) query = query.where("branches.code", "=", filter.branchCode);
  return query.orderBy("accreditations.valid_until", "desc").execute();
}

export async function insertAccreditation(
  db: Kysely<Database>,
  row: {
    evaluator_user_id: number;
    qualification_id: number;
    branch_id: number;
    valid_from: string;
    valid_until: string;
    created_at: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto("accreditations")
    .values({ ...row, revoked_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** Revokes an accreditation still in force; false when it was already revoked (nothing written). */
export async function markAccreditationRevoked(db: Kysely<Database>, id: number, at: string) {
  const result = await db
    .updateTable("accreditations")
    .set({ revoked_at: at })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
