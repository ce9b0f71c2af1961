import { AppError, type FieldErrors } from "../../server/errors.ts";

/** Unknown, or its pathway is outside what the caller may see (never revealed as existing). */
export const assessmentNotFound = () =>
  new AppError("not_found", "ASSESSMENT_NOT_FOUND", "No such assessment");

/** Unknown evidence file, or one of an assessment outside the caller's scope. */
export const evidenceNotFound = () =>
  new AppError("not_found", "EVIDENCE_NOT_FOUND", "No such evidence file");

/**
 * Assessments are taken, and written, only while the pathway is in a sitting: positioning (sitting 1)
 * or reassessment (sitting 2, on the gaps).
 */
export const assessmentNotOpen = (status: string) =>
  new AppError(
    "conflict",
    "ASSESSMENT_NOT_OPEN",
    `Assessments are taken during positioning or reassessment; the pathway is ${status.replaceAll("_", " ")}`,
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
    fields,
  );

/** Scoring and closing are the assigned evaluator's (or the national committee's) decision. */
export const notAssignedEvaluator = () =>
  new AppError(
    "forbidden",
    "NOT_ASSIGNED_EVALUATOR",
    "Only the evaluator assigned to this pathway may score or close its assessments",
  );

/** This role may not create or write this method's assessment (the message says who may). */
export const methodForbidden = (message: string) => new AppError("forbidden", "FORBIDDEN", message);

/** Someone saved the assessment since this edit started; reload it and apply the change again. */
export const revisionConflict = (current: number) =>
  new AppError(
    "conflict",
    "REVISION_CONFLICT",
    `The assessment was changed by someone else (now at revision ${current}); reload it`,
    { revision: `is now ${current}` },
  );

/** The uploaded file is over the size limit; nothing was stored. */
export const evidenceTooLarge = (maxBytes: number) =>
  new AppError("invalid", "EVIDENCE_TOO_LARGE", `file: larger than ${maxBytes / (1024 * 1024)} MiB`, {
    file: `larger than ${maxBytes / (1024 * 1024)} MiB`,
  });

/** The file's content (not its declared type) is none of the accepted kinds; nothing was stored. */
export const evidenceTypeNotAllowed = () =>
  new AppError(
    "invalid",
    "EVIDENCE_TYPE_NOT_ALLOWED",
    "file: accepted are PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT and ODS files",
    { file: "must be a PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT or ODS file" },
  );

/** Evidence is sent as multipart/form-data with a `file` field. */
export const notMultipart = () =>
  new AppError(
    "unsupported_media_type",
    "UNSUPPORTED_MEDIA_TYPE",
    "Send the evidence as multipart/form-data with a `file` field",
  );

/**
 * The multipart body could not be read: no boundary, a truncated body, a malformed part header, or
 * more parts than a form has. Nothing was kept.
 */
export const malformedMultipart = (detail: string) =>
  new AppError("invalid", "MALFORMED_MULTIPART", `body: malformed multipart/form-data (${detail})`, {
    body: "malformed multipart/form-data",
  });
