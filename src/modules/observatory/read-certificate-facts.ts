import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { toSheetRows } from "./certificates-sheet.ts";
import { factsWhere, listCertificateFacts } from "./figures-repository.ts";
import { countedBranches } from "./policy.ts";
import type { ObservatoryFilters } from "./schemas.ts";

/** The counted certificates' facts for the spreadsheet exports, within the caller's branches. */
export async function readCertificateFacts(
  ctx: AppContext,
  input: { caller: Caller; query: ObservatoryFilters },
) {
  const where = factsWhere(input.query, countedBranches(input.caller));
  return toSheetRows(await listCertificateFacts(ctx.db, where));
}
