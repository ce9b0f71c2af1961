import { type Kysely, sql } from "kysely";
import type { BranchRow, Database, QualificationRow } from "../../db/schema.ts";
import { containsPattern, paginate } from "../../server/pagination.ts";

/** SQL for branches, CQPIs and which branch operates which. */

type BranchColumns = Omit<BranchRow, "id" | "created_at" | "updated_at">;
type QualificationColumns = Omit<QualificationRow, "id" | "created_at" | "updated_at">;
type ListFilter = { q?: string | undefined; limit: number; offset: number };

const like = (pattern: string) => sql`${pattern} escape '\\'`;

export function listBranches(db: Kysely<Database>, filter: ListFilter) {
  let query = db
    .selectFrom("branches")
    .selectAll()
    .select((eb) =>
      eb
        .selectFrom("branch_qualifications")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("branch_qualifications.branch_id", "=", "branches.id")
        .as("qualification_count"),
    );
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(code)`, "like", like(pattern)),
        eb(sql`lower(name)`, "like", like(pattern)),
        eb(sql`lower(federation)`, "like", like(pattern)),
      ]),
    );
  }
  return paginate(query, filter, (q) => q.orderBy("name"));
}

export function findBranchByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom("branches").selectAll().where("code", "=", code).executeTakeFirst();
}

export function findBranchesByCodes(db: Kysely<Database>, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom("branches").select(["id", "code"]).where("code", "in", codes).execute();
}

export function qualificationsOfBranch(db: Kysely<Database>, branchId: number) {
  return db
    .selectFrom("branch_qualifications")
    .innerJoin("qualifications", "qualifications.id", "branch_qualifications.qualification_id")
    .select([
      "qualifications.code",
      "qualifications.title",
      "branch_qualifications.operated_since",
      "branch_qualifications.note",
    ])
    .where("branch_qualifications.branch_id", "=", branchId)
    .orderBy("qualifications.code")
    .execute();
}

export function insertBranch(db: Kysely<Database>, branch: BranchColumns & { created_at: string }) {
  return db
    .insertInto("branches")
    .values({ ...branch, updated_at: branch.created_at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateBranch(
  db: Kysely<Database>,
  id: number,
  changes: Partial<BranchColumns> & { updated_at: string },
) {
  return db
    .updateTable("branches")
    .set(changes)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listQualifications(db: Kysely<Database>, filter: ListFilter) {
  let query = db
    .selectFrom("qualifications")
    .selectAll()
    .select((eb) =>
      eb
        .selectFrom("branch_qualifications")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("branch_qualifications.qualification_id", "=", "qualifications.id")
        .as("branch_count"),
    );
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([eb(sql`lower(code)`, "like", like(pattern)), eb(sql`lower(title)`, "like", like(pattern))]),
    );
  }
  return paginate(query, filter, (q) => q.orderBy("code"));
}

export function findQualificationByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom("qualifications").selectAll().where("code", "=", code).executeTakeFirst();
}

export function branchesOfQualification(db: Kysely<Database>, qualificationId: number) {
  return db
    .selectFrom("branch_qualifications")
    .innerJoin("branches", "branches.id", "branch_qualifications.branch_id")
    .select([
      "branches.code",
      "branches.name",
      "branch_qualifications.operated_since",
      "branch_qualifications.note",
    ])
    .where("branch_qualifications.qualification_id", "=", qualificationId)
    .orderBy("branches.name")
    .execute();
}

export function insertQualification(
  db: Kysely<Database>,
  qualification: QualificationColumns & { created_at: string },
) {
  return db
    .insertInto("qualifications")
    .values({ ...qualification, updated_at: qualification.created_at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateQualification(
  db: Kysely<Database>,
  id: number,
  changes: Partial<QualificationColumns> & { updated_at: string },
) {
  return db
    .updateTable("qualifications")
    .set(changes)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findOperation(db: Kysely<Database>, branchId: number, qualificationId: number) {
  return db
    .selectFrom("branch_qualifications")
    .selectAll()
    .where("branch_id", "=", branchId)
    .where("qualification_id", "=", qualificationId)
    .executeTakeFirst();
}

export async function saveOperation(
  db: Kysely<Database>,
  operation: { branch_id: number; qualification_id: number; operated_since: string | null; note: string },
) {
  const { operated_since, note } = operation;
  await db
    .insertInto("branch_qualifications")
    .values(operation)
    .onConflict((oc) => oc.columns(["branch_id", "qualification_id"]).doUpdateSet({ operated_since, note }))
    .execute();
}

export async function deleteOperation(db: Kysely<Database>, branchId: number, qualificationId: number) {
  await db
    .deleteFrom("branch_qualifications")
    .where("branch_id", "=", branchId)
    .where("qualification_id", "=", qualificationId)
    .execute();
}
