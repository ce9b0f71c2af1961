import {
  AppError,
  type ErrorKind,
  type FieldErrors,
  fieldError,
  validationFailed,
  validationFailedOn,
} from "../../server/errors.ts";
import type { AdhesionRefusal, DecisionKind } from "./rules.ts";

/** The refusal codes of the governance module with their kinds. */
export const governanceErrors = {
  BODY_NOT_FOUND: "not_found",
  /** `{branchCode}`: the branch already has its CPNE. */
  BODY_EXISTS: "conflict",
  /** A branch officer acting on a body that is not their branch's CPNE, or on a national body. */
  NOT_YOUR_BODY: "forbidden",
  /** `{kind, bodyKind}`: this body does not take decisions of this kind (adhesions: the national committee). */
  DECISION_NOT_FOR_THIS_BODY: "invalid",
  ADHESION_REQUEST_NOT_FOUND: "not_found",
  /** `{branchCode, adheredOn}`: the branch has adhered already. */
  BRANCH_ALREADY_ADHERED: "conflict",
  /** `{branchCode}`: a request of the branch is in progress. */
  ADHESION_ALREADY_REQUESTED: "conflict",
  ADHESION_NOT_AWAITING_OPINION: "conflict",
  ADHESION_NOT_AWAITING_DECISION: "conflict",
  /** An adhesion is accepted only after a favourable opinion of both colleges. */
  ADHESION_OPINION_NOT_FAVOURABLE: "conflict",
  DOCUMENT_NOT_FOUND: "not_found",
  /** The multipart form cannot be read, or holds a part it should not. */
  DOCUMENT_FORM_INVALID: "invalid",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the governance module. */
export const governanceFieldCodes = [
  /** `{kind}`: a decision of this kind must name this field. */
  "DECISION_SUBJECT_REQUIRED",
  /** A document version that is not in this body's library. */
  "NOT_IN_LIBRARY",
] as const;

export const bodyNotFound = () => new AppError("not_found", "BODY_NOT_FOUND", "No such body");

export const bodyExists = (branchCode: string) =>
  new AppError("conflict", "BODY_EXISTS", `Branch ${branchCode} has its CPNE already`, {
    params: { branchCode },
  });

export const notYourBody = () =>
  new AppError("forbidden", "NOT_YOUR_BODY", "You may only act for your own branch's CPNE");

export const decisionNotForThisBody = (kind: DecisionKind, bodyKind: string) =>
  new AppError("invalid", "DECISION_NOT_FOR_THIS_BODY", `A ${bodyKind} does not decide ${kind}`, {
    params: { kind, bodyKind },
  });

export const decisionSubjectRequired = (field: string, kind: DecisionKind) =>
  validationFailedOn(
    field,
    fieldError("DECISION_SUBJECT_REQUIRED", `${field}: a ${kind} decision names it`, { kind }),
  );

export const unknownReference = (field: string, value: string | number) =>
  validationFailedOn(field, fieldError("UNKNOWN_REFERENCE", `${field}: no such record`, { value }));

export const notInLibrary = (field: string) =>
  validationFailedOn(field, fieldError("NOT_IN_LIBRARY", `${field}: not a document of this body`));

export const adhesionRequestNotFound = () =>
  new AppError("not_found", "ADHESION_REQUEST_NOT_FOUND", "No such adhesion request");

export const branchAlreadyAdhered = (branchCode: string, adheredOn: string) =>
  new AppError("conflict", "BRANCH_ALREADY_ADHERED", `Branch ${branchCode} adhered on ${adheredOn}`, {
    params: { branchCode, adheredOn },
  });

export const adhesionAlreadyRequested = (branchCode: string) =>
  new AppError("conflict", "ADHESION_ALREADY_REQUESTED", `Branch ${branchCode} has a request in progress`, {
    params: { branchCode },
  });

const adhesionMessages: Record<AdhesionRefusal, string> = {
  ADHESION_NOT_AWAITING_OPINION: "The paritaire opinion of this request is recorded already",
  ADHESION_NOT_AWAITING_DECISION: "This request is not awaiting the committee's decision",
  ADHESION_OPINION_NOT_FAVOURABLE:
    "Both colleges must give a favourable opinion before the adhesion is accepted",
};

export const adhesionRefused = (code: AdhesionRefusal) =>
  new AppError("conflict", code, adhesionMessages[code]);

export const documentNotFound = () => new AppError("not_found", "DOCUMENT_NOT_FOUND", "No such document");

export const documentFormInvalid = (message: string) =>
  new AppError("invalid", "DOCUMENT_FORM_INVALID", message);

export const notMultipart = () =>
  new AppError(
    "unsupported_media_type",
    "UNSUPPORTED_MEDIA_TYPE",
    "Send the document as multipart/form-data",
  );

export const fileTooLarge = (maxBytes: number) =>
  validationFailedOn("file", fieldError("FILE_TOO_LARGE", `file: over ${maxBytes} bytes`, { maxBytes }));

export const fileTypeNotAllowed = () =>
  validationFailedOn(
    "file",
    fieldError("FILE_TYPE_NOT_ALLOWED", "file: must be a PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT or ODS file"),
  );

export const fileMissing = () => validationFailedOn("file", fieldError("REQUIRED", "file: required"));

/** A new document names its library: a body or a CQPI, not both. */
export const libraryMissing = () =>
  validationFailedOn("bodyId", fieldError("REQUIRED", "bodyId or qualificationCode: name one library"));

/** The text fields of a multipart form, checked after the form is read: missing or not valid. */
export const formFieldsInvalid = (issues: { path: PropertyKey[] }[], values: Record<string, string>) => {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? "form");
    fields[name] ??=
      values[name] === undefined
        ? fieldError("REQUIRED", `${name}: required`)
        : fieldError("INVALID_VALUE", `${name}: not valid`);
  }
  return validationFailed(fields);
};
