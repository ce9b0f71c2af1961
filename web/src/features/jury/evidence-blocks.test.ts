import { describe, expect, it } from "vitest";
import { buildAgendaItem, buildAssessmentView, buildGapAnalysis } from "../../test/factories.ts";
import { evidenceBlocks } from "./evidence-blocks.ts";

const capacityResult = (code: string) => ({ code, isAcquired: true, acquiredCriteria: 2, totalCriteria: 2 });

describe("evidenceBlocks", () => {
  it("titles the analysis's blocs and capacities from the agenda and the assessments, in the analysis's order", () => {
    const item = buildAgendaItem({
      blocks: [
        { code: "B1", title: "Conduire la production" },
        { code: "B2", title: "Maintenir" },
      ],
      evidence: {
        gapAnalysis: buildGapAnalysis({
          blocks: [
            { code: "B2", isAcquired: true, score: null, capacities: [capacityResult("C3")] },
            {
              code: "B1",
              isAcquired: true,
              score: null,
              capacities: [capacityResult("C1"), capacityResult("C2")],
            },
          ],
        }),
        assessments: [
          buildAssessmentView({
            capacities: [
              {
                blockCode: "B1",
                code: "C1",
                title: "Préparer",
                conditions: "",
                criteria: [{ code: "C1.1", indicator: "Vérifie" }],
              },
            ],
          }),
          buildAssessmentView({
            id: 8,
            capacities: [
              {
                blockCode: "B1",
                code: "C1",
                title: "Préparer",
                conditions: "",
                criteria: [
                  { code: "C1.1", indicator: "Vérifie" },
                  { code: "C1.2", indicator: "Règle" },
                ],
              },
            ],
          }),
        ],
        evaluators: [],
      },
    });
    expect(evidenceBlocks(item)).toEqual([
      { code: "B2", title: "Maintenir", capacities: [{ code: "C3", title: "C3", criteria: [] }] },
      {
        code: "B1",
        title: "Conduire la production",
        capacities: [
          {
            code: "C1",
            title: "Préparer",
            criteria: [
              { code: "C1.1", indicator: "Vérifie" },
              { code: "C1.2", indicator: "Règle" },
            ],
          },
          { code: "C2", title: "C2", criteria: [] },
        ],
      },
    ]);
  });
});
