import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { deleteSession } from "./auth-repository.ts";
import type { Actor } from "./roles.ts";
import { hashSecret } from "./secrets.ts";

/** Ends the session behind the cookie, if any. */
export async function logOut(
  ctx: AppContext,
  { sessionToken, actor }: { sessionToken?: string | undefined; actor: Actor | null },
) {
  if (!sessionToken) return;
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, hashSecret(sessionToken));
    if (actor) {
      await recordAuditEvent(trx, {
        actorUserId: actor.userId,
        action: "user.logout",
        entityType: "user",
        entityId: actor.userId,
        occurredAt: ctx.clock.now().toISOString(),
      });
    }
  });
}
