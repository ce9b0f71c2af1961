import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { candidateDisplayName } from "../pathways/views.ts";
import { listDecisionRowsOfSession, listVoteRows } from "./decisions-repository.ts";
import { findSessionInScope, type LoadedSession } from "./find-session.ts";
import { gatherEvidence } from "./gather-evidence.ts";
import { listAgendaRows } from "./repository.ts";
import { checkQuorum, tallyVotes, votingMembers } from "./rules.ts";
import type { AgendaItemView, JurySessionDetail } from "./schemas.ts";
import { toDecisionView, toSessionSummary, toVoteView } from "./views.ts";

/**
 * A session as its page shows it: rules, members and attendance, quorum, and for each candidate on
 * the agenda the evidence pack, the votes so far with their tally, and the decision once taken.
 */
export async function getJurySession(
  ctx: AppContext,
  { caller, sessionId }: { caller: Caller; sessionId: number },
): Promise<JurySessionDetail> {
  return describeSession(ctx, caller, await findSessionInScope(ctx, caller, sessionId));
}

export async function describeSession(
  ctx: AppContext,
  caller: Caller,
  loaded: LoadedSession,
): Promise<JurySessionDetail> {
  const { session, rules, members, seat } = loaded;
  const [agendaRows, votes, decisions] = await Promise.all([
    listAgendaRows(ctx.db, session.id),
    listVoteRows(ctx.db, session.id),
    listDecisionRowsOfSession(ctx.db, session.id),
  ]);
  const base = votingMembers(members, rules).length;
  const agenda: AgendaItemView[] = [];
  for (const row of agendaRows) {
    const itemVotes = votes.filter((v) => v.pathway_id === row.pathway_id);
    // The deliberation's own decision: a later correction or upheld appeal leaves the closed session as it was.
    const decision = decisions.find(
      (d) => d.pathway_id === row.pathway_id && d.corrects_decision_id === null,
    );
    const evidence = await gatherEvidence(ctx, caller, row.pathway_id);
    agenda.push({
      pathwayId: row.pathway_id,
      candidate: { id: row.candidate_id, displayName: candidateDisplayName(row) },
      qualificationCode: row.qualification_code,
      qualificationTitle: row.qualification_title,
      blocks: evidence.referentialBlocks.map((b) => ({ code: b.code, title: b.title })),
      pathwayStatus: row.pathway_status,
      deliberation: row.status === "open" ? "open" : "closed",
      votes: itemVotes.map(toVoteView),
      tally: tallyVotes(itemVotes.map(toVoteView), base),
      decision: decision ? toDecisionView({ ...decision, sitting_on: session.sitting_on }) : null,
      evidence,
    });
  }
  const proxyFor =
    caller.kind === "user"
      ? members.find((m) => m.proxyUserId === caller.userId && m.presence === "represented")
      : undefined;
  return {
    ...toSessionSummary(
      session,
      {
        memberCount: members.length,
        agendaCount: agenda.length,
        decidedCount: agenda.filter((a) => a.deliberation === "closed").length,
      },
      loaded.presiding,
    ),
    rules: { branchCode: session.branch_code, ...rules },
    members: members.map((m) => ({
      userId: m.user_id,
      displayName: m.display_name,
      college: m.college,
      organisation: m.organisation,
      seat: m.seat,
      presence: m.presence,
      proxyUserId: m.proxy_user_id,
    })),
    quorum: checkQuorum(members, rules),
    agenda,
    viewer: {
      canManage: loaded.canManage,
      seat: seat?.seat ?? null,
      presence: seat?.presence ?? null,
      proxyFor: proxyFor && rules.majorityBase === "present_or_represented" ? proxyFor.userId : null,
    },
  };
}
