import { type Insertable, type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type {
  BodyDecisionTable,
  BodyMemberTable,
  CharterAdhesionTable,
  DocumentVersionTable,
} from "../../db/schema-governance.ts";
import { type AdhesionStatus, bodyKinds } from "./rules.ts";

/** SQL of the governance module: bodies, members, decisions, document libraries, adhesion requests. */

type Db = Kysely<Database>;

const bodyColumns = [
  "bodies.id",
  "bodies.code",
  "bodies.kind",
  "bodies.name",
  "bodies.branch_id",
  "branches.code as branch_code",
] as const;

/** The national committee, the COC, then the branches' CPNEs by branch name; the id breaks any tie. */
export function listBodies(db: Db) {
  return db
    .selectFrom("bodies")
    .leftJoin("branches", "branches.id", "bodies.branch_id")
    .select(bodyColumns)
    .select((eb) =>
      eb
        .selectFrom("body_decisions")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("body_decisions.body_id", "=", "bodies.id")
        .as("decision_count"),
    )
    .orderBy(
      sql`CASE bodies.kind ${sql.join(
        bodyKinds.map((kind, rank) => sql`WHEN ${kind} THEN ${sql.lit(rank)}`),
        sql` `,
      )} END`,
    )
    .orderBy("branches.name")
    .orderBy("bodies.id")
    .execute();
}

export function findBody(db: Db, id: number) {
  return db
    .selectFrom("bodies")
    .leftJoin("branches", "branches.id", "bodies.branch_id")
    .select(bodyColumns)
    .where("bodies.id", "=", id)
    .executeTakeFirst();
}

export function findBodyByCode(db: Db, code: string) {
  return db.selectFrom("bodies").select(["id", "kind"]).where("code", "=", code).executeTakeFirst();
}

export function insertBody(trx: Transaction<Database>, row: Insertable<Database["bodies"]>) {
  return trx.insertInto("bodies").values(row).returning("id").executeTakeFirstOrThrow();
}

export function membersOf(db: Db, bodyId: number) {
  return db
    .selectFrom("body_members")
    .selectAll()
    .where("body_id", "=", bodyId)
    .orderBy("college")
    .orderBy("full_name")
    .orderBy("id")
    .execute();
}

export function insertMember(trx: Transaction<Database>, row: Insertable<BodyMemberTable>) {
  return trx.insertInto("body_members").values(row).returningAll().executeTakeFirstOrThrow();
}

export function decisionsOf(db: Db, bodyId: number) {
  return db
    .selectFrom("body_decisions")
    .leftJoin("qualifications", "qualifications.id", "body_decisions.qualification_id")
    .leftJoin("charter_adhesions", "charter_adhesions.id", "body_decisions.adhesion_request_id")
    .leftJoin("branches", "branches.id", "charter_adhesions.branch_id")
    .selectAll("body_decisions")
    .select(["qualifications.code as qualification_code", "branches.code as branch_code"])
    .where("body_decisions.body_id", "=", bodyId)
    .orderBy("body_decisions.decided_on", "desc")
    .orderBy("body_decisions.id", "desc")
    .execute();
}

export function findDecision(db: Db, id: number) {
  return db.selectFrom("body_decisions").selectAll().where("id", "=", id).executeTakeFirst();
}

export function insertDecision(trx: Transaction<Database>, row: Insertable<BodyDecisionTable>) {
  return trx.insertInto("body_decisions").values(row).returning("id").executeTakeFirstOrThrow();
}

export async function attachDocuments(trx: Transaction<Database>, decisionId: number, versionIds: number[]) {
  if (versionIds.length === 0) return;
  await trx
    .insertInto("decision_documents")
    .values(versionIds.map((id) => ({ decision_id: decisionId, document_version_id: id })))
    .execute();
}

export function documentsOfDecisions(db: Db, decisionIds: number[]) {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("decision_documents")
    .innerJoin("document_versions", "document_versions.id", "decision_documents.document_version_id")
    .innerJoin("documents", "documents.id", "document_versions.document_id")
    .selectAll("document_versions")
    .select(["decision_documents.decision_id", "documents.title"])
    .where("decision_documents.decision_id", "in", decisionIds)
    .orderBy("document_versions.id")
    .execute();
}

/** Versions among `ids` that belong to the library of this body. */
export function versionsInBodyLibrary(db: Db, bodyId: number, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("document_versions")
    .innerJoin("documents", "documents.id", "document_versions.document_id")
    .select("document_versions.id")
    .where("documents.body_id", "=", bodyId)
    .where("document_versions.id", "in", ids)
    .execute();
}

export function findDocument(db: Db, id: number) {
  return db
    .selectFrom("documents")
    .leftJoin("qualifications", "qualifications.id", "documents.qualification_id")
    .selectAll("documents")
    .select("qualifications.code as qualification_code")
    .where("documents.id", "=", id)
    .executeTakeFirst();
}

export function listDocuments(db: Db, library: { bodyId: number } | { qualificationId: number }) {
  return db
    .selectFrom("documents")
    .leftJoin("qualifications", "qualifications.id", "documents.qualification_id")
    .selectAll("documents")
    .select("qualifications.code as qualification_code")
    .where(
      "bodyId" in library ? "documents.body_id" : "documents.qualification_id",
      "=",
      "bodyId" in library ? library.bodyId : library.qualificationId,
    )
    .orderBy("documents.title")
    .execute();
}

export function versionsOf(db: Db, documentIds: number[]) {
  if (documentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("document_versions")
    .selectAll()
    .where("document_id", "in", documentIds)
    .orderBy("version", "desc")
    .execute();
}

export function findDocumentVersion(db: Db, documentId: number, version: number) {
  return db
    .selectFrom("document_versions")
    .selectAll()
    .where("document_id", "=", documentId)
    .where("version", "=", version)
    .executeTakeFirst();
}

export function insertDocument(trx: Transaction<Database>, row: Insertable<Database["documents"]>) {
  return trx.insertInto("documents").values(row).returning("id").executeTakeFirstOrThrow();
}

/** The next version number is read and written in one statement; the unique index settles races. */
export async function insertDocumentVersion(
  trx: Transaction<Database>,
  row: Omit<Insertable<DocumentVersionTable>, "version">,
) {
  const last = await trx
    .selectFrom("document_versions")
    .select((eb) => eb.fn.max("version").as("version"))
    .where("document_id", "=", row.document_id)
    .executeTakeFirst();
  const version = Number(last?.version ?? 0) + 1;
  return trx
    .insertInto("document_versions")
    .values({ ...row, version })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function adhesionsOf(db: Db, branchId: number) {
  return db
    .selectFrom("charter_adhesions")
    .selectAll()
    .where("branch_id", "=", branchId)
    .orderBy("requested_on", "desc")
    .orderBy("id", "desc")
    .execute();
}

export function findAdhesion(db: Db, id: number) {
  return db
    .selectFrom("charter_adhesions")
    .innerJoin("branches", "branches.id", "charter_adhesions.branch_id")
    .selectAll("charter_adhesions")
    .select(["branches.code as branch_code", "branches.charter_adhesion_date"])
    .where("charter_adhesions.id", "=", id)
    .executeTakeFirst();
}

export function insertAdhesion(trx: Transaction<Database>, row: Insertable<CharterAdhesionTable>) {
  return trx.insertInto("charter_adhesions").values(row).returningAll().executeTakeFirstOrThrow();
}

/** A status write conditional on the status it was decided on: the loser of a race changes nothing. */
export async function moveAdhesion(
  trx: Transaction<Database>,
  id: number,
  from: AdhesionStatus,
  changes: Partial<Insertable<CharterAdhesionTable>> & { status: AdhesionStatus; updated_at: string },
) {
  const result = await trx
    .updateTable("charter_adhesions")
    .set(changes)
    .where("id", "=", id)
    .where("status", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
