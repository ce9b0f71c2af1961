import { juryRefusalKeys } from "../features/jury/refusal-keys.ts";
import { ApiError } from "./api.ts";
import type { MessageKey, Translate } from "./i18n/index.tsx";

/** Codes whose meaning the reader needs in their own language rather than the server's wording. */
const messageKeyByCode: Record<string, MessageKey> = {
  NETWORK_ERROR: "error.network",
  INVALID_CREDENTIALS: "error.invalidCredentials",
  LOGIN_TEMPORARILY_LOCKED: "error.loginLocked",
  RATE_LIMITED: "error.rateLimited",
  DRAFT_EXISTS: "error.draftExists",
  VERSION_NOT_EDITABLE: "error.versionNotEditable",
  REVISION_CONFLICT: "error.revisionConflict",
  VERSION_NOT_PUBLISHED: "error.versionNotPublished",
  VERSION_INCOMPLETE: "error.versionIncomplete",
  REFERENTIAL_NOT_ADOPTED: "error.referentialNotAdopted",
  IMPORT_FAILED: "error.importFailed",
  TRANSITION_NOT_ALLOWED: "error.transitionNotAllowed",
  EVALUATOR_NOT_ASSIGNED: "error.evaluatorNotAssigned",
  NO_CLOSED_ASSESSMENT: "error.noClosedAssessment",
  ASSESSMENT_STILL_OPEN: "error.assessmentStillOpen",
  PATHWAY_NOT_AT_LEVEL: "error.pathwayNotAtLevel",
  PATHWAY_ALREADY_AT_LEVEL: "error.pathwayAlreadyAtLevel",
  TRAINING_PLAN_MISSING: "error.trainingPlanMissing",
  PATHWAY_CHANGED: "error.pathwayChanged",
  EVALUATOR_NOT_ACCREDITED: "error.evaluatorNotAccredited",
  EVALUATOR_TRAINED_CANDIDATE: "error.evaluatorTrainedCandidate",
  NOT_YOUR_BRANCH: "error.notYourBranch",
  NOT_YOUR_COMPANY: "error.notYourCompany",
  ASSESSMENT_CLOSED: "error.assessmentClosed",
  ASSESSMENT_NOT_OPEN: "error.assessmentNotOpen",
  NOT_ASSIGNED_EVALUATOR: "error.notAssignedEvaluator",
  ASSESSMENT_INCOMPLETE: "error.assessmentIncomplete",
  EVIDENCE_TOO_LARGE: "error.evidenceTooLarge",
  EVIDENCE_TYPE_NOT_ALLOWED: "error.evidenceTypeNotAllowed",
  ...juryRefusalKeys,
};

/**
 * Refusals whose message ends with the reason ("The evaluator is not accredited: accreditation
 * expired"): the reason is translated too, by the server's wording of it.
 */
const reasonKeysByCode: Record<string, Record<string, MessageKey>> = {
  EVALUATOR_NOT_ACCREDITED: {
    "no accreditation for this CQPI in this branch": "error.evaluatorNotAccredited.none",
    "accreditation expired": "error.evaluatorNotAccredited.expired",
    "accreditation not yet valid": "error.evaluatorNotAccredited.notYetValid",
    "accreditation revoked": "error.evaluatorNotAccredited.revoked",
  },
};

function reasonKey(error: ApiError): MessageKey | undefined {
  const reasons = reasonKeysByCode[error.code];
  if (!reasons) return undefined;
  const reason = error.message.split(": ").at(-1)?.trim() ?? "";
  return reasons[reason];
}

const messageKeyByStatus: Record<number, MessageKey> = {
  401: "error.unauthenticated",
  403: "error.forbidden",
  404: "error.notFound",
};

/** A sentence for the reader: translated for well-known refusals, the server's own message otherwise. */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t("error.unexpected");
  const key = reasonKey(error) ?? messageKeyByCode[error.code] ?? messageKeyByStatus[error.status];
  if (key) return t(key);
  if (error.status >= 500) return t("error.server");
  return error.message || t("error.unexpected");
}

/** The server's message for one form field, if it sent one. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fields[field] : undefined;
}

/** Whether the error is entirely explained by field messages shown beside the inputs. */
export function hasOnlyFieldErrors(error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const keys = Object.keys(error.fields);
  return keys.length > 0 && keys.every((key) => fields.includes(key));
}
