import { type Kysely, sql } from "kysely";
import type { Database, JuryMemberRow } from "../../db/schema.ts";
import { paginate } from "../../server/pagination.ts";
import type { SessionScope } from "./policy.ts";
import type { JurySessionStatus } from "./schemas.ts";

/** SQL for jury rules, sessions, members and agendas (votes, decisions and appeals: decisions-repository.ts). */

export function findRulesRow(db: Kysely<Database>, branchId: number) {
  return db.selectFrom("jury_rules").selectAll().where("branch_id", "=", branchId).executeTakeFirst();
}

export async function saveRulesRow(db: Kysely<Database>, row: Database["jury_rules"]) {
  const { branch_id, ...changes } = row;
  await db
    .insertInto("jury_rules")
    .values(row)
    .onConflict((oc) => oc.column("branch_id").doUpdateSet(changes))
    .execute();
}

const sessionColumns = [
  "jury_sessions.id",
  "jury_sessions.branch_id",
  "jury_sessions.sitting_on",
  "jury_sessions.place",
  "jury_sessions.video_link",
  "jury_sessions.status",
  "jury_sessions.created_at",
  "jury_sessions.updated_at",
  "jury_sessions.closed_at",
  "branches.code as branch_code",
  "branches.name as branch_name",
] as const;

/** Sessions with their branch, restricted to the caller's scope (see policy.ts). */
function sessionsInScope(db: Kysely<Database>, scope: SessionScope) {
  const query = db
    .selectFrom("jury_sessions")
    .innerJoin("branches", "branches.id", "jury_sessions.branch_id");
  switch (scope.kind) {
    case "all":
      return query;
    case "branches":
      return scope.branchCodes.length
        ? query.where("branches.code", "in", scope.branchCodes)
        : query.where(sql<boolean>`1 = 0`);
    case "member":
      return query.where((eb) =>
        eb.exists(
          eb
            .selectFrom("jury_members")
            .select("jury_members.user_id")
            .whereRef("jury_members.session_id", "=", "jury_sessions.id")
            .where("jury_members.user_id", "=", scope.userId),
        ),
      );
    case "none":
      return query.where(sql<boolean>`1 = 0`);
  }
}

export function findSessionRow(db: Kysely<Database>, scope: SessionScope, id: number) {
  return sessionsInScope(db, scope)
    .select(sessionColumns)
    .where("jury_sessions.id", "=", id)
    .executeTakeFirst();
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessionRow>>>;

export interface SessionFilter {
  branchCode?: string | undefined;
  status?: JurySessionStatus | undefined;
  limit: number;
  offset: number;
}

/** One page of sessions, with how many members, agenda items and decided items each has. */
export function listSessionRows(db: Kysely<Database>, scope: SessionScope, filter: SessionFilter) {
  let query = sessionsInScope(db, scope)
    .select(sessionColumns)
    .select((eb) => [
      eb
        .selectFrom("jury_members")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("jury_members.session_id", "=", "jury_sessions.id")
        .as("member_count"),
      eb
        .selectFrom("jury_agenda_items")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("jury_agenda_items.session_id", "=", "jury_sessions.id")
        .where("jury_agenda_items.status", "!=", "released")
        .as("agenda_count"),
      eb
        .selectFrom("jury_agenda_items")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("jury_agenda_items.session_id", "=", "jury_sessions.id")
        .where("jury_agenda_items.status", "=", "closed")
        .as("decided_count"),
    ]);
  if (filter.branchCode) query = query.where("branches.code", "=", filter.branchCode);
  if (filter.status) query = query.where("jury_sessions.status", "=", filter.status);
  return paginate(query, filter, (q) =>
    q.orderBy("jury_sessions.sitting_on", "desc").orderBy("jury_sessions.id", "desc"),
  );
}

export async function insertSession(db: Kysely<Database>, row: Omit<Database["jury_sessions"], "id">) {
  const { id } = await db.insertInto("jury_sessions").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

/**
 * Changes a session only if it is still in one of the statuses it was read in (and bumps
 * updated_at); false when someone else moved it first.
 */
export async function updateSessionIf(
  db: Kysely<Database>,
  id: number,
  fromStatuses: readonly JurySessionStatus[],
  changes: Partial<Omit<Database["jury_sessions"], "id">> & { updated_at: string },
) {
  const result = await db
    .updateTable("jury_sessions")
    .set(changes)
    .where("id", "=", id)
    .where("status", "in", fromStatuses)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listMemberRows(db: Kysely<Database>, sessionId: number) {
  return db
    .selectFrom("jury_members")
    .innerJoin("users", "users.id", "jury_members.user_id")
    .selectAll("jury_members")
    .select(["users.display_name", "users.email"])
    .where("jury_members.session_id", "=", sessionId)
    .orderBy(sql`case jury_members.seat when 'president' then 0 when 'vice_president' then 1 else 2 end`)
    .orderBy("users.display_name")
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof listMemberRows>>[number];

export async function replaceMembers(db: Kysely<Database>, sessionId: number, rows: JuryMemberRow[]) {
  await db.deleteFrom("jury_members").where("session_id", "=", sessionId).execute();
  if (rows.length) await db.insertInto("jury_members").values(rows).execute();
}

export async function saveAttendance(
  db: Kysely<Database>,
  sessionId: number,
  rows: Pick<JuryMemberRow, "user_id" | "presence" | "proxy_user_id">[],
) {
  for (const row of rows) {
    await db
      .updateTable("jury_members")
      .set({ presence: row.presence, proxy_user_id: row.proxy_user_id })
      .where("session_id", "=", sessionId)
      .where("user_id", "=", row.user_id)
      .execute();
  }
}

/** The agenda with each candidate and CQPI, in the order pathways were put on it. */
export function listAgendaRows(db: Kysely<Database>, sessionId: number, pathwayId?: number) {
  return db
    .selectFrom("jury_agenda_items")
    .innerJoin("pathways", "pathways.id", "jury_agenda_items.pathway_id")
    .innerJoin("candidates", "candidates.id", "pathways.candidate_id")
    .innerJoin("qualifications", "qualifications.id", "pathways.qualification_id")
    .select([
      "jury_agenda_items.pathway_id",
      "jury_agenda_items.status",
      "pathways.status as pathway_status",
      "pathways.candidate_id",
      "candidates.birth_name",
      "candidates.usage_name",
      "candidates.first_names_json",
      "qualifications.code as qualification_code",
      "qualifications.title as qualification_title",
    ])
    .where("jury_agenda_items.session_id", "=", sessionId)
    .where("jury_agenda_items.status", "!=", "released")
    .$if(pathwayId !== undefined, (q) => q.where("jury_agenda_items.pathway_id", "=", pathwayId!))
    .orderBy("jury_agenda_items.id")
    .execute();
}
export type AgendaRow = Awaited<ReturnType<typeof listAgendaRows>>[number];

export async function insertAgendaItems(
  db: Kysely<Database>,
  sessionId: number,
  pathwayIds: number[],
  at: string,
) {
  await db
    .insertInto("jury_agenda_items")
    .values(
      pathwayIds.map((pathway_id) => ({ session_id: sessionId, pathway_id, status: "open", added_at: at })),
    )
    .execute();
}

/**
 * Takes the row lock of an open deliberation for the transaction (a no-op update), so that a vote
 * and the closing of that deliberation are serialised; false when it is no longer open.
 */
export async function lockOpenAgendaItem(db: Kysely<Database>, sessionId: number, pathwayId: number) {
  const result = await db
    .updateTable("jury_agenda_items")
    .set({ status: "open" })
    .where("session_id", "=", sessionId)
    .where("pathway_id", "=", pathwayId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Closes one deliberation if still open; false when someone closed it first. */
export async function closeAgendaItem(
  db: Kysely<Database>,
  sessionId: number,
  pathwayId: number,
  at: string,
) {
  const result = await db
    .updateTable("jury_agenda_items")
    .set({ status: "closed", closed_at: at })
    .where("session_id", "=", sessionId)
    .where("pathway_id", "=", pathwayId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Frees every open item of a cancelled session for a later agenda; returns the pathways freed. */
export async function releaseAgenda(db: Kysely<Database>, sessionId: number, at: string) {
  const rows = await db
    .updateTable("jury_agenda_items")
    .set({ status: "released", closed_at: at })
    .where("session_id", "=", sessionId)
    .where("status", "=", "open")
    .returning("pathway_id")
    .execute();
  return rows.map((r) => r.pathway_id);
}

/** Of these pathways, those already on an open agenda item (of any session). */
export async function pathwaysOnOpenAgendas(db: Kysely<Database>, pathwayIds: number[]) {
  const rows = await db
    .selectFrom("jury_agenda_items")
    .select("pathway_id")
    .where("pathway_id", "in", pathwayIds)
    .where("status", "=", "open")
    .execute();
  return new Set(rows.map((r) => r.pathway_id));
}

/** The branch and status of each pathway asked for, to check they may go on a session's agenda. */
export function pathwaysForAgenda(db: Kysely<Database>, pathwayIds: number[]) {
  return db
    .selectFrom("pathways")
    .select(["pathways.id", "pathways.branch_id", "pathways.status"])
    .where("pathways.id", "in", pathwayIds)
    .execute();
}
