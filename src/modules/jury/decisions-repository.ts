import type { Kysely } from "kysely";
import type { Database, NewJuryDecisionRow, NewJuryVoteRow } from "../../db/schema.ts";

/** SQL for votes, decisions and appeals. */

/** Inserts one vote; the unique (session, pathway, member) index refuses a second one. */
export async function insertVote(db: Kysely<Database>, row: NewJuryVoteRow) {
  await db.insertInto("jury_votes").values(row).execute();
}

export function listVoteRows(db: Kysely<Database>, sessionId: number, pathwayId?: number) {
  let query = db.selectFrom("jury_votes").selectAll().where("session_id", "=", sessionId);
  if (pathwayId !== undefined) query = query.where("pathway_id", "=", pathwayId);
  return query.orderBy("id").execute();
}

export async function hasVotes(db: Kysely<Database>, sessionId: number) {
  const row = await db
    .selectFrom("jury_votes")
    .select("id")
    .where("session_id", "=", sessionId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertDecision(db: Kysely<Database>, row: NewJuryDecisionRow) {
  const { id } = await db.insertInto("jury_decisions").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export function listDecisionRowsOfSession(db: Kysely<Database>, sessionId: number) {
  return db
    .selectFrom("jury_decisions")
    .selectAll()
    .where("session_id", "=", sessionId)
    .orderBy("id")
    .execute();
}

/** The decision in force on a pathway: the latest, since a correction or an upheld appeal comes after. */
export function findDecisionInForce(db: Kysely<Database>, pathwayId: number) {
  return db
    .selectFrom("jury_decisions")
    .innerJoin("jury_sessions", "jury_sessions.id", "jury_decisions.session_id")
    .selectAll("jury_decisions")
    .select("jury_sessions.sitting_on")
    .where("jury_decisions.pathway_id", "=", pathwayId)
    .orderBy("jury_decisions.id", "desc")
    .limit(1)
    .executeTakeFirst();
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecisionInForce>>>;

/** One decision with its session's date, status and branch (for a correction). */
export function findDecisionRow(db: Kysely<Database>, id: number) {
  return db
    .selectFrom("jury_decisions")
    .innerJoin("jury_sessions", "jury_sessions.id", "jury_decisions.session_id")
    .selectAll("jury_decisions")
    .select(["jury_sessions.sitting_on", "jury_sessions.status as session_status"])
    .where("jury_decisions.id", "=", id)
    .executeTakeFirst();
}

/**
 * Marks a decision superseded by its correction, only if nothing superseded it yet: false when a
 * concurrent correction (or upheld appeal) came first. On PostgreSQL the row lock makes the second
 * writer wait for the first to commit, then find the condition false.
 */
export async function markSuperseded(db: Kysely<Database>, id: number, at: string) {
  const result = await db
    .updateTable("jury_decisions")
    .set({ superseded_at: at })
    .where("id", "=", id)
    .where("superseded_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAppeal(db: Kysely<Database>, row: Omit<Database["jury_appeals"], "id">) {
  const { id } = await db.insertInto("jury_appeals").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export function findAppealRow(db: Kysely<Database>, id: number) {
  return db.selectFrom("jury_appeals").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listAppealRowsOfPathway(db: Kysely<Database>, pathwayId: number) {
  return db
    .selectFrom("jury_appeals")
    .selectAll()
    .where("pathway_id", "=", pathwayId)
    .orderBy("id")
    .execute();
}

/** Records the answer only if the appeal is still lodged; false when someone answered first. */
export async function answerAppealRow(
  db: Kysely<Database>,
  id: number,
  changes: Pick<
    Database["jury_appeals"],
    "status" | "answer" | "answered_by_user_id" | "answered_at" | "new_decision_id"
  >,
) {
  const result = await db
    .updateTable("jury_appeals")
    .set(changes)
    .where("id", "=", id)
    .where("status", "=", "lodged")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The awards (full or partial) decided in force, with what a certificate needs to name. */
export function listAwardRows(db: Kysely<Database>, filter: { sessionId?: number; decisionId?: number }) {
  let query = db
    .selectFrom("jury_decisions")
    .innerJoin("jury_sessions", "jury_sessions.id", "jury_decisions.session_id")
    .innerJoin("pathways", "pathways.id", "jury_decisions.pathway_id")
    .innerJoin("branches", "branches.id", "pathways.branch_id")
    .innerJoin("qualifications", "qualifications.id", "pathways.qualification_id")
    .select([
      "jury_decisions.id as decision_id",
      "jury_decisions.decision",
      "jury_decisions.block_codes_json",
      "jury_decisions.decided_on",
      "jury_decisions.session_id",
      "jury_sessions.sitting_on",
      "pathways.id as pathway_id",
      "pathways.candidate_id",
      "pathways.version_id",
      "qualifications.code as qualification_code",
      "branches.code as branch_code",
    ])
    .where("jury_decisions.decision", "in", ["award", "partial_award"])
    // Only the decision in force: none corrects it afterwards.
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("jury_decisions as later")
            .select("later.id")
            .whereRef("later.pathway_id", "=", "jury_decisions.pathway_id")
            .whereRef("later.id", ">", "jury_decisions.id"),
        ),
      ),
    );
  if (filter.sessionId !== undefined) query = query.where("jury_decisions.session_id", "=", filter.sessionId);
  if (filter.decisionId !== undefined) query = query.where("jury_decisions.id", "=", filter.decisionId);
  return query.orderBy("jury_decisions.id").execute();
}
