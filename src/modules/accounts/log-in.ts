import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { clearLoginFailures, findLoginFailure, insertSession, saveLoginFailure } from "./auth-repository.ts";
import { invalidCredentials, loginTemporarilyLocked } from "./errors.ts";
import { purgeExpiredSessions } from "./purge-expired-sessions.ts";
import { branchCodesOfUsers, findUserByEmail, recordLogin } from "./repository.ts";
import { isLockedOut, normalizeEmail, recordFailure, sessionExpiry } from "./rules.ts";
import { generateSecret, hashSecret, verifyPassword } from "./secrets.ts";
import { toMe, toUserView } from "./views.ts";

export interface LogInOptions {
  email: string;
  password: string;
}

/**
 * Checks the password and opens a server-side session. Repeated failures lock the email for a while,
 * and every refusal looks the same whether or not the account exists.
 */
export async function logIn(ctx: AppContext, { email, password }: LogInOptions) {
  const now = ctx.clock.now();
  const normalizedEmail = normalizeEmail(email);
  const failure = await findLoginFailure(ctx.db, normalizedEmail);
  if (isLockedOut(failure, now)) throw loginTemporarilyLocked();

  const user = await findUserByEmail(ctx.db, normalizedEmail);
  const isValid = await verifyPassword(user?.is_active === 1 ? user.password_hash : undefined, password);
  if (!user || !isValid) {
    const next = recordFailure(failure, now, ctx.config.login);
    await saveLoginFailure(ctx.db, normalizedEmail, next);
    throw next.lockedUntil ? loginTemporarilyLocked() : invalidCredentials();
  }

  const sessionToken = generateSecret();
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await clearLoginFailures(trx, normalizedEmail);
    await purgeExpiredSessions(ctx, trx, { userId: user.id });
    await insertSession(trx, {
      tokenHash: hashSecret(sessionToken),
      userId: user.id,
      createdAt: at,
      expiresAt: sessionExpiry(now, ctx.config.sessionTtlMinutes),
    });
    await recordLogin(trx, user.id, at);
    await recordAuditEvent(trx, {
      actorUserId: user.id,
      action: "user.login",
      entityType: "user",
      entityId: user.id,
      occurredAt: at,
    });
  });
  const branchCodes = (await branchCodesOfUsers(ctx.db, [user.id])).get(user.id) ?? [];
  return { sessionToken, user: toMe(toUserView(user, branchCodes)) };
}
