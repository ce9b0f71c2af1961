import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findBranch } from "../catalogue/find-branch.ts";
import { notYourBranch } from "./errors.ts";
import { canManageSessionOf } from "./policy.ts";
import { insertSession } from "./repository.ts";
import type { CreateJurySessionInput } from "./schemas.ts";

/** Plans a jury session of a branch's CPNE; members and agenda come next. Returns its id. */
export async function createJurySession(
  ctx: AppContext,
  { caller, input }: { caller: ActingCaller; input: CreateJurySessionInput },
) {
  const branch = await findBranch(ctx, input.branchCode);
  if (!canManageSessionOf(caller, branch.code)) throw notYourBranch();
  const at = isoNow(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = {
      branch_id: branch.id,
      sitting_on: input.sittingOn,
      place: input.place ?? null,
      video_link: input.videoLink ?? null,
      status: "planned" as const,
      created_by_user_id: authorId(caller),
      created_at: at,
      updated_at: at,
      closed_at: null,
    };
    const id = await insertSession(trx, row);
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "jury_session.create",
      entityType: "jury_session",
      entityId: id,
      after: {
        branchCode: branch.code,
        sittingOn: row.sitting_on,
        place: row.place,
        videoLink: row.video_link,
      },
      occurredAt: at,
    });
    return id;
  });
}
