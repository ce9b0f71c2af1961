import { AppError, type ErrorKind, fieldError, validationFailedOn } from "../../server/errors.ts";
import type { NotAccredited } from "./accreditation-rules.ts";
import type { TransitionRefusal } from "./rules.ts";

/** Every refusal of the transition table is a conflict with the pathway's current state. */
const transitionRefusalKinds = {
  TRANSITION_NOT_ALLOWED: "conflict",
  EVALUATOR_NOT_ASSIGNED: "conflict",
  NO_CLOSED_ASSESSMENT: "conflict",
  ASSESSMENT_STILL_OPEN: "conflict",
  PATHWAY_NOT_AT_LEVEL: "conflict",
  PATHWAY_ALREADY_AT_LEVEL: "conflict",
  TRAINING_PLAN_MISSING: "conflict",
  JURY_DECISION_REQUIRED: "conflict",
} as const satisfies Record<TransitionRefusal, ErrorKind>;

/** The refusal codes of the pathways module with their kinds, the transition table's refusals among them. */
export const pathwayErrors = {
  ACCREDITATION_ALREADY_REVOKED: "conflict",
  ...transitionRefusalKinds,
  PATHWAY_NOT_FOUND: "not_found",
  PATHWAY_CHANGED: "conflict",
  EVALUATOR_NOT_ACCREDITED: "conflict",
  EVALUATOR_TRAINED_CANDIDATE: "conflict",
  REFERENTIAL_NOT_ADOPTED: "conflict",
  ACCREDITATION_NOT_FOUND: "not_found",
  CERTIFICATE_OF_ANOTHER_HOLDER: "conflict",
  CERTIFICATE_REVOKED: "conflict",
  NOTHING_CARRIED_OVER: "conflict",
  NOTHING_LEFT_TO_ASSESS: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the pathways module. */
export const pathwayFieldCodes = [
  /** The evaluator has no accreditation for this CQPI in this branch. */
  "ACCREDITATION_MISSING",
  /** `{until}`: the last day the evaluator's latest accreditation held. */
  "ACCREDITATION_EXPIRED",
  /** `{from}`: the first day of the evaluator's next accreditation. */
  "ACCREDITATION_NOT_YET_VALID",
  "ACCREDITATION_REVOKED",
  /** The evaluator trained this candidate (or the trainer is the pathway's evaluator). */
  "TRAINED_CANDIDATE",
  "IS_PATHWAY_EVALUATOR",
  /** The branch has not adopted a referential of this CQPI. */
  "NOT_ADOPTED_BY_BRANCH",
  /** `{codes}`: capacities named in a training plan that are not gaps. */
  "NOT_A_GAP",
  "NOT_AN_EVALUATOR_ACCOUNT",
] as const;

/** Unknown, or outside what the caller may see (never revealed as existing). */
export const pathwayNotFound = () => new AppError("not_found", "PATHWAY_NOT_FOUND", "No such pathway");

const refusalMessages: Record<TransitionRefusal, string> = {
  TRANSITION_NOT_ALLOWED: "This move is not possible from the pathway's current status",
  EVALUATOR_NOT_ASSIGNED: "Assign an accredited evaluator first",
  NO_CLOSED_ASSESSMENT: "Close at least one assessment of this sitting first",
  ASSESSMENT_STILL_OPEN: "An assessment of this sitting is still open: the evaluator closes it first",
  PATHWAY_NOT_AT_LEVEL: "The gap analysis is not at level: train on the gaps and evaluate them again",
  PATHWAY_ALREADY_AT_LEVEL: "The gap analysis is at level: there is nothing to train; submit to the jury",
  TRAINING_PLAN_MISSING: "Record a training plan on the gaps first",
  JURY_DECISION_REQUIRED: "Only a decision of the jury moves a pathway this way",
};

/** A status change the transition table or its guard refuses; the code says why. */
export const transitionRefused = (refusal: TransitionRefusal, message = refusalMessages[refusal]) =>
  new AppError("conflict", refusal, message);

/** Someone moved the pathway since it was read; nothing changed. */
export const pathwayChanged = () =>
  new AppError("conflict", "PATHWAY_CHANGED", "The pathway was changed by someone else; reload it");

/** This role may not trigger this event. */
export const eventForbidden = (event: string) =>
  new AppError("forbidden", "FORBIDDEN", `You may not ${event.replaceAll("_", " ")}`, { params: { event } });

export const notYourBranch = () =>
  new AppError("forbidden", "NOT_YOUR_BRANCH", "You may only manage pathways of your own branch");

/** The evaluator has no accreditation for this CQPI in this branch, or it is expired or revoked. */
const notAccreditedWording = {
  none: ["ACCREDITATION_MISSING", "no accreditation for this CQPI in this branch"],
  revoked: ["ACCREDITATION_REVOKED", "accreditation revoked"],
  upcoming: ["ACCREDITATION_NOT_YET_VALID", "accreditation not yet valid"],
  expired: ["ACCREDITATION_EXPIRED", "accreditation expired"],
} as const satisfies Record<NotAccredited["reason"], readonly [string, string]>;

export const evaluatorNotAccredited = (why: NotAccredited) => {
  const { reason, ...dates } = why;
  const [code, detail] = notAccreditedWording[reason];
  return new AppError("conflict", "EVALUATOR_NOT_ACCREDITED", `The evaluator is not accredited: ${detail}`, {
    params: { reason, ...dates },
    fields: { evaluatorUserId: fieldError(code, detail, dates) },
  });
};

/** Independence rule: whoever trained the candidate may not evaluate them. */
export const evaluatorTrainedCandidate = () =>
  new AppError(
    "conflict",
    "EVALUATOR_TRAINED_CANDIDATE",
    "This evaluator trained the candidate and may not evaluate them",
    { fields: { evaluatorUserId: fieldError("TRAINED_CANDIDATE", "trained this candidate") } },
  );

/** The branch has not adopted a published referential of this CQPI, so no candidate can be registered. */
export const noAdoptedReferential = () =>
  new AppError(
    "conflict",
    "REFERENTIAL_NOT_ADOPTED",
    "The branch has not adopted a referential of this CQPI",
    { fields: { qualificationCode: fieldError("NOT_ADOPTED_BY_BRANCH", "not adopted by this branch") } },
  );

/** The accreditation was revoked already (at `revokedAt`); revoking it again would change nothing. */
export const accreditationAlreadyRevoked = (revokedAt: string) =>
  new AppError(
    "conflict",
    "ACCREDITATION_ALREADY_REVOKED",
    `This accreditation was already revoked on ${revokedAt.slice(0, 10)}`,
  );

export const accreditationNotFound = () =>
  new AppError("not_found", "ACCREDITATION_NOT_FOUND", "No such accreditation");

/** The independence rule seen from the training side: the pathway's evaluator may not also train. */
export const trainerIsEvaluator = () =>
  new AppError(
    "conflict",
    "EVALUATOR_TRAINED_CANDIDATE",
    "The evaluator assigned to this pathway may not train the candidate",
    { fields: { trainerUserId: fieldError("IS_PATHWAY_EVALUATOR", "is the pathway's evaluator") } },
  );

/** A training plan may only target the gaps of the bilan. */
export const notGaps = (codes: string[]) =>
  validationFailedOn("capacityCodes", fieldError("NOT_A_GAP", `not a gap: ${codes.join(", ")}`, { codes }));

/** Evaluators are accredited, and assigned, only if their account has the evaluator role. */
export const notAnEvaluatorAccount = () =>
  validationFailedOn(
    "evaluatorUserId",
    fieldError("NOT_AN_EVALUATOR_ACCOUNT", "must be a user with the evaluator role"),
  );

/** A pathway is opened from a certificate only for its holder (the candidate of the pathway it was awarded on). */
export const certificateOfAnotherHolder = () =>
  new AppError(
    "conflict",
    "CERTIFICATE_OF_ANOTHER_HOLDER",
    "This certificate is not the candidate's: a pathway is opened from the holder's own certificate",
  );

/** A revoked certificate carries nothing over. */
export const certificateRevoked = (number: string) =>
  new AppError(
    "conflict",
    "CERTIFICATE_REVOKED",
    `Certificate ${number} is revoked and carries nothing over`,
    {
      params: { number },
    },
  );

/**
 * The certificate carries no capacity of this CQPI in this branch; `reasons` are the portability
 * answer's reasons for what remains (expired, partial_correspondence, related_only, not_acquired…).
 */
export const nothingCarriedOver = (number: string, reasons: string[]) =>
  new AppError(
    "conflict",
    "NOTHING_CARRIED_OVER",
    `Certificate ${number} carries no capacity over to this CQPI in this branch: register the pathway without it`,
    { params: { number, reasons } },
  );

/** The certificate already covers every capacity of this CQPI in this branch: there is nothing to assess. */
export const nothingLeftToAssess = (number: string) =>
  new AppError(
    "conflict",
    "NOTHING_LEFT_TO_ASSESS",
    `Certificate ${number} already covers every capacity of this CQPI in this branch, its modules included`,
    { params: { number } },
  );

/** The certificate number names no certificate. */
export const unknownCertificate = (number: string) =>
  validationFailedOn(
    "fromCertificate",
    fieldError("UNKNOWN_REFERENCE", "no certificate with this number", { value: number }),
  );
