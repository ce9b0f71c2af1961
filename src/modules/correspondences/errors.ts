import { AppError, type ErrorKind, fieldError, validationFailedOn } from "../../server/errors.ts";
import type { CorrespondenceRefusal } from "./rules.ts";

/** The refusal codes of the correspondences module with their kinds. */
export const correspondenceErrors = {
  /** Both ends are items of the same certification version. */
  CORRESPONDENCE_SELF_LINK: "invalid",
  /** The pair is recorded already, either way. */
  CORRESPONDENCE_DUPLICATE: "conflict",
  /** An exact link that would close a loop of exact links. */
  CORRESPONDENCE_CYCLE: "conflict",
  /** `{side, qualificationCode, version}`: only published versions' items correspond. */
  CORRESPONDENCE_VERSION_NOT_PUBLISHED: "conflict",
  /** `{code}`: another external certification (or a CQPI) has this code. */
  EXTERNAL_CERTIFICATION_CODE_TAKEN: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the correspondences module. */
export const correspondenceFieldCodes = [
  /** The decision cited is not an adopted decision recognising a correspondence. */
  "NOT_A_RECOGNITION",
] as const;

const messages: Record<CorrespondenceRefusal, string> = {
  CORRESPONDENCE_SELF_LINK: "A certification version does not correspond to itself",
  CORRESPONDENCE_DUPLICATE: "This correspondence is recorded already",
  CORRESPONDENCE_CYCLE: "This exact correspondence would close a loop of exact correspondences",
};

export const correspondenceRefused = (code: CorrespondenceRefusal) =>
  new AppError(code === "CORRESPONDENCE_SELF_LINK" ? "invalid" : "conflict", code, messages[code]);

export const versionNotPublished = (side: "from" | "to", qualificationCode: string, version: number) =>
  new AppError(
    "conflict",
    "CORRESPONDENCE_VERSION_NOT_PUBLISHED",
    `${side}: version ${version} of ${qualificationCode} is not published`,
    { params: { side, qualificationCode, version } },
  );

export const unknownEnd = (field: string, value: string) =>
  validationFailedOn(field, fieldError("UNKNOWN_REFERENCE", `${field}: no such item`, { value }));

export const notARecognition = () =>
  validationFailedOn(
    "decisionId",
    fieldError("NOT_A_RECOGNITION", "decisionId: not an adopted decision recognising a correspondence"),
  );

export const externalCodeTaken = (code: string) =>
  new AppError("conflict", "EXTERNAL_CERTIFICATION_CODE_TAKEN", `code: ${code} is taken`, {
    params: { code },
    fields: { code: fieldError("ALREADY_USED", "already used") },
  });
