import { type AppContext, isoToday } from "../../server/context.ts";
import { platform, type UserCaller, userCaller } from "../accounts/caller.ts";
import { findAccountByEmail } from "../accounts/find-account.ts";
import { addToAgenda } from "../jury/add-to-agenda.ts";
import { castVote } from "../jury/cast-vote.ts";
import { closeDeliberation } from "../jury/close-deliberation.ts";
import { closeJurySession } from "../jury/close-jury-session.ts";
import { createJurySession } from "../jury/create-jury-session.ts";
import { recordAttendance } from "../jury/record-attendance.ts";
import { defaultJuryRules, presidingCollege } from "../jury/rules.ts";
import type { JuryDecisionKind, VoteInput } from "../jury/schemas.ts";
import { setJuryMembers } from "../jury/set-jury-members.ts";
import { findPathwayInScope, loadPathwayReferential } from "../pathways/find-pathway.ts";
import { listPathways } from "../pathways/read-pathways.ts";
import { on } from "./demo-days.ts";

/**
 * Demo juries, through the same use cases as the API: closed sessions with minutes in several
 * branches (awards full and partial, a refusal, a deferral by a tie), and a UIMM session sitting
 * today with the two demo jury members present and candidates on its agenda, so that
 * jury.employer@demo.example can vote at once.
 */
const closedSessions: {
  branchCode: string;
  sittingOn: string;
  votes: [JuryDecisionKind, JuryDecisionKind][];
}[] = [
  {
    branchCode: "LEEM",
    sittingOn: "2026-10-06",
    votes: [
      ["award", "award"],
      ["partial_award", "partial_award"],
    ],
  },
  { branchCode: "ALLIANCE7", sittingOn: "2026-10-13", votes: [["refusal", "refusal"]] },
  { branchCode: "FCD", sittingOn: "2026-10-20", votes: [["award", "refusal"]] },
  { branchCode: "UCV", sittingOn: "2026-10-27", votes: [["award", "award"]] },
];

export async function seedDemoJury(ctx: AppContext): Promise<void> {
  const employer = await juryCaller(ctx, "jury.employer@demo.example");
  const employee = await juryCaller(ctx, "jury.employee@demo.example");
  for (const plan of closedSessions) {
    const day = on(ctx, plan.sittingOn);
    const pathwayIds = await readyPathways(ctx, plan.branchCode, plan.votes.length);
    const { sessionId, president } = await sitSession(
      day,
      plan.branchCode,
      plan.sittingOn,
      pathwayIds,
      employer,
      employee,
    );
    for (const [index, pathwayId] of pathwayIds.entries()) {
      const blocks = await blockCodes(ctx, pathwayId);
      const [a, b] = plan.votes[index]!;
      await castVote(day, { caller: employer, sessionId, pathwayId, input: ballot(a, blocks) });
      await castVote(day, { caller: employee, sessionId, pathwayId, input: ballot(b, blocks) });
      await closeDeliberation(day, { caller: president, sessionId, pathwayId });
    }
    await closeJurySession(day, { caller: president, sessionId });
  }
  const today = isoToday(ctx);
  await sitSession(ctx, "UIMM", today, await readyPathways(ctx, "UIMM", 2), employer, employee);
}

function ballot(decision: JuryDecisionKind, blocks: string[]): VoteInput {
  if (decision === "award") return { decision };
  if (decision === "partial_award") {
    return { decision, blockCodes: blocks.slice(0, 1), motivation: "Les autres blocs restent à acquérir." };
  }
  return { decision, motivation: "Les capacités du dossier ne sont pas démontrées en situation de travail." };
}

async function sitSession(
  ctx: AppContext,
  branchCode: string,
  sittingOn: string,
  pathwayIds: number[],
  employer: UserCaller,
  employee: UserCaller,
) {
  const input = { branchCode, sittingOn, place: `Siège de la CPNE ${branchCode}, Paris` };
  const sessionId = await createJurySession(ctx, { caller: platform, input });
  const presides = presidingCollege(defaultJuryRules, sittingOn);
  const [president, vice] = presides === "employer" ? [employer, employee] : [employee, employer];
  const seat = (caller: UserCaller): "president" | "vice_president" =>
    caller === president ? "president" : "vice_president";
  const members = [
    {
      userId: employer.userId,
      college: "employer" as const,
      organisation: `Fédération patronale ${branchCode}`,
      seat: seat(employer),
    },
    {
      userId: employee.userId,
      college: "employee" as const,
      organisation: "Union syndicale (démo)",
      seat: seat(employee),
    },
  ];
  await setJuryMembers(ctx, { caller: platform, sessionId, input: { members } });
  await addToAgenda(ctx, { caller: platform, sessionId, pathwayIds });
  const attendance = members.map((m) => ({ userId: m.userId, presence: "present" as const }));
  await recordAttendance(ctx, { caller: president, sessionId, input: { attendance } });
  return { sessionId, president, vice };
}

async function readyPathways(ctx: AppContext, branchCode: string, count: number) {
  const query = { status: "ready_for_jury" as const, branchCode, limit: count, offset: 0 };
  const { items } = await listPathways(ctx, { caller: platform, query });
  if (items.length < count)
    throw new Error(`The demo has ${items.length} pathways ready for the ${branchCode} jury`);
  return items.map((p) => p.id).sort((a, b) => a - b);
}

async function blockCodes(ctx: AppContext, pathwayId: number) {
  const pathway = await findPathwayInScope(ctx, platform, pathwayId);
  return (await loadPathwayReferential(ctx, pathway)).blocks.map((b) => b.code);
}

async function juryCaller(ctx: AppContext, email: string): Promise<UserCaller> {
  const user = await findAccountByEmail(ctx.db, email);
  if (!user) throw new Error(`No demo account ${email}`);
  return userCaller({
    userId: user.id,
    email,
    role: "jury_member",
    branchCodes: [],
    companyId: null,
    via: "session",
  });
}
