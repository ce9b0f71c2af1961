import type { FieldErrors } from "../../server/errors.ts";
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
      if (firsts.has(code)) fields[at(i)] = `duplicate code ${code}`;
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
  if (content.blocks.length === 0) fields.blocks = "at least one bloc is needed";
  content.blocks.forEach((block, bi) => {
    if (block.capacities.length === 0) fields[`blocks.${bi}`] = `bloc ${block.code} has no capacity`;
    block.capacities.forEach((capacity, ci) => {
      const missing = [
        capacity.criteria.length === 0 && "a criterion",
        capacity.methods.length === 0 && "an evaluation method",
      ].filter(Boolean);
      if (missing.length > 0)
        fields[`blocks.${bi}.capacities.${ci}`] = `capacity ${capacity.code} needs ${missing.join(" and ")}`;
    });
  });
  if (content.passRule.kind === "weighted_marks") {
    const codes = new Set(content.blocks.map((b) => b.code));
    for (const code of Object.keys(content.passRule.blockThresholds)) {
      if (!codes.has(code)) fields[`passRule.blockThresholds.${code}`] = `no bloc ${code}`;
    }
  }
  return { ...duplicateCodes(content.blocks), ...fields };
}
