import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { findPathwayInScope, loadPathwayReferential } from "../pathways/find-pathway.ts";
import { agendaItemNotFound, deliberationClosed, quorumNotMet } from "./errors.ts";
import { assertNotLocked, type LoadedSession } from "./find-session.ts";
import { listAgendaRows } from "./repository.ts";
import { checkQuorum } from "./rules.ts";

/**
 * The open deliberation on one pathway of a sitting session, with the blocs a partial award may
 * name; refused when the session is locked, the quorum not met, or the deliberation closed.
 */
export async function findOpenDeliberation(ctx: AppContext, loaded: LoadedSession, pathwayId: number) {
  assertNotLocked(loaded);
  const quorum = checkQuorum(loaded.members, loaded.rules);
  if (!quorum.hasQuorum) throw quorumNotMet(quorum.missing);
  const [item] = await listAgendaRows(ctx.db, loaded.session.id, pathwayId);
  if (!item) throw agendaItemNotFound();
  if (item.status !== "open") throw deliberationClosed();
  const pathway = await findPathwayInScope(ctx, platform, pathwayId);
  const referential = await loadPathwayReferential(ctx, pathway);
  return { item, pathway, blockCodes: referential.blocks.map((b) => b.code) };
}
