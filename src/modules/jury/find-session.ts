import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { jurySessionNotFound, notThePresident, sessionLocked } from "./errors.ts";
import { canManageSessionOf, sessionScopeOf } from "./policy.ts";
import { readJuryRules } from "./read-jury-rules.ts";
import { findSessionRow, listMemberRows, type MemberRow, type SessionRow } from "./repository.ts";
import { type AttendingMember, type JuryRules, presidingCollege } from "./rules.ts";
import type { JuryCollege } from "./schemas.ts";

export interface LoadedSession {
  session: SessionRow;
  rules: JuryRules;
  presiding: JuryCollege;
  members: (MemberRow & AttendingMember)[];
  /** The caller's seat, if they sit in the session. */
  seat: MemberRow | undefined;
  canManage: boolean;
}

/** A session the caller may see, with its branch's rules and its members; any other is JURY_SESSION_NOT_FOUND. */
export async function findSessionInScope(
  ctx: AppContext,
  caller: Caller,
  id: number,
): Promise<LoadedSession> {
  const session = await findSessionRow(ctx.db, sessionScopeOf(caller), id);
  if (!session) throw jurySessionNotFound();
  const [rules, memberRows] = await Promise.all([
    readJuryRules(ctx, session.branch_id),
    listMemberRows(ctx.db, session.id),
  ]);
  const members = memberRows.map((m) => ({
    ...m,
    userId: m.user_id,
    proxyUserId: m.proxy_user_id,
  }));
  return {
    session,
    rules,
    presiding: presidingCollege(rules, session.sitting_on),
    members,
    seat: caller.kind === "user" ? memberRows.find((m) => m.user_id === caller.userId) : undefined,
    canManage: canManageSessionOf(caller, session.branch_code),
  };
}

/** The session's secretariat, or its president for what the president may do (attendance, closing). */
export function assertPresidesOrManages(loaded: LoadedSession) {
  if (!loaded.canManage && loaded.seat?.seat !== "president") throw notThePresident();
}

/** Closed and cancelled sessions are locked (the reason corrections are new decisions, never edits). */
export function assertNotLocked(loaded: LoadedSession) {
  const { status } = loaded.session;
  if (status === "closed" || status === "cancelled") throw sessionLocked(status);
}
