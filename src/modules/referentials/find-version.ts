import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { qualificationNotFound } from "../catalogue/errors.ts";
import { findQualification } from "../catalogue/find-catalogue-entry.ts";
import { revisionConflict, versionNotEditable, versionNotFound } from "./errors.ts";
import { canSeeDrafts } from "./policy.ts";
import { findVersionRow, loadTrees } from "./repository.ts";
import { toVersionView } from "./views.ts";

export async function findQualificationOrThrow(ctx: AppContext, code: string) {
  const qualification = await findQualification(ctx.db, code);
  if (!qualification) throw qualificationNotFound(code);
  return qualification;
}

/**
 * One version, without its tree. Drafts are work in progress: to callers who may not see them, a draft
 * does not exist. Use cases that already passed the authoring policy set `mayReadDrafts`.
 */
export async function findVersionHead(
  ctx: AppContext,
  key: { code: string; version: number; caller: Caller; mayReadDrafts?: boolean },
) {
  const qualification = await findQualificationOrThrow(ctx, key.code);
  const row = await findVersionRow(ctx.db, qualification.id, key.version);
  const isHidden = row?.status === "draft" && !key.mayReadDrafts && !canSeeDrafts(key.caller);
  if (!row || isHidden) throw versionNotFound(key.code, key.version);
  return { qualification, row };
}
export type VersionHead = Awaited<ReturnType<typeof findVersionHead>>;

/** The version found by `findVersionHead`, with its tree (blocs, capacities, criteria). */
export async function withTree(ctx: AppContext, head: VersionHead) {
  const [blocks] = await loadTrees(ctx.db, [{ versionId: head.row.id }]);
  return { ...head, view: toVersionView(head.row, head.qualification.code, blocks ?? []) };
}

/** One version with its tree, under the visibility rules of `findVersionHead`. */
export async function findVersion(
  ctx: AppContext,
  key: { code: string; version: number; caller: Caller; mayReadDrafts?: boolean },
) {
  return withTree(ctx, await findVersionHead(ctx, key));
}

/**
 * Why a conditional write on a draft changed nothing: it was saved since (REVISION_CONFLICT),
 * published (VERSION_NOT_EDITABLE) or deleted (VERSION_NOT_FOUND) by a request that came first.
 */
export async function lostRaceRefusal(
  db: Kysely<Database>,
  key: { code: string; version: number; qualificationId: number },
) {
  const current = await findVersionRow(db, key.qualificationId, key.version);
  if (!current) return versionNotFound(key.code, key.version);
  return current.status === "draft" ? revisionConflict(current.revision) : versionNotEditable();
}
