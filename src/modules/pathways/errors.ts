import { AppError } from "../../server/errors.ts";
import type { TransitionRefusal } from "./rules.ts";

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
export const transitionRefused = (refusal: TransitionRefusal) =>
  new AppError("conflict", refusal, refusalMessages[refusal]);

/** Someone moved the pathway since it was read; nothing changed. */
export const pathwayChanged = () =>
  new AppError("conflict", "PATHWAY_CHANGED", "The pathway was changed by someone else; reload it");

/** This role may not trigger this event. */
export const eventForbidden = (event: string) =>
  new AppError("forbidden", "FORBIDDEN", `You may not ${event.replaceAll("_", " ")}`);

export const notYourBranch = () =>
  new AppError("forbidden", "NOT_YOUR_BRANCH", "You may only manage pathways of your own branch");

/** The evaluator has no accreditation for this CQPI in this branch, or it is expired or revoked. */
export const evaluatorNotAccredited = (detail: string) =>
  new AppError("conflict", "EVALUATOR_NOT_ACCREDITED", `The evaluator is not accredited: ${detail}`, {
    evaluatorUserId: detail,
  });

/** Independence rule: whoever trained the candidate may not evaluate them. */
export const evaluatorTrainedCandidate = () =>
  new AppError(
    "conflict",
    "EVALUATOR_TRAINED_CANDIDATE",
    "This evaluator trained the candidate and may not evaluate them",
    {
      evaluatorUserId: "trained this candidate",
    },
  );

/** The branch has not adopted a published referential of this CQPI, so no candidate can be registered. */
export const noAdoptedReferential = () =>
  new AppError(
    "conflict",
    "REFERENTIAL_NOT_ADOPTED",
    "The branch has not adopted a referential of this CQPI",
    {
      qualificationCode: "not adopted by this branch",
    },
  );

export const accreditationNotFound = () =>
  new AppError("not_found", "ACCREDITATION_NOT_FOUND", "No such accreditation");

/** The independence rule seen from the training side: the pathway's evaluator may not also train. */
export const trainerIsEvaluator = () =>
  new AppError(
    "conflict",
    "EVALUATOR_TRAINED_CANDIDATE",
    "The evaluator assigned to this pathway may not train the candidate",
    { trainerUserId: "is the pathway's evaluator" },
  );
