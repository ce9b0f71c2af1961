import type { AppContext } from "../../server/context.ts";
import type { Caller, UserCaller } from "../accounts/caller.ts";
import { candidateNotFound } from "./errors.ts";
import { candidateScopeOf, candidateWriteScopeOf } from "./policy.ts";
import { findCandidateOfUser, findCandidateRow } from "./repository.ts";
import type { CandidateDetailView, CandidateView } from "./schemas.ts";
import { toCandidateView } from "./views.ts";

/**
 * One candidate, if the caller may see them (see policy.ts); otherwise CANDIDATE_NOT_FOUND, exactly as
 * if they did not exist, so that no one learns who is registered in another branch or company. Other
 * modules (pathways) call it to reach a candidate through the same scope.
 */
export async function findCandidateInScope(
  ctx: AppContext,
  caller: Caller,
  id: number,
): Promise<CandidateView> {
  const row = await findCandidateRow(ctx.db, candidateScopeOf(caller), id);
  if (!row) throw candidateNotFound();
  return toCandidateView(row);
}

/** One candidate the caller may see, with whether they may also correct the record (the write scope). */
export async function readCandidate(
  ctx: AppContext,
  caller: Caller,
  id: number,
): Promise<CandidateDetailView> {
  const view = await findCandidateInScope(ctx, caller, id);
  const editable = await findCandidateRow(ctx.db, candidateWriteScopeOf(caller), id);
  return { ...view, mayEdit: editable !== undefined };
}

/** The record of the candidate who is calling (their account linked to it), or CANDIDATE_NOT_FOUND. */
export async function findOwnCandidate(ctx: AppContext, caller: UserCaller): Promise<CandidateView> {
  const row = await findCandidateOfUser(ctx.db, caller.userId);
  if (!row) throw candidateNotFound();
  return toCandidateView(row);
}
