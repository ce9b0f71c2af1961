import { accountErrors, accountFieldCodes } from "../modules/accounts/errors.ts";
import { assessmentErrors, assessmentFieldCodes } from "../modules/assessments/errors.ts";
import { candidateErrors, candidateFieldCodes } from "../modules/candidates/errors.ts";
import { catalogueErrors, catalogueFieldCodes } from "../modules/catalogue/errors.ts";
import { certificateErrors } from "../modules/certificates/errors.ts";
import { companyErrors, companyFieldCodes } from "../modules/companies/errors.ts";
import { correspondenceErrors, correspondenceFieldCodes } from "../modules/correspondences/errors.ts";
import { governanceErrors, governanceFieldCodes } from "../modules/governance/errors.ts";
import { juryErrors, juryFieldCodes } from "../modules/jury/errors.ts";
import { observatoryErrors } from "../modules/observatory/errors.ts";
import { pathwayErrors, pathwayFieldCodes } from "../modules/pathways/errors.ts";
import { referentialErrors, referentialFieldCodes } from "../modules/referentials/errors.ts";
import { commonFieldCodes, type ErrorKind, INTERNAL_ERROR, platformErrors } from "./errors.ts";

/**
 * Every code a client may receive, gathered from each module's declarations in its errors.ts: `error.code`
 * is an `ErrorCode`, each `error.fields[path].code` a `FieldErrorCode`. The web app's message tables are
 * `Record`s over these unions, so a new code does not compile there until it has its French and English
 * words. A module adds a refusal code with one line in its `{ CODE: kind }` table and a field code with
 * one line in its list; a new module adds its two declarations here once.
 */
export const errorsByModule = {
  platform: platformErrors,
  accounts: accountErrors,
  catalogue: catalogueErrors,
  companies: companyErrors,
  candidates: candidateErrors,
  referentials: referentialErrors,
  pathways: pathwayErrors,
  assessments: assessmentErrors,
  certificates: certificateErrors,
  jury: juryErrors,
  governance: governanceErrors,
  correspondences: correspondenceErrors,
  observatory: observatoryErrors,
} as const satisfies Record<string, Record<string, ErrorKind>>;
export type ErrorModule = keyof typeof errorsByModule;

export type ErrorCode =
  | { [Module in ErrorModule]: keyof (typeof errorsByModule)[Module] }[ErrorModule]
  | typeof INTERNAL_ERROR;

/** Every refusal code once, for the OpenAPI document and the tests. */
export const errorCodes = [
  ...new Set<ErrorCode>([
    ...Object.values(errorsByModule).flatMap((errors) => Object.keys(errors) as ErrorCode[]),
    INTERNAL_ERROR,
  ]),
];

export const fieldErrorCodes = [
  ...commonFieldCodes,
  ...accountFieldCodes,
  ...catalogueFieldCodes,
  ...companyFieldCodes,
  ...candidateFieldCodes,
  ...referentialFieldCodes,
  ...pathwayFieldCodes,
  ...assessmentFieldCodes,
  ...juryFieldCodes,
  ...governanceFieldCodes,
  ...correspondenceFieldCodes,
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];
