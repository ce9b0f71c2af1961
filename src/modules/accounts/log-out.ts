import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { deleteSession } from "./auth-repository.ts";
import type { Caller } from "./caller.ts";
import { hashSecret } from "./secrets.ts";

/** Ends the session behind the cookie, if any. */
export async function logOut(
  ctx: AppContext,
  { sessionToken, caller }: { sessionToken?: string | undefined; caller: Caller },
) {
  if (!sessionToken) return;
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, hashSecret(sessionToken));
    if (caller.kind === "user") {
      await recordAuditEvent(trx, {
        actorUserId: caller.userId,
        action: "user.logout",
        entityType: "user",
        entityId: caller.userId,
        occurredAt: ctx.clock.now().toISOString(),
      });
    }
  });
}
