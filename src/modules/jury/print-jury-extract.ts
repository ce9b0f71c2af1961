import type { AppContext } from "../../server/context.ts";
import { type Caller, platform } from "../accounts/caller.ts";
import { findPathwayInScope } from "../pathways/find-pathway.ts";
import { findDecisionInForce } from "./decisions-repository.ts";
import { decisionNotFound, minutesNotReady } from "./errors.ts";
import { findSessionInScope } from "./find-session.ts";
import { describeSession } from "./get-jury-session.ts";
import { renderMinutesPdf } from "./minutes-pdf.ts";
import { toDecisionView } from "./views.ts";

/**
 * The extract of the minutes that concerns one candidate, for whoever sees their pathway (the
 * candidate, their employer, the branch's secretariat): the session and its members, the decision
 * on this candidate with the votes per college and the motivation, and the decision in force if a
 * correction or an appeal replaced it. Other candidates of the session appear nowhere in it.
 */
export async function printJuryExtract(
  ctx: AppContext,
  { caller, pathwayId }: { caller: Caller; pathwayId: number },
) {
  const pathway = await findPathwayInScope(ctx, caller, pathwayId);
  const inForce = await findDecisionInForce(ctx.db, pathway.id);
  if (!inForce) throw decisionNotFound();
  // The candidate does not see the session itself: it is read as the platform, then cut to them.
  const loaded = await findSessionInScope(ctx, platform, inForce.session_id);
  if (loaded.session.status !== "closed") throw minutesNotReady();
  const session = await describeSession(ctx, platform, loaded);
  const own = session.agenda.filter((item) => item.pathwayId === pathway.id);
  const pdf = await renderMinutesPdf(
    { ...session, agenda: own, agendaCount: own.length, decidedCount: own.length },
    { inForce: toDecisionView(inForce) },
  );
  return { pdf, sittingOn: session.sittingOn, branchCode: session.branchCode };
}
