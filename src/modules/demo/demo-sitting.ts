import type { AppContext } from "../../server/context.ts";
import { AppError } from "../../server/errors.ts";
import { platform, type UserCaller } from "../accounts/caller.ts";
import { closeAssessment } from "../assessments/close-assessment.ts";
import { createAssessment } from "../assessments/create-assessment.ts";
import { saveEntries } from "../assessments/save-entries.ts";
import { saveJudgements } from "../assessments/save-judgements.ts";
import { saveScores } from "../assessments/save-scores.ts";
import type { AssessmentView } from "../assessments/schemas.ts";
import { submitBooklet } from "../assessments/submit-booklet.ts";
import type { AssessmentMethod } from "../referentials/schemas.ts";
import { on } from "./demo-days.ts";

/** The assessments of one sitting, scored as the plan says: the gaps fall short, the rest is acquired. */
export class Sitting {
  constructor(
    private readonly ctx: AppContext,
    private readonly pathway: { pathwayId: number; evaluator: UserCaller; gaps: ReadonlySet<string> },
  ) {}

  async booklet(heldOn: string, { close }: { close: boolean }) {
    const ctx = on(this.ctx, heldOn);
    let view = await createAssessment(ctx, {
      caller: platform,
      pathwayId: this.pathway.pathwayId,
      input: { method: "booklet", heldOn },
    });
    // An open booklet is half written: its first half of capacities described, the rest still to write.
    const written = close ? view.capacities : view.capacities.slice(0, Math.ceil(view.capacities.length / 2));
    view = await saveEntries(ctx, {
      caller: platform,
      assessmentId: view.id,
      input: {
        revision: view.revision,
        entries: written.map((c) => ({
          capacityCode: c.code,
          text: `Dans mon poste, je suis amené à : ${c.title.toLowerCase()}. Je décris les situations rencontrées, les consignes appliquées et les résultats obtenus.`,
        })),
      },
    });
    if (!close) return;
    view = await submitBooklet(ctx, {
      caller: platform,
      assessmentId: view.id,
      input: { revision: view.revision },
    });
    view = await saveJudgements(ctx, {
      caller: this.pathway.evaluator,
      assessmentId: view.id,
      input: {
        revision: view.revision,
        judgements: view.capacities.map((c) => ({
          capacityCode: c.code,
          judgement: this.pathway.gaps.has(c.code) ? "partially" : "acquired",
          comment: "",
        })),
      },
    });
    await closeAssessment(ctx, { caller: this.pathway.evaluator, assessmentId: view.id });
  }

  /** An observation under way: the evaluator has scored the first half of the grid. */
  async openObservation(heldOn: string) {
    const view = await this.open("observation", heldOn);
    if (!view) return;
    const half = view.capacities.slice(0, Math.max(1, Math.floor(view.capacities.length / 2)));
    await this.score(view, half);
  }

  async takeScored(methods: AssessmentMethod[], days: string[]) {
    for (const [i, method] of methods.entries()) {
      const view = await this.open(method, days[i]!);
      if (!view) continue;
      const scored = await this.score(view, view.capacities);
      await closeAssessment(on(this.ctx, days[i]!), {
        caller: this.pathway.evaluator,
        assessmentId: scored.id,
      });
    }
  }

  /** Opens an assessment on every capacity the method may cover now, or null when there is none. */
  private async open(method: AssessmentMethod, heldOn: string): Promise<AssessmentView | null> {
    try {
      return await createAssessment(on(this.ctx, heldOn), {
        caller: this.pathway.evaluator,
        pathwayId: this.pathway.pathwayId,
        input: { method, heldOn },
      });
    } catch (error) {
      if (error instanceof AppError && error.fields?.capacityCodes?.code === "NO_CAPACITY_TO_ASSESS")
        return null;
      throw error;
    }
  }

  private async score(view: AssessmentView, capacities: AssessmentView["capacities"]) {
    const ctx = on(this.ctx, view.heldOn);
    const scores = capacities.flatMap((c) =>
      c.criteria.map((criterion, i) => {
        const isGap = this.pathway.gaps.has(c.code);
        return {
          capacityCode: c.code,
          criterionCode: criterion.code,
          score: isGap ? (i === 0 ? "partially" : "not_acquired") : ("acquired" as const),
          comment: isGap ? "À consolider en formation : l'attendu n'est pas encore atteint seul." : "",
        } as const;
      }),
    );
    const saved = await saveScores(ctx, {
      caller: this.pathway.evaluator,
      assessmentId: view.id,
      input: { revision: view.revision, scores },
    });
    if (view.method === "booklet" || view.method === "observation") return saved;
    return saveEntries(ctx, {
      caller: this.pathway.evaluator,
      assessmentId: saved.id,
      input: {
        revision: saved.revision,
        entries: capacities.map((c) => ({
          capacityCode: c.code,
          text:
            view.method === "questioning"
              ? `Questions sur « ${c.title} » : méthode suivie, points de contrôle, conduite en cas d'écart.`
              : `Entretien sur « ${c.title} » : le candidat explique ses choix à partir d'une situation vécue.`,
        })),
      },
    });
  }
}
