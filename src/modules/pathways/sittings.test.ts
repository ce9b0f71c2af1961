import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBranch, buildPathway } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { closeAssessment } from "../assessments/close-assessment.ts";
import { createAssessment } from "../assessments/create-assessment.ts";
import { saveScores } from "../assessments/save-scores.ts";
import { recordTrainingPlan } from "./record-training-plan.ts";
import type { PathwayEvent } from "./rules.ts";
import { transitionPathway } from "./transition-pathway.ts";

let t: TestApp;
let branchCode: string;

beforeEach(async () => {
  t = await createTestApp();
  branchCode = (await buildBranch(t.ctx)).code;
});
afterEach(() => t.close());

describe("sittings", () => {
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { code?: string }) => error.code,
    );
  const moveAs = (pathwayId: number, event: PathwayEvent) =>
    transitionPathway(t.ctx, { caller: platform, pathwayId, event });

  /** Opens the observation of the current sitting, scores every criterion it covers, and closes it. */
  async function observe(pathwayId: number, score: "acquired" | "not_acquired") {
    const opened = await createAssessment(t.ctx, {
      caller: platform,
      pathwayId,
      input: { method: "observation", heldOn: "2026-03-02" },
    });
    const scores = opened.capacities.flatMap((c) =>
      c.criteria.map((criterion) => ({
        capacityCode: c.code,
        criterionCode: criterion.code,
        score,
        comment: "",
      })),
    );
    const saved = await saveScores(t.ctx, {
      caller: platform,
      assessmentId: opened.id,
      input: { revision: opened.revision, scores },
    });
    return closeAssessment(t.ctx, { caller: platform, assessmentId: saved.id });
  }

  it("cannot end positioning while an assessment is still open", async () => {
    const pathway = await buildPathway(t.ctx, { branchCode, status: "positioning" });
    await createAssessment(t.ctx, {
      caller: platform,
      pathwayId: pathway.id,
      input: { method: "observation", heldOn: "2026-03-02" },
    });
    expect(await refusalOf(moveAs(pathway.id, "complete_positioning"))).toBe("ASSESSMENT_STILL_OPEN");
  });

  it("asks for a new second evaluation after training resumes: an earlier one does not count twice", async () => {
    const pathway = await buildPathway(t.ctx, { branchCode, status: "reassessment", outcome: "gaps" });
    t.clock.advanceMinutes(1);
    await observe(pathway.id, "not_acquired");
    t.clock.advanceMinutes(1);
    await moveAs(pathway.id, "resume_training");
    t.clock.advanceMinutes(1);
    await moveAs(pathway.id, "start_reassessment");
    expect(await refusalOf(moveAs(pathway.id, "resume_training"))).toBe("NO_CLOSED_ASSESSMENT");
    expect(await refusalOf(moveAs(pathway.id, "submit_to_jury"))).toBe("NO_CLOSED_ASSESSMENT");
    t.clock.advanceMinutes(1);
    await observe(pathway.id, "acquired");
    expect(await moveAs(pathway.id, "submit_to_jury")).toBe("ready_for_jury");
  });

  it("refuses a training plan whose trainer is the pathway's evaluator (independence rule)", async () => {
    const pathway = await buildPathway(t.ctx, { branchCode, status: "positioned", outcome: "gaps" });
    const plan = {
      organisation: "Tutorat",
      plannedHours: 35,
      startDate: "2026-03-09",
      endDate: "2026-04-30",
      trainerUserId: pathway.evaluatorUserId,
      trainerName: "L'évaluateur",
    };
    const refusal = await refusalOf(
      recordTrainingPlan(t.ctx, { caller: platform, pathwayId: pathway.id, input: plan }),
    );
    expect(refusal).toBe("EVALUATOR_TRAINED_CANDIDATE");
    const accepted = await recordTrainingPlan(t.ctx, {
      caller: platform,
      pathwayId: pathway.id,
      input: { ...plan, trainerUserId: null, trainerName: "Tuteur" },
    });
    expect(accepted.capacityCodes).toEqual(["C1"]);
  });
});
