import type { Insertable, Kysely } from "kysely";
import type {
  AssessmentJudgementTable,
  AssessmentScoreTable,
  AssessmentTable,
  Database,
  EvidenceFileTable,
} from "../../db/schema.ts";
import type { ScoreRecord } from "../pathways/gap-analysis.ts";
import type { AssessmentMethod } from "../referentials/schemas.ts";

/** SQL for assessments, their scores and entries, and the evidence files' records. */

export function insertAssessment(db: Kysely<Database>, row: Insertable<AssessmentTable>) {
  return db.insertInto("assessments").values(row).returningAll().executeTakeFirstOrThrow();
}

export function findAssessmentRow(db: Kysely<Database>, id: number) {
  return db.selectFrom("assessments").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listAssessmentRows(db: Kysely<Database>, pathwayId: number) {
  return db
    .selectFrom("assessments")
    .selectAll()
    .where("pathway_id", "=", pathwayId)
    .orderBy("sitting")
    .orderBy("held_on")
    .orderBy("id")
    .execute();
}

export function listScoreRows(db: Kysely<Database>, assessmentIds: number[]) {
  if (assessmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("assessment_scores")
    .innerJoin("referential_criteria", "referential_criteria.id", "assessment_scores.criterion_id")
    .innerJoin("referential_capacities", "referential_capacities.id", "referential_criteria.capacity_id")
    .select([
      "assessment_scores.assessment_id",
      "referential_capacities.code as capacity_code",
      "referential_criteria.code as criterion_code",
      "assessment_scores.score",
      "assessment_scores.comment",
    ])
    .where("assessment_scores.assessment_id", "in", assessmentIds)
    .orderBy("referential_capacities.id")
    .orderBy("referential_criteria.position")
    .execute();
}

export function listEntryRows(db: Kysely<Database>, assessmentIds: number[]) {
  if (assessmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("assessment_entries")
    .innerJoin("referential_capacities", "referential_capacities.id", "assessment_entries.capacity_id")
    .select([
      "assessment_entries.assessment_id",
      "referential_capacities.code as capacity_code",
      "assessment_entries.text",
    ])
    .where("assessment_entries.assessment_id", "in", assessmentIds)
    .orderBy("referential_capacities.id")
    .execute();
}

export function listEvidenceRows(db: Kysely<Database>, assessmentIds: number[]) {
  if (assessmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("evidence_files")
    .leftJoin("referential_capacities", "referential_capacities.id", "evidence_files.capacity_id")
    .select([
      "evidence_files.id",
      "evidence_files.assessment_id",
      "evidence_files.file_name",
      "evidence_files.content_type",
      "evidence_files.size_bytes",
      "evidence_files.sha256",
      "evidence_files.created_at",
      "evidence_files.uploaded_by_user_id",
      "referential_capacities.code as capacity_code",
    ])
    .where("evidence_files.assessment_id", "in", assessmentIds)
    .orderBy("evidence_files.id")
    .execute();
}

/**
 * Takes the next revision of an open assessment only if it is still the one the edit started from;
 * false when someone saved (or closed it) in between. Concurrent saves of one grid are serialised by
 * this row: the loser changes nothing.
 */
export async function bumpRevision(
  db: Kysely<Database>,
  id: number,
  expectedRevision: number,
  changes: { updated_at: string; status?: "closed"; closed_at?: string; submitted_at?: string },
): Promise<boolean> {
  const result = await db
    .updateTable("assessments")
    .set({ ...changes, revision: expectedRevision + 1 })
    .where("id", "=", id)
    .where("revision", "=", expectedRevision)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function upsertScores(
  db: Kysely<Database>,
  assessmentId: number,
  scores: Omit<Insertable<AssessmentScoreTable>, "assessment_id">[],
) {
  await db
    .insertInto("assessment_scores")
    .values(scores.map((s) => ({ assessment_id: assessmentId, ...s })))
    .onConflict((oc) =>
      oc.columns(["assessment_id", "criterion_id"]).doUpdateSet((eb) => ({
        score: eb.ref("excluded.score"),
        comment: eb.ref("excluded.comment"),
      })),
    )
    .execute();
}

export async function upsertEntries(
  db: Kysely<Database>,
  assessmentId: number,
  entries: { capacity_id: number; text: string }[],
) {
  await db
    .insertInto("assessment_entries")
    .values(entries.map((e) => ({ assessment_id: assessmentId, ...e })))
    .onConflict((oc) =>
      oc.columns(["assessment_id", "capacity_id"]).doUpdateSet((eb) => ({ text: eb.ref("excluded.text") })),
    )
    .execute();
}

export async function upsertJudgements(
  db: Kysely<Database>,
  assessmentId: number,
  judgements: Omit<Insertable<AssessmentJudgementTable>, "assessment_id">[],
) {
  await db
    .insertInto("assessment_judgements")
    .values(judgements.map((j) => ({ assessment_id: assessmentId, ...j })))
    .onConflict((oc) =>
      oc.columns(["assessment_id", "capacity_id"]).doUpdateSet((eb) => ({
        judgement: eb.ref("excluded.judgement"),
        comment: eb.ref("excluded.comment"),
      })),
    )
    .execute();
}

export function listJudgementRows(db: Kysely<Database>, assessmentIds: number[]) {
  if (assessmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("assessment_judgements")
    .innerJoin("referential_capacities", "referential_capacities.id", "assessment_judgements.capacity_id")
    .select([
      "assessment_judgements.assessment_id",
      "referential_capacities.code as capacity_code",
      "assessment_judgements.judgement",
      "assessment_judgements.comment",
    ])
    .where("assessment_judgements.assessment_id", "in", assessmentIds)
    .orderBy("referential_capacities.id")
    .execute();
}

/** The open assessment of a method in a sitting of a pathway, if any (at most one: a unique index). */
export function findOpenAssessmentId(
  db: Kysely<Database>,
  key: { pathwayId: number; sitting: number; method: AssessmentMethod },
) {
  return db
    .selectFrom("assessments")
    .select("id")
    .where("pathway_id", "=", key.pathwayId)
    .where("sitting", "=", key.sitting)
    .where("method", "=", key.method)
    .where("status", "=", "open")
    .executeTakeFirst();
}

export async function insertEvidence(db: Kysely<Database>, row: Insertable<EvidenceFileTable>) {
  const { id } = await db.insertInto("evidence_files").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export function findEvidenceRow(db: Kysely<Database>, id: number) {
  return db
    .selectFrom("evidence_files")
    .innerJoin("assessments", "assessments.id", "evidence_files.assessment_id")
    .select([
      "evidence_files.id",
      "evidence_files.file_name",
      "evidence_files.content_type",
      "evidence_files.size_bytes",
      "evidence_files.storage_key",
      "evidence_files.sha256",
      "evidence_files.uploaded_by_user_id",
      "evidence_files.assessment_id",
      "assessments.pathway_id",
    ])
    .where("evidence_files.id", "=", id)
    .executeTakeFirst();
}

/**
 * Removes an evidence file's record only while its assessment is open and, for a booklet, not yet
 * submitted; false when it was removed, or the assessment closed or submitted, in between.
 */
export async function deleteEvidenceRowOfOpenAssessment(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom("evidence_files")
    .where("id", "=", id)
    .where("assessment_id", "in", (eb) =>
      eb
        .selectFrom("assessments")
        .select("assessments.id")
        .where("assessments.status", "=", "open")
        .where("assessments.submitted_at", "is", null),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * Every score of the pathway's closed assessments, with the criterion's key and the assessment day.
 * A closed booklet's judgement of a capacity counts as that score for each of the capacity's criteria.
 */
export async function listClosedScores(db: Kysely<Database>, pathwayId: number): Promise<ScoreRecord[]> {
  const judged = db
    .selectFrom("assessment_judgements")
    .innerJoin("assessments", "assessments.id", "assessment_judgements.assessment_id")
    .innerJoin(
      "referential_criteria",
      "referential_criteria.capacity_id",
      "assessment_judgements.capacity_id",
    )
    .innerJoin("referential_capacities", "referential_capacities.id", "assessment_judgements.capacity_id")
    .select([
      "referential_capacities.code as capacity_code",
      "referential_criteria.code as criterion_code",
      "assessment_judgements.judgement as score",
      "assessments.held_on",
    ])
    .where("assessments.pathway_id", "=", pathwayId)
    .where("assessments.status", "=", "closed");
  const rows = await db
    .selectFrom("assessment_scores")
    .innerJoin("assessments", "assessments.id", "assessment_scores.assessment_id")
    .innerJoin("referential_criteria", "referential_criteria.id", "assessment_scores.criterion_id")
    .innerJoin("referential_capacities", "referential_capacities.id", "referential_criteria.capacity_id")
    .select([
      "referential_capacities.code as capacity_code",
      "referential_criteria.code as criterion_code",
      "assessment_scores.score",
      "assessments.held_on",
    ])
    .where("assessments.pathway_id", "=", pathwayId)
    .where("assessments.status", "=", "closed")
    .unionAll(judged)
    .execute();
  return rows.map((r) => ({
    criterionKey: `${r.capacity_code}/${r.criterion_code}`,
    score: r.score,
    heldOn: r.held_on,
  }));
}

/**
 * Where the assessments of the current round stand: one closed since the pathway entered its status
 * (so a second evaluation taken before training resumed does not count again), and any still open.
 */
export async function assessmentRound(
  db: Kysely<Database>,
  pathway: { id: number; status_changed_at: string },
): Promise<{ hasClosedSinceStatusChange: boolean; hasOpen: boolean }> {
  const rows = await db
    .selectFrom("assessments")
    .select(["status", "closed_at"])
    .where("pathway_id", "=", pathway.id)
    .where((eb) => eb.or([eb("status", "=", "open"), eb("closed_at", ">=", pathway.status_changed_at)]))
    .execute();
  return {
    hasClosedSinceStatusChange: rows.some((r) => r.status === "closed"),
    hasOpen: rows.some((r) => r.status === "open"),
  };
}
