import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { wakeOutboxSender } from "../notifications/outbox-sender.ts";
import { applyAccountLink } from "./apply-account-link.ts";
import { emailTaken } from "./errors.ts";
import { findUserByEmail, insertUser, replaceUserBranches } from "./repository.ts";
import { normalizeEmail } from "./rules.ts";
import type { CreateUserInput } from "./schemas.ts";
import { resolveScopes } from "./scopes.ts";
import { generateSecret, hashPassword } from "./secrets.ts";
import { toUserView, type UserView } from "./views.ts";

/**
 * Creates an account with its role and scopes; the email must be unused. Without a password the
 * person is invited: a one-time link to choose theirs is e-mailed through the outbox (sent after the
 * commit), and until then no password opens the account.
 */
export async function createUser(
  ctx: AppContext,
  { actorUserId, input }: { actorUserId: number | null; input: CreateUserInput },
): Promise<UserView> {
  const scopes = { branchCodes: input.branchCodes ?? [], companyId: input.companyId ?? null };
  const branchIds = await resolveScopes(ctx.db, input.role, scopes);
  const email = normalizeEmail(input.email);
  if (await findUserByEmail(ctx.db, email)) throw emailTaken();
  // An invited account's hash is of a secret nobody ever sees: no password opens it before the link.
  const passwordHash = await hashPassword(input.password ?? generateSecret());
  const now = ctx.clock.now();
  const at = now.toISOString();
  try {
    const created = await ctx.db.transaction().execute(async (trx) => {
      const row = await insertUser(trx, {
        email,
        display_name: input.displayName,
        password_hash: passwordHash,
        role: input.role,
        company_id: scopes.companyId,
        is_active: 1,
        created_at: at,
        updated_at: at,
      });
      await replaceUserBranches(trx, row.id, branchIds);
      const view = toUserView(row, [...scopes.branchCodes].sort());
      await recordAuditEvent(trx, {
        actorUserId,
        action: "user.create",
        entityType: "user",
        entityId: row.id,
        after: view,
        occurredAt: at,
      });
      if (!input.password) {
        const user = { id: row.id, email, displayName: input.displayName };
        await applyAccountLink(trx, ctx.config, { user, purpose: "invitation", now });
      }
      return view;
    });
    if (!input.password) wakeOutboxSender(ctx);
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
