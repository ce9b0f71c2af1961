import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { PathwayDetail } from "../pathways/types.ts";
import type { AssessmentMethod } from "../referentials/types.ts";

export interface CapacityOption {
  code: string;
  title: string;
  /** Ticked at first: not acquired yet. */
  isSuggested: boolean;
  note: MessageKey | null;
}

/**
 * The capacities a new assessment may cover, as the server chooses them: those the referential
 * assesses by this method; in the second evaluation, the gaps only; for an interview, those not
 * validated yet. Those already acquired are offered but not ticked.
 */
export function capacitiesToAssess(
  pathway: Pick<PathwayDetail, "status" | "referential" | "acquiredCapacities" | "gaps">,
  method: AssessmentMethod,
): CapacityOption[] {
  const acquired = new Set(pathway.acquiredCapacities);
  const gaps = new Set(pathway.gaps.map((gap) => gap.capacityCode));
  const isSecondSitting = pathway.status === "reassessment";
  return pathway.referential.blocks.flatMap((block) =>
    block.capacities
      .filter(
        (capacity) =>
          capacity.methods.includes(method) &&
          (!isSecondSitting || gaps.has(capacity.code)) &&
          !(method === "interview" && acquired.has(capacity.code)),
      )
      .map((capacity) => {
        const isAcquired = acquired.has(capacity.code);
        return {
          code: capacity.code,
          title: capacity.title,
          isSuggested: !isAcquired,
          note: isAcquired
            ? "assessment.capacityAcquired"
            : gaps.has(capacity.code)
              ? "assessment.capacityGap"
              : null,
        };
      }),
  );
}
