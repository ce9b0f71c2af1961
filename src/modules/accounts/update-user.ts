import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { endSessionsAndTokens } from "./api-tokens.ts";
import { deleteSessionsOfUser } from "./auth-repository.ts";
import { cannotDemoteSelf, userNotFound } from "./errors.ts";
import {
  branchCodesOfUsers,
  findUserById,
  replaceUserBranches,
  updateUser as updateUserRow,
} from "./repository.ts";
import type { UpdateUserInput } from "./schemas.ts";
import { resolveScopes } from "./scopes.ts";
import { hashPassword } from "./secrets.ts";
import { toUserView, type UserView } from "./views.ts";

/**
 * Changes a user's name, role, scopes, password or activity. Changing their password (a reset) or
 * deactivating them ends their sessions and revokes their API tokens; changing their role ends their
 * sessions. The change takes effect at once, and reactivating an account revives nothing.
 */
export async function updateUser(
  ctx: AppContext,
  { actorUserId, userId, input }: { actorUserId: number; userId: number; input: UpdateUserInput },
): Promise<UserView> {
  const row = await findUserById(ctx.db, userId);
  if (!row) throw userNotFound();
  const before = toUserView(row, (await branchCodesOfUsers(ctx.db, [userId])).get(userId) ?? []);
  if (userId === actorUserId && ((input.role && input.role !== "admin") || input.isActive === false)) {
    throw cannotDemoteSelf();
  }

  const role = input.role ?? before.role;
  const scopes = {
    branchCodes: input.branchCodes ?? (role === "branch_officer" ? before.branchCodes : []),
    companyId:
      input.companyId !== undefined ? input.companyId : role === "employer" ? before.companyId : null,
  };
  const branchIds = await resolveScopes(ctx.db, role, scopes);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const at = ctx.clock.now().toISOString();

  return ctx.db.transaction().execute(async (trx) => {
    const updated = await updateUserRow(trx, userId, {
      display_name: input.displayName ?? row.display_name,
      role,
      company_id: scopes.companyId,
      is_active: input.isActive === undefined ? row.is_active : Number(input.isActive),
      updated_at: at,
      ...(passwordHash ? { password_hash: passwordHash } : {}),
    });
    await replaceUserBranches(trx, userId, branchIds);
    // A new password or a deactivation shuts out whoever held the old access, tokens included.
    if (passwordHash || input.isActive === false)
      await endSessionsAndTokens(trx, { actorUserId, userId, at });
    else if (role !== before.role) await deleteSessionsOfUser(trx, userId);
    const after = toUserView(updated, [...scopes.branchCodes].sort());
    await recordAuditEvent(trx, {
      actorUserId,
      action: passwordHash ? "user.update_with_password" : "user.update",
      entityType: "user",
      entityId: userId,
      before,
      after,
      occurredAt: at,
    });
    return after;
  });
}
