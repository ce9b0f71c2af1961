import { type FieldErrors, fieldError } from "../../server/errors.ts";
import type { Block, ReferentialContent, VersionStatus } from "./schemas.ts";

/** Pure rules of referentials: the version lifecycle, code uniqueness and what publication needs. */

export type VersionEvent = "publish" | "supersede";

/** The one transition table of a referential version (from → event → to). */
export const versionTransitions: Record<VersionStatus, Partial<Record<VersionEvent, VersionStatus>>> = {
  draft: { publish: "published" },
  published: { supersede: "superseded" },
  superseded: {},
};

export function nextStatus(from: VersionStatus, event: VersionEvent): VersionStatus | null {
  return versionTransitions[from][event] ?? null;
}

export const isEditable = (status: VersionStatus) => status === "draft";

/** Codes must be unique among siblings (blocs; capacities in the whole referential; criteria in a capacity). */
export function duplicateCodes(blocks: Block[], path = "blocks"): FieldErrors {
  const fields: FieldErrors = {};
  const seen = (codes: string[], at: (i: number) => string) => {
    const firsts = new Set<string>();
    codes.forEach((code, i) => {
      if (firsts.has(code)) fields[at(i)] = fieldError("DUPLICATE_CODE", `duplicate code ${code}`, { code });
      firsts.add(code);
    });
  };
  seen(
    blocks.map((b) => b.code),
    (i) => `${path}.${i}.code`,
  );
  const capacities = blocks.flatMap((b, bi) =>
    b.capacities.map((c, ci) => ({ code: c.code, at: `${path}.${bi}.capacities.${ci}.code` })),
  );
  seen(
    capacities.map((c) => c.code),
    (i) => capacities[i]!.at,
  );
  blocks.forEach((b, bi) => {
    b.capacities.forEach((c, ci) => {
      seen(
        c.criteria.map((k) => k.code),
        (ki) => `${path}.${bi}.capacities.${ci}.criteria.${ki}.code`,
      );
    });
  });
  return fields;
}

/** What is missing before a version can be published, keyed by the path of the item at fault. */
export function publicationProblems(content: ReferentialContent): FieldErrors {
  const fields: FieldErrors = {};
  if (content.blocks.length === 0) fields.blocks = fieldError("NO_BLOCK", "at least one bloc is needed");
  content.blocks.forEach((block, bi) => {
    if (block.capacities.length === 0)
      fields[`blocks.${bi}`] = fieldError("BLOCK_WITHOUT_CAPACITY", `bloc ${block.code} has no capacity`, {
        code: block.code,
      });
    block.capacities.forEach((capacity, ci) => {
      const needsCriterion = capacity.criteria.length === 0;
      const needsMethod = capacity.methods.length === 0;
      const [code, missing] =
        needsCriterion && needsMethod
          ? (["CAPACITY_NEEDS_CRITERION_AND_METHOD", "a criterion and an evaluation method"] as const)
          : needsCriterion
            ? (["CAPACITY_NEEDS_CRITERION", "a criterion"] as const)
            : (["CAPACITY_NEEDS_METHOD", "an evaluation method"] as const);
      if (needsCriterion || needsMethod)
        fields[`blocks.${bi}.capacities.${ci}`] = fieldError(
          code,
          `capacity ${capacity.code} needs ${missing}`,
          {
            code: capacity.code,
          },
        );
    });
  });
  if (content.passRule.kind === "weighted_marks") {
    const codes = new Set(content.blocks.map((b) => b.code));
    for (const code of Object.keys(content.passRule.blockThresholds)) {
      if (!codes.has(code))
        fields[`passRule.blockThresholds.${code}`] = fieldError("UNKNOWN_BLOCK", `no bloc ${code}`, { code });
    }
  }
  return { ...duplicateCodes(content.blocks), ...fields };
}
