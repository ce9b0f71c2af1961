import {
  AppError,
  type ErrorKind,
  type FieldErrors,
  fieldError,
  validationFailedOn,
} from "../../server/errors.ts";
import { notCovered } from "./rules.ts";

/** The refusal codes of the assessments module. */
export const assessmentErrors = {
  MALFORMED_MULTIPART: "invalid",
  ASSESSMENT_NOT_FOUND: "not_found",
  EVIDENCE_NOT_FOUND: "not_found",
  EVIDENCE_NOT_UPLOADER: "forbidden",
  ASSESSMENT_NOT_OPEN: "conflict",
  ASSESSMENT_CLOSED: "conflict",
  ASSESSMENT_INCOMPLETE: "conflict",
  NOT_ASSIGNED_EVALUATOR: "forbidden",
  REVISION_CONFLICT: "conflict",
  EVIDENCE_TOO_LARGE: "invalid",
  EVIDENCE_TYPE_NOT_ALLOWED: "invalid",
  ASSESSMENT_ALREADY_OPEN: "conflict",
  BOOKLET_WRITTEN_BY_CANDIDATE: "forbidden",
  BOOKLET_JUDGED_BY_EVALUATOR: "forbidden",
  BOOKLET_SUBMITTED: "conflict",
  BOOKLET_NOT_SUBMITTED: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the assessments module. */
export const assessmentFieldCodes = [
  /** The multipart body could not be read. */
  "MALFORMED_MULTIPART",
  /** `{method, unknown?, notAssessedByMethod?, notGap?, alreadyValidated?}`: lists of capacity codes. */
  "CAPACITIES_REFUSED",
  "NO_CAPACITY_TO_ASSESS",
  /** `{criterion}` (`capacity/criterion`) is not in the referential. */
  "UNKNOWN_CRITERION",
  /** `{capacity}` is not covered by this assessment. */
  "CAPACITY_NOT_COVERED",
  /** `{item}`: the same capacity or criterion twice in one save. */
  "GIVEN_TWICE",
  /** Before closing: a criterion not scored, a capacity without an entry. */
  "NOT_SCORED",
  "NO_ENTRY",
  /** Before closing a booklet: a capacity the evaluator has not judged. */
  "NOT_JUDGED",
  /** `{registeredOn}`: an assessment held before the pathway was registered. */
  "BEFORE_REGISTRATION",
  /** `{days}`: planned further ahead than allowed. */
  "TOO_FAR_AHEAD",
  /** A booklet has no scores; an observation has no entries. */
  "NOT_FOR_METHOD",
  /** `{maxBytes}` */
  "FILE_TOO_LARGE",
  "FILE_TYPE_NOT_ALLOWED",
  /** One file per upload. */
  "ONE_FILE_ONLY",
] as const;

/** Unknown, or its pathway is outside what the caller may see (never revealed as existing). */
export const assessmentNotFound = () =>
  new AppError("not_found", "ASSESSMENT_NOT_FOUND", "No such assessment");

/** Unknown evidence file, or one of an assessment outside the caller's scope. */
export const evidenceNotFound = () =>
  new AppError("not_found", "EVIDENCE_NOT_FOUND", "No such evidence file");

/** An evidence file is deleted by the candidate who uploaded it, and by nobody else. */
export const evidenceNotUploader = () =>
  new AppError(
    "forbidden",
    "EVIDENCE_NOT_UPLOADER",
    "Only the candidate who uploaded this evidence file may delete it",
  );

/**
 * Assessments are taken, and written, only while the pathway is in a sitting: positioning (sitting 1)
 * or reassessment (sitting 2, on the gaps).
 */
export const assessmentNotOpen = (status: string) =>
  new AppError(
    "conflict",
    "ASSESSMENT_NOT_OPEN",
    `Assessments are taken during positioning or reassessment; the pathway is ${status.replaceAll("_", " ")}`,
    { params: { status } },
  );

/** A closed assessment counts in the gap analysis and is read-only. */
export const assessmentClosed = () =>
  new AppError("conflict", "ASSESSMENT_CLOSED", "This assessment is closed and can no longer change");

/**
 * Closing needs every criterion scored (or, for a booklet, every capacity described); `fields` lists
 * what is missing.
 */
export const assessmentIncomplete = (fields: FieldErrors) =>
  new AppError(
    "conflict",
    "ASSESSMENT_INCOMPLETE",
    `The assessment cannot be closed yet: ${Object.keys(fields).length} item(s) missing`,
    { params: { missing: Object.keys(fields).length }, fields },
  );

/** Scoring and closing are the assigned evaluator's (or the national committee's) decision. */
export const notAssignedEvaluator = () =>
  new AppError(
    "forbidden",
    "NOT_ASSIGNED_EVALUATOR",
    "Only the evaluator assigned to this pathway may score or close its assessments",
  );

/** This role may not create or write this method's assessment (the message says who may). */
export const methodForbidden = (message: string, method: string) =>
  new AppError("forbidden", "FORBIDDEN", message, { params: { method } });

/** Someone saved the assessment since this edit started; reload it and apply the change again. */
export const revisionConflict = (current: number) =>
  new AppError(
    "conflict",
    "REVISION_CONFLICT",
    `The assessment was changed by someone else (now at revision ${current}); reload it`,
    {
      params: { current },
      fields: { revision: fieldError("REVISION_STALE", `is now ${current}`, { current }) },
    },
  );

/** The uploaded file is over the size limit; nothing was stored. */
export const evidenceTooLarge = (maxBytes: number) =>
  new AppError("invalid", "EVIDENCE_TOO_LARGE", `file: larger than ${maxBytes / (1024 * 1024)} MiB`, {
    params: { maxBytes },
    fields: {
      file: fieldError("FILE_TOO_LARGE", `larger than ${maxBytes / (1024 * 1024)} MiB`, { maxBytes }),
    },
  });

/** The file's content (not its declared type) is none of the accepted kinds; nothing was stored. */
export const evidenceTypeNotAllowed = () =>
  new AppError(
    "invalid",
    "EVIDENCE_TYPE_NOT_ALLOWED",
    "file: accepted are PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT and ODS files",
    {
      fields: {
        file: fieldError(
          "FILE_TYPE_NOT_ALLOWED",
          "must be a PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT or ODS file",
        ),
      },
    },
  );

/** Evidence is sent as multipart/form-data with a `file` field. */
export const notMultipart = () =>
  new AppError(
    "unsupported_media_type",
    "UNSUPPORTED_MEDIA_TYPE",
    "Send the evidence as multipart/form-data with a `file` field",
  );

/** No file in the upload. */
export const evidenceFileMissing = () => validationFailedOn("file", fieldError("REQUIRED", "required"));

/** Several files in one upload. */
export const evidenceFileTwice = () =>
  validationFailedOn("file", fieldError("ONE_FILE_ONLY", "one file per upload"));

/** A multipart part other than `file` and `capacityCode`. */
export const evidenceUnknownPart = (name: string) =>
  validationFailedOn(
    name,
    fieldError("UNKNOWN_FIELD", "unknown field: send `file` and optionally `capacityCode`"),
  );

/** Evidence attached to a capacity the assessment does not cover. */
export const evidenceCapacityNotCovered = (capacity: string) =>
  validationFailedOn("capacityCode", notCovered(capacity));

/**
 * `{method, assessmentId}`: an assessment of this method is already open in this sitting of the
 * pathway (held by a unique index too); write in that one, or close it first.
 */
export const assessmentAlreadyOpen = (method: string, assessmentId: number | null) =>
  new AppError(
    "conflict",
    "ASSESSMENT_ALREADY_OPEN",
    `An assessment by ${method} is already open in this sitting${assessmentId ? ` (${assessmentId})` : ""}`,
    { params: { method, ...(assessmentId !== null && { assessmentId }) } },
  );

/** The booklet's descriptions are the candidate's own words: the evaluator reads and judges them. */
export const bookletWrittenByCandidate = () =>
  new AppError(
    "forbidden",
    "BOOKLET_WRITTEN_BY_CANDIDATE",
    "The booklet's descriptions are written by the candidate (or their employer); the evaluator judges them",
  );

/** Judging the booklet is the assigned evaluator's: the candidate side writes and submits it. */
export const bookletJudgedByEvaluator = () =>
  new AppError(
    "forbidden",
    "BOOKLET_JUDGED_BY_EVALUATOR",
    "Only the evaluator assigned to this pathway judges the booklet; the candidate writes and submits it",
  );

/** `{submittedAt}`: once submitted, the booklet's descriptions no longer change. */
export const bookletSubmitted = (submittedAt: string) =>
  new AppError("conflict", "BOOKLET_SUBMITTED", `The booklet was submitted on ${submittedAt}`, {
    params: { submittedAt },
  });

/** The evaluator judges a booklet once the candidate has submitted it. */
export const bookletNotSubmitted = () =>
  new AppError(
    "conflict",
    "BOOKLET_NOT_SUBMITTED",
    "The candidate has not submitted the booklet yet: it is judged once submitted",
  );

/** Scores sent to a booklet, or entries to an observation, or judgements to a scored method. */
export const notForMethod = (field: "scores" | "entries" | "judgements", message: string, method: string) =>
  validationFailedOn(field, fieldError("NOT_FOR_METHOD", message, { method }));

/**
 * The multipart body could not be read: no boundary, a truncated body, a malformed part header, or
 * more parts than a form has. Nothing was kept.
 */
export const malformedMultipart = (detail: string) =>
  new AppError("invalid", "MALFORMED_MULTIPART", `body: malformed multipart/form-data (${detail})`, {
    fields: { body: fieldError("MALFORMED_MULTIPART", "malformed multipart/form-data") },
  });
