import type { UserRow } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import { extendSession, findSessionUser, findTokenUser, touchApiToken } from "./auth-repository.ts";
import { anonymous, type Caller, type UserCaller, userCaller } from "./caller.ts";
import { sessionExpiry, shouldExtendSession } from "./rules.ts";
import { hashSecret } from "./secrets.ts";

const TOKEN_TOUCH_INTERVAL_MS = 60_000;

/**
 * Finds who is calling: an API token (`Authorization: Bearer …`) or the session cookie. Without
 * credentials, or with expired, revoked or unknown ones, the caller is the anonymous visitor. A session
 * in use is extended (see shouldExtendSession), and the caller is told so to send the cookie again with
 * its new lifetime.
 */
export async function resolveCaller(
  ctx: AppContext,
  credentials: {
    bearerToken?: string | undefined;
    sessionToken?: string | undefined;
    /** Called when the session's expiry was pushed back, so that the cookie's lifetime follows it. */
    onSessionExtended?: (sessionToken: string) => void;
  },
): Promise<Caller> {
  const now = ctx.clock.now();
  if (credentials.bearerToken) {
    const user = await findTokenUser(ctx.db, hashSecret(credentials.bearerToken));
    if (!user) return anonymous;
    if (
      !user.last_used_at ||
      now.getTime() - new Date(user.last_used_at).getTime() > TOKEN_TOUCH_INTERVAL_MS
    ) {
      await touchApiToken(ctx.db, user.token_id, now.toISOString());
    }
    return toUserCaller(user, "token");
  }
  if (credentials.sessionToken) {
    const tokenHash = hashSecret(credentials.sessionToken);
    const user = await findSessionUser(ctx.db, tokenHash, now.toISOString());
    if (!user) return anonymous;
    if (shouldExtendSession(user.expires_at, now, ctx.config.sessionTtlMinutes)) {
      await extendSession(ctx.db, tokenHash, sessionExpiry(now, ctx.config.sessionTtlMinutes));
      credentials.onSessionExtended?.(credentials.sessionToken);
    }
    return toUserCaller(user, "session");
  }
  return anonymous;
}

function toUserCaller(
  user: Pick<UserRow, "id" | "email" | "role" | "company_id"> & { branchCodes: string[] },
  via: UserCaller["via"],
): UserCaller {
  return userCaller({
    userId: user.id,
    email: user.email,
    role: user.role,
    // Only a branch officer acts for branches; a link left on another role's account grants nothing.
    branchCodes: user.role === "branch_officer" ? user.branchCodes : [],
    companyId: user.company_id,
    via,
  });
}
