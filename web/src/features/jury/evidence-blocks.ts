import type { BilanSourceBlock } from "../pathways/bilan.ts";
import type { AgendaItemView } from "./types.ts";

/**
 * The referential's wording for the bilan of a candidate on the agenda: blocs and capacities in the
 * order the gap analysis gives them, titled by the agenda's blocs and the closed assessments'
 * capacities (which carry their criteria). A capacity no assessment covered keeps its code as title
 * and lists no criteria.
 */
export function evidenceBlocks(item: Pick<AgendaItemView, "blocks" | "evidence">): BilanSourceBlock[] {
  const capacities = new Map<string, BilanSourceBlock["capacities"][number]>();
  for (const assessment of item.evidence.assessments) {
    for (const capacity of assessment.capacities) {
      const known = capacities.get(capacity.code);
      if (!known) {
        capacities.set(capacity.code, {
          code: capacity.code,
          title: capacity.title,
          criteria: [...capacity.criteria],
        });
        continue;
      }
      for (const criterion of capacity.criteria)
        if (!known.criteria.some((existing) => existing.code === criterion.code))
          known.criteria.push(criterion);
    }
  }
  return item.evidence.gapAnalysis.blocks.map((block) => ({
    code: block.code,
    title: item.blocks.find((candidate) => candidate.code === block.code)?.title ?? block.code,
    capacities: block.capacities.map(
      (capacity) =>
        capacities.get(capacity.code) ?? { code: capacity.code, title: capacity.code, criteria: [] },
    ),
  }));
}
