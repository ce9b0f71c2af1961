import type { AppContext } from "../../server/context.ts";
import { platform, type UserCaller, userCaller } from "../accounts/caller.ts";
import { findAccountByEmail } from "../accounts/find-account.ts";
import { createCandidate } from "../candidates/create-candidate.ts";
import { createAccreditation } from "../pathways/accreditations.ts";
import { assignEvaluator } from "../pathways/assign-evaluator.ts";
import { findPathwayInScope, loadPathwayReferential } from "../pathways/find-pathway.ts";
import { recordTrainingPlan } from "../pathways/record-training-plan.ts";
import { registerPathway } from "../pathways/register-pathway.ts";
import type { PathwayEvent } from "../pathways/rules.ts";
import { transitionPathway } from "../pathways/transition-pathway.ts";
import { demoCandidates } from "./demo-candidates.ts";
import { addDays, on } from "./demo-days.ts";
import {
  DEMO_CANDIDATE_INDEX,
  type DemoPathway,
  demoAccreditations,
  demoExpiredAccreditation,
  demoPathways,
} from "./demo-pathways.ts";
import { Sitting } from "./demo-sitting.ts";

/**
 * Walks the demo pathways through the same use cases as the API, each step on its own day (so the
 * timelines and the audit log read like months of work). Booklets are written by the candidate side,
 * scores are given and closed by the accredited evaluator; the branch's steps are the platform's.
 */
export async function seedDemoPathways(ctx: AppContext, companyIds: Map<string, number>): Promise<void> {
  const evaluators = new Map<string, UserCaller>();
  for (const { evaluatorEmail, branchCode, qualificationCode } of demoAccreditations) {
    const evaluator = evaluators.get(evaluatorEmail) ?? (await evaluatorCaller(ctx, evaluatorEmail));
    evaluators.set(evaluatorEmail, evaluator);
    await createAccreditation(on(ctx, "2025-09-01"), {
      caller: platform,
      input: {
        evaluatorUserId: evaluator.userId,
        branchCode,
        qualificationCode,
        validFrom: "2025-09-01",
        validUntil: "2028-08-31",
      },
    });
  }
  const { evaluatorEmail, ...expired } = demoExpiredAccreditation;
  await createAccreditation(on(ctx, expired.validFrom), {
    caller: platform,
    input: { ...expired, evaluatorUserId: evaluators.get(evaluatorEmail)!.userId },
  });
  const candidateUser = await findAccountByEmail(ctx.db, "candidate@demo.example");
  for (const plan of demoPathways) {
    const accreditation = demoAccreditations.find(
      (a) => a.branchCode === plan.branchCode && a.qualificationCode === plan.qualificationCode,
    );
    if (!accreditation) throw new Error(`No demo evaluator for ${plan.branchCode} ${plan.qualificationCode}`);
    const companyId = plan.company ? companyIdOf(companyIds, plan.company) : null;
    const { hasPriorCertification, ...identity } = demoCandidates[plan.candidate]!;
    const candidate = await createCandidate(on(ctx, plan.registeredOn), {
      caller: platform,
      input: {
        ...identity,
        usageName: null,
        birthPostalCode: null,
        birthCountryCode: null,
        birthCountry: null,
        email: null,
        phone: null,
        employmentStatus: companyId ? "employee" : "job_seeker",
        companyId,
        hasPriorCertification,
        userId: plan.candidate === DEMO_CANDIDATE_INDEX ? (candidateUser?.id ?? null) : null,
      },
    });
    await walk(ctx, plan, {
      candidateId: candidate.id,
      evaluator: evaluators.get(accreditation.evaluatorEmail)!,
    });
  }
}

async function evaluatorCaller(ctx: AppContext, email: string): Promise<UserCaller> {
  const user = await findAccountByEmail(ctx.db, email);
  if (!user) throw new Error(`The demo account ${email} is missing`);
  return userCaller({
    userId: user.id,
    email,
    role: "evaluator",
    branchCodes: [],
    companyId: null,
    via: "session",
  });
}

function companyIdOf(companyIds: Map<string, number>, prefix: string): number {
  const entry = [...companyIds].find(([name]) => name.startsWith(prefix));
  if (!entry) throw new Error(`No demo company named ${prefix}`);
  return entry[1];
}

/** Takes one pathway from registration to its target status, stopping there. */
async function walk(
  ctx: AppContext,
  plan: DemoPathway,
  { candidateId, evaluator }: { candidateId: number; evaluator: UserCaller },
): Promise<void> {
  const day = (offset: number) => addDays(plan.registeredOn, offset);
  const pathwayId = await registerPathway(on(ctx, day(0)), {
    caller: platform,
    input: {
      candidateId,
      qualificationCode: plan.qualificationCode,
      branchCode: plan.branchCode,
      route: plan.route,
      registeredOn: plan.registeredOn,
    },
  });
  const move = (offset: number, event: PathwayEvent) =>
    transitionPathway(on(ctx, day(offset)), { caller: platform, pathwayId, event });
  // Half of the newly registered still wait for the branch to name their evaluator.
  if (plan.target === "registered" && plan.candidate % 2 === 0) return;
  await assignEvaluator(on(ctx, day(1)), { caller: platform, pathwayId, evaluatorUserId: evaluator.userId });
  if (plan.target === "registered") return;

  await move(7, "start_positioning");
  const gaps = plan.outcome === "gaps" ? await chooseGaps(ctx, pathwayId, plan.candidate) : new Set<string>();
  const sitting = new Sitting(ctx, { pathwayId, evaluator, gaps });
  const isDemoCandidate = plan.candidate === DEMO_CANDIDATE_INDEX;
  await sitting.booklet(day(10), { close: !isDemoCandidate });
  if (plan.target === "positioning") return void (await sitting.openObservation(day(15)));
  if (plan.target === "withdrawn") return void (await move(20, "withdraw"));

  await sitting.takeScored(["questioning", "observation", "interview"], [14, 15, 16].map(day));
  await move(18, "complete_positioning");
  if (plan.target === "positioned") return;
  if (plan.outcome === "at_level") return void (await move(25, "submit_to_jury"));

  await recordTrainingPlan(on(ctx, day(21)), {
    caller: platform,
    pathwayId,
    input: {
      organisation:
        "Formation en situation de travail avec un tuteur désigné, complétée de deux journées en organisme de formation.",
      plannedHours: 35 * gaps.size,
      startDate: day(28),
      endDate: day(70),
      trainerUserId: null,
      trainerName: "Tuteur de l'entreprise",
    },
  });
  await move(28, "start_training");
  if (plan.target === "in_training") return;
  if (plan.target === "archived") {
    await move(40, "withdraw");
    return void (await move(60, "archive"));
  }

  await move(75, "start_reassessment");
  const second = new Sitting(ctx, { pathwayId, evaluator, gaps: new Set() });
  if (plan.target === "reassessment") return void (await second.openObservation(day(78)));
  await second.takeScored(["questioning", "observation", "interview"], [78, 79, 80].map(day));
  await move(85, "submit_to_jury");
}

/**
 * The capacities the candidate does not master yet: those of one bloc (so that every kind of pass
 * rule finds the gap), among the capacities a scored method assesses.
 */
async function chooseGaps(ctx: AppContext, pathwayId: number, seed: number): Promise<Set<string>> {
  const referential = await loadPathwayReferential(ctx, await findPathwayInScope(ctx, platform, pathwayId));
  const blocks = referential.blocks
    .map((b) => b.capacities.filter((c) => c.methods.some((m) => m !== "booklet")).map((c) => c.code))
    .filter((codes) => codes.length > 0);
  return new Set(blocks[seed % blocks.length]);
}
