import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { minutesNotReady } from "./errors.ts";
import { getJurySession } from "./get-jury-session.ts";
import { renderMinutesPdf } from "./minutes-pdf.ts";

/** The minutes of a closed session, for its secretariat and its members (MINUTES_NOT_READY before). */
export async function printMinutes(
  ctx: AppContext,
  { caller, sessionId }: { caller: Caller; sessionId: number },
) {
  const session = await getJurySession(ctx, { caller, sessionId });
  if (session.status !== "closed") throw minutesNotReady();
  return {
    pdf: await renderMinutesPdf(session),
    sittingOn: session.sittingOn,
    branchCode: session.branchCode,
  };
}
