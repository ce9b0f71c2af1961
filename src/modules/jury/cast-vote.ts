import { isUniqueViolation } from "../../db/dialect.ts";
import { type AppContext, isoNow } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { insertVote } from "./decisions-repository.ts";
import { alreadyVoted, ballotRefused, deliberationClosed, noSuchProxy, notAPresentMember } from "./errors.ts";
import { findOpenDeliberation } from "./find-deliberation.ts";
import { findSessionInScope } from "./find-session.ts";
import { lockOpenAgendaItem } from "./repository.ts";
import { checkBallot } from "./rules.ts";
import type { VoteInput } from "./schemas.ts";

/**
 * A present member's vote on one candidate (or, with `onBehalfOf`, the vote of the member whose
 * proxy they hold, when the branch counts proxies). One vote per member and candidate: the unique
 * index settles two concurrent attempts; concurrent votes of different members are all counted.
 */
export async function castVote(
  ctx: AppContext,
  {
    caller,
    sessionId,
    pathwayId,
    input,
  }: { caller: UserCaller; sessionId: number; pathwayId: number; input: VoteInput },
) {
  const loaded = await findSessionInScope(ctx, caller, sessionId);
  const member = loaded.members.find((m) => m.userId === caller.userId);
  if (member?.presence !== "present") throw notAPresentMember();
  const voter =
    input.onBehalfOf === undefined ? member : loaded.members.find((m) => m.userId === input.onBehalfOf);
  if (
    voter !== member &&
    (voter?.presence !== "represented" ||
      voter.proxyUserId !== member.userId ||
      loaded.rules.majorityBase !== "present_or_represented")
  ) {
    throw noSuchProxy();
  }
  const { blockCodes } = await findOpenDeliberation(ctx, loaded, pathwayId);
  const ballot = {
    decision: input.decision,
    blockCodes: input.blockCodes ?? [],
    motivation: input.motivation ?? null,
  };
  const refusal = checkBallot(ballot, blockCodes);
  if (refusal) throw ballotRefused(refusal);

  const at = isoNow(ctx);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      if (!(await lockOpenAgendaItem(trx, sessionId, pathwayId))) throw deliberationClosed();
      await insertVote(trx, {
        session_id: sessionId,
        pathway_id: pathwayId,
        member_user_id: voter!.userId,
        cast_by_user_id: member.userId,
        college: voter!.college,
        decision: ballot.decision,
        block_codes_json: JSON.stringify(ballot.blockCodes),
        motivation: ballot.motivation,
        cast_at: at,
      });
      await recordAuditEvent(trx, {
        actorUserId: caller.userId,
        action: "jury.vote",
        entityType: "jury_session",
        entityId: sessionId,
        after: { pathwayId, memberUserId: voter!.userId, ...ballot },
        occurredAt: at,
      });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw alreadyVoted();
      throw error;
    });
}
