import type { AppContext } from "../../server/context.ts";
import type { Page, PageQuery } from "../../server/pagination.ts";
import type { Actor } from "../accounts/roles.ts";
import { candidateScopeOf } from "./policy.ts";
import { listCandidateRows } from "./repository.ts";
import type { CandidateView } from "./schemas.ts";
import { toCandidateView } from "./views.ts";

/** The candidates the actor may see (see policy.ts), searched by birth, usage or first names. */
export async function listCandidates(
  ctx: AppContext,
  { actor, query }: { actor: Actor; query: PageQuery },
): Promise<Page<CandidateView>> {
  const page = await listCandidateRows(ctx.db, candidateScopeOf(actor), query);
  return { items: page.items.map(toCandidateView), total: page.total };
}
