import type { AppContext } from "../../server/context.ts";
import type { Page, PageQuery } from "../../server/pagination.ts";
import type { Caller } from "../accounts/caller.ts";
import { candidateScopeOf } from "./policy.ts";
import { listCandidateRows } from "./repository.ts";
import type { CandidateView } from "./schemas.ts";
import { toCandidateView } from "./views.ts";

/** The candidates the caller may see (see policy.ts), searched by birth, usage or first names. */
export async function listCandidates(
  ctx: AppContext,
  { caller, query }: { caller: Caller; query: PageQuery },
): Promise<Page<CandidateView>> {
  const page = await listCandidateRows(ctx.db, candidateScopeOf(caller), query);
  return { items: page.items.map(toCandidateView), total: page.total };
}
