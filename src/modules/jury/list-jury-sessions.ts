import type { AppContext } from "../../server/context.ts";
import type { UserCaller } from "../accounts/caller.ts";
import { sessionScopeOf } from "./policy.ts";
import { readJuryRules } from "./read-jury-rules.ts";
import { listSessionRows } from "./repository.ts";
import { presidingCollege } from "./rules.ts";
import type { JurySessionListQuery } from "./schemas.ts";
import { toSessionSummary } from "./views.ts";

/** The sessions the caller may see (their branches', or those they sit in), latest sitting first. */
export async function listJurySessions(
  ctx: AppContext,
  { caller, query }: { caller: UserCaller; query: JurySessionListQuery },
) {
  const page = await listSessionRows(ctx.db, sessionScopeOf(caller), query);
  const items = await Promise.all(
    page.items.map(async (row) =>
      toSessionSummary(
        row,
        {
          memberCount: Number(row.member_count ?? 0),
          agendaCount: Number(row.agenda_count ?? 0),
          decidedCount: Number(row.decided_count ?? 0),
        },
        presidingCollege(await readJuryRules(ctx, row.branch_id), row.sitting_on),
      ),
    ),
  );
  return { items, total: page.total };
}
