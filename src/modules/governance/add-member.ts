import { type AppContext, isoToday } from "../../server/context.ts";
import { fieldError, validationFailedOn } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notYourBody } from "./errors.ts";
import { keepsRecordsOf } from "./policy.ts";
import { findBodyOrThrow } from "./read-bodies.ts";
import { insertMember } from "./repository.ts";
import type { AddMemberInput, MemberView } from "./schemas.ts";
import { toMemberView } from "./views.ts";

/** Adds a member to a body: a person of one college, for an organisation, over a mandate. */
export async function addMember(
  ctx: AppContext,
  key: { caller: ActingCaller; bodyId: number; input: AddMemberInput },
): Promise<MemberView> {
  const body = await findBodyOrThrow(ctx, key.bodyId);
  if (!keepsRecordsOf(key.caller, body)) throw notYourBody();
  const { input } = key;
  if (input.mandateEnd !== null && input.mandateEnd < input.mandateStart)
    throw validationFailedOn(
      "mandateEnd",
      fieldError("BEFORE_OTHER_DATE", "mandateEnd: before mandateStart", { other: "mandateStart" }),
    );
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertMember(trx, {
      body_id: body.id,
      full_name: input.fullName,
      college: input.college,
      organisation: input.organisation,
      mandate_start: input.mandateStart,
      mandate_end: input.mandateEnd,
      created_at: at,
    });
    const view = toMemberView(row, isoToday(ctx));
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "body.add_member",
      entityType: "body",
      entityId: body.id,
      after: view,
      occurredAt: at,
    });
    return view;
  });
}
