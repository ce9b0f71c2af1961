import { type Insertable, type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type {
  Database,
  PathwayCarriedCapacityTable,
  PathwayRow,
  PathwayTransitionTable,
  TrainingPlanRow,
} from "../../db/schema.ts";
import { searchPattern } from "../../server/search-text.ts";
import type { Caller } from "../accounts/caller.ts";
import { hasOpenAssessment } from "../assessments/read-open-assessments.ts";
import { type PathwayStatus, type WorklistStage, worklistStageStatuses } from "./rules.ts";
import { pathwayVisibility } from "./visibility.ts";

/** SQL for pathways, their timeline, accreditations and training plans. */

type PathwayQuery = SelectQueryBuilder<
  Database,
  "pathways" | "candidates" | "branches" | "qualifications" | "referential_versions",
  object
>;

/** The pathways a caller may see: the one visibility rule (visibility.ts) on a query joining their context. */
function inScope(query: PathwayQuery, caller: Caller): PathwayQuery {
  return query.where(pathwayVisibility(caller));
}

function pathwaysWithContext(db: Kysely<Database>) {
  return db
    .selectFrom("pathways")
    .innerJoin("candidates", "candidates.id", "pathways.candidate_id")
    .innerJoin("branches", "branches.id", "pathways.branch_id")
    .innerJoin("qualifications", "qualifications.id", "pathways.qualification_id")
    .innerJoin("referential_versions", "referential_versions.id", "pathways.version_id");
}

const listColumns = [
  "pathways.id",
  "pathways.route",
  "pathways.status",
  "pathways.registered_on",
  "pathways.status_changed_at",
  "pathways.evaluator_user_id",
  "pathways.candidate_id",
  "pathways.adoption_id",
  "pathways.version_id",
  "pathways.qualification_id",
  "pathways.branch_id",
  "candidates.birth_name",
  "candidates.usage_name",
  "candidates.first_names_json",
  "candidates.company_id",
  "branches.code as branch_code",
  "qualifications.code as qualification_code",
  "qualifications.title as qualification_title",
  "referential_versions.version as version",
] as const;

export interface PathwayFilter {
  status?: PathwayStatus | undefined;
  stage?: WorklistStage | undefined;
  qualificationCode?: string | undefined;
  branchCode?: string | undefined;
  companyId?: number | undefined;
  evaluatorUserId?: number | undefined;
  q?: string | undefined;
}

function filtered(db: Kysely<Database>, caller: Caller, filter: PathwayFilter, withStatus = true) {
  let query = inScope(pathwaysWithContext(db) as unknown as PathwayQuery, caller);
  // One branch named as an equality, so that its pathways are read in the index's order (newest first).
  const oneBranch =
    filter.branchCode ??
    (caller.kind === "user" && caller.role === "branch_officer" && caller.branchCodes.length === 1
      ? caller.branchCodes[0]
      : undefined);
  if (oneBranch)
    query = query.where(
      "pathways.branch_id",
      "=",
      db
        .selectFrom("branches as one_branch")
        .select("one_branch.id")
        .where("one_branch.code", "=", oneBranch),
    );
  if (withStatus && filter.status) query = query.where("pathways.status", "=", filter.status);
  if (withStatus && filter.stage)
    query = query.where("pathways.status", "in", worklistStageStatuses[filter.stage]);
  if (filter.qualificationCode) query = query.where("qualifications.code", "=", filter.qualificationCode);
  if (filter.branchCode) query = query.where("branches.code", "=", filter.branchCode);
  if (filter.companyId) query = query.where("candidates.company_id", "=", filter.companyId);
  if (filter.evaluatorUserId) query = query.where("pathways.evaluator_user_id", "=", filter.evaluatorUserId);
  if (filter.q) {
    const pattern = searchPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb("candidates.search_text", "like", pattern),
        eb(
          "candidates.company_id",
          "in",
          eb.selectFrom("companies").select("companies.id").where("companies.search_text", "like", pattern),
        ),
      ]),
    );
  }
  return query;
}

/**
 * One page of the pathways (the total comes from the counts per status, see read-pathways.ts): the
 * latest first; what waits for an assessment with the assessment under way first, then the longest waiting.
 */
export function listPathwayRows(
  db: Kysely<Database>,
  caller: Caller,
  filter: PathwayFilter & { limit: number; offset: number; after?: number | undefined },
) {
  let query = filtered(db, caller, filter);
  if (filter.after !== undefined) query = query.where("pathways.id", "<", filter.after);
  const selected = query.select(listColumns);
  const ordered =
    filter.stage === "waiting"
      ? selected
          .orderBy((eb) => eb.case().when(hasOpenAssessment(eb)).then(0).else(1).end())
          .orderBy("pathways.status_changed_at")
          .orderBy("pathways.id")
      : selected.orderBy("pathways.id", "desc");
  return ordered.limit(filter.limit).offset(filter.offset).execute();
}

/**
 * Counts per status for the same filters (the status and stage filters aside), for the list's tabs: read
 * off the counts kept per branch × CQPI × status when the filters are among those, counted otherwise (a
 * company's, an evaluator's or a search's pathways, or the few pathways an evaluator, employer,
 * candidate or jury member sees).
 */
export async function countPathwaysByStatus(db: Kysely<Database>, caller: Caller, filter: PathwayFilter) {
  const tallied = caller.kind === "platform" || (caller.kind === "user" && caller.role === "admin");
  const ofBranches = caller.kind === "user" && caller.role === "branch_officer" ? caller.branchCodes : null;
  if ((tallied || ofBranches) && !filter.companyId && !filter.evaluatorUserId && !filter.q)
    return countTalliedByStatus(db, ofBranches, filter);
  const rows = await filtered(db, caller, filter, false)
    .select(["pathways.status", sql<string | number>`count(*)`.as("n")])
    .groupBy("pathways.status")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

async function countTalliedByStatus(
  db: Kysely<Database>,
  branchCodes: readonly string[] | null,
  filter: PathwayFilter,
) {
  if (branchCodes?.length === 0) return {};
  const branchIds = (codes: readonly string[]) =>
    db
      .selectFrom("branches")
      .select("branches.id")
      .where("branches.code", "in", [...codes]);
  let query = db
    .selectFrom("pathway_status_tallies as t")
    .select(["t.status", sql<string | number>`sum(t.pathways)`.as("n")])
    .groupBy("t.status");
  if (branchCodes) query = query.where("t.branch_id", "in", branchIds(branchCodes));
  if (filter.branchCode) query = query.where("t.branch_id", "in", branchIds([filter.branchCode]));
  if (filter.qualificationCode)
    query = query.where(
      "t.qualification_id",
      "in",
      db
        .selectFrom("qualifications")
        .select("qualifications.id")
        .where("code", "=", filter.qualificationCode),
    );
  const rows = await query.execute();
  return Object.fromEntries(rows.filter((r) => Number(r.n) > 0).map((r) => [r.status, Number(r.n)]));
}

export function findPathwayRowInScope(db: Kysely<Database>, caller: Caller, id: number) {
  return inScope(pathwaysWithContext(db) as unknown as PathwayQuery, caller)
    .select(listColumns)
    .where("pathways.id", "=", id)
    .executeTakeFirst();
}
export type PathwayListRow = NonNullable<Awaited<ReturnType<typeof findPathwayRowInScope>>>;

export async function insertPathway(db: Kysely<Database>, row: Omit<PathwayRow, "id">) {
  const inserted = await db.insertInto("pathways").values(row).returningAll().executeTakeFirstOrThrow();
  await addPathwayTallies(db, [{ ...inserted, pathways: 1 }]);
  return inserted;
}

/**
 * Adds pathways to (or takes them from) the counts per branch × CQPI × status the lists read. Rows are
 * written in one order (branch, CQPI, status), so that two moves in opposite directions lock the same
 * counts in the same order on PostgreSQL and wait for each other instead of deadlocking.
 */
export async function addPathwayTallies(
  db: Kysely<Database>,
  given: readonly { branch_id: number; qualification_id: number; status: PathwayStatus; pathways: number }[],
) {
  const rows = [...given].sort(
    (a, b) =>
      a.branch_id - b.branch_id ||
      a.qualification_id - b.qualification_id ||
      (a.status < b.status ? -1 : a.status > b.status ? 1 : 0),
  );
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("pathway_status_tallies")
      .values(
        rows.slice(i, i + 500).map((r) => ({
          branch_id: r.branch_id,
          qualification_id: r.qualification_id,
          status: r.status,
          pathways: r.pathways,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(["branch_id", "qualification_id", "status"])
          .doUpdateSet({ pathways: sql`pathway_status_tallies.pathways + excluded.pathways` }),
      )
      .execute();
  }
}

/** Moves a pathway only if it is still in the status the decision was made from (no lost concurrent move). */
export async function moveStatus(
  db: Kysely<Database>,
  id: number,
  from: PathwayStatus,
  to: PathwayStatus,
  at: string,
): Promise<boolean> {
  const moved = await db
    .updateTable("pathways")
    .set({ status: to, status_changed_at: at, updated_at: at })
    .where("id", "=", id)
    .where("status", "=", from)
    .returning(["branch_id", "qualification_id"])
    .executeTakeFirst();
  if (!moved) return false;
  if (from !== to)
    await addPathwayTallies(db, [
      { ...moved, status: from, pathways: -1 },
      { ...moved, status: to, pathways: 1 },
    ]);
  return true;
}

/** The pathway's status as the given transaction sees it (undefined for an unknown id). */
export async function findPathwayStatus(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom("pathways").select("status").where("id", "=", id).executeTakeFirst();
  return row?.status;
}

export async function setEvaluator(db: Kysely<Database>, id: number, evaluatorUserId: number, at: string) {
  await db
    .updateTable("pathways")
    .set({ evaluator_user_id: evaluatorUserId, updated_at: at })
    .where("id", "=", id)
    .execute();
}

export async function insertTransition(db: Kysely<Database>, row: Insertable<PathwayTransitionTable>) {
  await db.insertInto("pathway_transitions").values(row).execute();
}

export function listTransitions(db: Kysely<Database>, pathwayId: number) {
  return db
    .selectFrom("pathway_transitions")
    .leftJoin("users", "users.id", "pathway_transitions.actor_user_id")
    .select([
      "pathway_transitions.event",
      "pathway_transitions.from_status",
      "pathway_transitions.to_status",
      "pathway_transitions.occurred_at",
      "users.display_name as actor_name",
    ])
    .where("pathway_id", "=", pathwayId)
    .orderBy("pathway_transitions.id")
    .execute();
}

export function listTrainingPlanRows(db: Kysely<Database>, pathwayId: number) {
  return db
    .selectFrom("training_plans")
    .selectAll()
    .where("pathway_id", "=", pathwayId)
    .orderBy("id")
    .execute();
}

export function insertTrainingPlan(db: Kysely<Database>, row: Omit<TrainingPlanRow, "id">) {
  return db.insertInto("training_plans").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Has this user been named the trainer of the candidate, on any of their pathways (independence rule)? */
export async function hasTrainedCandidate(
  db: Kysely<Database>,
  { candidateId, userId }: { candidateId: number; userId: number },
): Promise<boolean> {
  const row = await db
    .selectFrom("training_plans")
    .innerJoin("pathways", "pathways.id", "training_plans.pathway_id")
    .select("training_plans.id")
    .where("pathways.candidate_id", "=", candidateId)
    .where("training_plans.trainer_user_id", "=", userId)
    .executeTakeFirst();
  return !!row;
}

/** The candidate of a pathway (whose certificates awarded on it are theirs), unscoped. */
export async function findPathwayCandidateId(db: Kysely<Database>, pathwayId: number) {
  const row = await db
    .selectFrom("pathways")
    .select("candidate_id")
    .where("id", "=", pathwayId)
    .executeTakeFirst();
  return row?.candidate_id;
}

export async function insertCarriedCapacities(
  db: Kysely<Database>,
  rows: Insertable<PathwayCarriedCapacityTable>[],
) {
  if (rows.length > 0) await db.insertInto("pathway_carried_capacities").values(rows).execute();
}

export function listCarriedCapacityRows(db: Kysely<Database>, pathwayId: number) {
  return db
    .selectFrom("pathway_carried_capacities")
    .selectAll()
    .where("pathway_id", "=", pathwayId)
    .orderBy("capacity_code")
    .execute();
}
