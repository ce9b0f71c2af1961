import { type FieldError, type FieldErrors, fieldError } from "../../server/errors.ts";
import { criterionKey } from "../pathways/gap-analysis.ts";
import { currentSitting, type PathwayStatus } from "../pathways/rules.ts";
import type { AssessmentMethod, Block, Capacity } from "../referentials/schemas.ts";

/** An assessment is open while it is filled in; closed, its scores count in the gap analysis. */
export const assessmentStatuses = ["open", "closed"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

/**
 * The four evaluation methods of the PMQ (BRIEF §3.5). The booklet (livret d'activité) is the
 * candidate's description of their activities: it is read, not scored. The three others score criteria.
 */
export const isScoredMethod = (method: AssessmentMethod) => method !== "booklet";

/** Free-text entries per capacity: the booklet, the questions and answers, the interview notes. */
export const hasEntries = (method: AssessmentMethod) => method !== "observation";

/** The sitting an assessment taken now belongs to, or null when the pathway is in no sitting. */
export function openSitting(status: PathwayStatus): 1 | 2 | null {
  return status === "positioning" || status === "reassessment" ? currentSitting(status) : null;
}

export interface CapacityChoice {
  blocks: Block[];
  method: AssessmentMethod;
  sitting: 1 | 2;
  /** The capacities asked for; absent means "every one this method may cover now". */
  requested: string[] | undefined;
  /** Capacity codes the gap analysis lists as gaps. */
  gaps: ReadonlySet<string>;
  /** Capacity codes the gap analysis finds acquired. */
  validated: ReadonlySet<string>;
  /** Capacity codes carried over from a certificate: never assessed again. */
  carriedOver: ReadonlySet<string>;
}

/**
 * The capacities an assessment covers. The evaluation referential says which methods assess each
 * capacity; the second sitting covers only the gaps; the interview is offered only on capacities not
 * yet validated; a capacity carried over from a certificate is not assessed at all. A request that breaks one of these is refused whole, naming each capacity at fault.
 * The codes are kept in the referential's order.
 */
export function chooseCapacities(
  choice: CapacityChoice,
): { capacityCodes: string[] } | { refusal: FieldError } {
  const capacities = new Map(choice.blocks.flatMap((b) => b.capacities.map((c) => [c.code, c] as const)));
  const reasonAgainst = (code: string): CapacityRefusal | null => {
    const capacity = capacities.get(code);
    if (!capacity) return "unknown";
    if (choice.carriedOver.has(code)) return "carriedOver";
    if (!capacity.methods.includes(choice.method)) return "notAssessedByMethod";
    if (choice.sitting === 2 && !choice.gaps.has(code)) return "notGap";
    if (choice.method === "interview" && choice.validated.has(code)) return "alreadyValidated";
    return null;
  };
  if (choice.requested) {
    const requested = [...new Set(choice.requested)];
    const refused = new Map<CapacityRefusal, string[]>();
    for (const code of requested) {
      const reason = reasonAgainst(code);
      if (reason) refused.set(reason, [...(refused.get(reason) ?? []), code]);
    }
    if (refused.size > 0) {
      const message = [...refused]
        .map(([reason, codes]) => `${refusalWording[reason](choice.method)}: ${codes.join(", ")}`)
        .join("; ");
      return {
        refusal: fieldError("CAPACITIES_REFUSED", message, {
          method: choice.method,
          ...Object.fromEntries(refused),
        }),
      };
    }
    return { capacityCodes: [...capacities.keys()].filter((code) => requested.includes(code)) };
  }
  const eligible = [...capacities.keys()].filter((code) => reasonAgainst(code) === null);
  return eligible.length > 0
    ? { capacityCodes: eligible }
    : { refusal: fieldError("NO_CAPACITY_TO_ASSESS", "no capacity to assess") };
}

/** Why a requested capacity cannot be covered; each is a list parameter of CAPACITIES_REFUSED. */
type CapacityRefusal = "unknown" | "carriedOver" | "notAssessedByMethod" | "notGap" | "alreadyValidated";

const refusalWording: Record<CapacityRefusal, (method: AssessmentMethod) => string> = {
  unknown: () => "unknown capacity",
  carriedOver: () => "carried over from a certificate",
  notAssessedByMethod: (method) => `not assessed by ${method}`,
  notGap: () => "not a gap",
  alreadyValidated: () => "already validated",
};

/** The covered capacities of the referential, in the referential's order. */
export function coveredCapacities(blocks: Block[], capacityCodes: string[]) {
  return blocks.flatMap((block) =>
    block.capacities.filter((c) => capacityCodes.includes(c.code)).map((c) => ({ block, capacity: c })),
  );
}

/**
 * Refuses scores for criteria outside the referential or outside the capacities this assessment
 * covers, and a criterion given twice; fields are named by position (`scores.3.criterionCode`).
 */
export function checkScores(
  scores: { capacityCode: string; criterionCode: string }[],
  known: { criterionKeys: ReadonlySet<string>; covered: readonly string[] },
): FieldErrors {
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  for (const [i, score] of scores.entries()) {
    const key = criterionKey(score.capacityCode, score.criterionCode);
    const field = `scores.${i}.criterionCode`;
    if (!known.criterionKeys.has(key))
      fields[field] = fieldError("UNKNOWN_CRITERION", `unknown criterion: ${key}`, { criterion: key });
    else if (!known.covered.includes(score.capacityCode)) fields[field] = notCovered(score.capacityCode);
    else if (seen.has(key)) fields[field] = givenTwice(key);
    seen.add(key);
  }
  return fields;
}

/** `{capacity}`: a capacity this assessment does not cover. */
export const notCovered = (capacity: string) =>
  fieldError("CAPACITY_NOT_COVERED", `capacity ${capacity} is not covered by this assessment`, { capacity });

const givenTwice = (item: string) => fieldError("GIVEN_TWICE", `${item} is given twice`, { item });

/**
 * Refuses entries (or a booklet's judgements) for capacities this assessment does not cover, and a
 * capacity given twice; fields are named by position (`entries.0.capacityCode`).
 */
export function checkEntries(
  entries: { capacityCode: string }[],
  covered: readonly string[],
  list: "entries" | "judgements" = "entries",
): FieldErrors {
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    const field = `${list}.${i}.capacityCode`;
    if (!covered.includes(entry.capacityCode)) fields[field] = notCovered(entry.capacityCode);
    else if (seen.has(entry.capacityCode)) fields[field] = givenTwice(entry.capacityCode);
    seen.add(entry.capacityCode);
  }
  return fields;
}

/** What the candidate must still write before submitting a booklet: an entry for every covered capacity. */
export function missingBeforeSubmit(
  capacities: Capacity[],
  describedCapacities: ReadonlySet<string>,
): FieldErrors {
  const fields: FieldErrors = {};
  for (const capacity of capacities)
    if (!describedCapacities.has(capacity.code)) fields[capacity.code] = fieldError("NO_ENTRY", "no entry");
  return fields;
}

/**
 * What is still missing before an assessment may close: every criterion of the covered capacities
 * scored (scored methods), or for a booklet an entry and the evaluator's judgement for every covered
 * capacity.
 */
export function missingBeforeClose(
  method: AssessmentMethod,
  capacities: Capacity[],
  done: {
    scoredKeys: ReadonlySet<string>;
    describedCapacities: ReadonlySet<string>;
    judgedCapacities: ReadonlySet<string>;
  },
): FieldErrors {
  if (!isScoredMethod(method)) {
    const fields = missingBeforeSubmit(capacities, done.describedCapacities);
    for (const capacity of capacities)
      if (!fields[capacity.code] && !done.judgedCapacities.has(capacity.code))
        fields[capacity.code] = fieldError("NOT_JUDGED", "not judged");
    return fields;
  }
  const fields: FieldErrors = {};
  for (const capacity of capacities) {
    for (const criterion of capacity.criteria) {
      const key = criterionKey(capacity.code, criterion.code);
      if (!done.scoredKeys.has(key)) fields[key] = fieldError("NOT_SCORED", "not scored");
    }
  }
  return fields;
}

/** How far ahead an assessment may be planned. */
export const MAX_PLANNING_DAYS = 366;

/**
 * The day an assessment is held: not before the pathway was registered, and planned at most a year
 * ahead (the grid can be prepared before the sitting, not for a date nobody can foresee).
 */
export function checkHeldOn(
  heldOn: string,
  { registeredOn, today }: { registeredOn: string; today: string },
): FieldError | null {
  if (heldOn < registeredOn)
    return fieldError(
      "BEFORE_REGISTRATION",
      `must not be before the registration of the pathway (${registeredOn})`,
      { registeredOn },
    );
  const latest = new Date(Date.parse(`${today}T00:00:00Z`) + MAX_PLANNING_DAYS * 86_400_000);
  if (heldOn > latest.toISOString().slice(0, 10))
    return fieldError("TOO_FAR_AHEAD", "must be within a year from today", { days: MAX_PLANNING_DAYS });
  return null;
}
