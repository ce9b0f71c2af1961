import type { AppContext } from "../../server/context.ts";
import { listActiveAccounts } from "./repository.ts";
import type { Role } from "./roles.ts";

/**
 * Who to notify: the active accounts of a role, of one company (an employer's HR) or of one branch
 * (its secretariat). For the platform's own messages (the outbox), never shown to callers.
 */
export async function listRecipients(
  ctx: AppContext,
  filter: { role: Role; companyId?: number | undefined; branchCode?: string | undefined },
): Promise<{ email: string; displayName: string }[]> {
  const rows = await listActiveAccounts(ctx.db, filter);
  return rows.map((r) => ({ email: r.email, displayName: r.display_name }));
}
