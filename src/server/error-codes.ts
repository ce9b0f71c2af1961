import { accountErrorCodes, accountFieldCodes } from "../modules/accounts/errors.ts";
import { assessmentErrorCodes, assessmentFieldCodes } from "../modules/assessments/errors.ts";
import { candidateErrorCodes, candidateFieldCodes } from "../modules/candidates/errors.ts";
import { catalogueErrorCodes } from "../modules/catalogue/errors.ts";
import { companyErrorCodes, companyFieldCodes } from "../modules/companies/errors.ts";
import { pathwayErrorCodes, pathwayFieldCodes } from "../modules/pathways/errors.ts";
import { referentialErrorCodes, referentialFieldCodes } from "../modules/referentials/errors.ts";
import { commonFieldCodes, platformErrorCodes } from "./errors.ts";

/**
 * Every code a client may receive, gathered from each module's `as const` lists: `error.code` is an
 * `ErrorCode`, each `error.fields[path].code` a `FieldErrorCode`. The web app's message tables are
 * `Record`s over these unions, so a new code does not compile until it has its French and English words.
 * A module adds a code with one line in its errors.ts list; a new module adds its lists here once.
 * (A code may appear in two modules' lists, e.g. REVISION_CONFLICT: the lists are about who uses it.)
 */
export const errorCodes = [
  ...platformErrorCodes,
  ...accountErrorCodes,
  ...catalogueErrorCodes,
  ...companyErrorCodes,
  ...candidateErrorCodes,
  ...referentialErrorCodes,
  ...pathwayErrorCodes,
  ...assessmentErrorCodes,
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldErrorCodes = [
  ...commonFieldCodes,
  ...accountFieldCodes,
  ...companyFieldCodes,
  ...candidateFieldCodes,
  ...referentialFieldCodes,
  ...pathwayFieldCodes,
  ...assessmentFieldCodes,
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];
