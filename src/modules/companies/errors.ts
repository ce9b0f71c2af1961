import { AppError, type ErrorKind, fieldError } from "../../server/errors.ts";

/** The refusal codes of the companies module. */
export const companyErrors = {
  COMPANY_NOT_FOUND: "not_found",
  SIRET_TAKEN: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** Field codes of the companies module: a SIRET whose check digit (Luhn, as INSEE defines it) is wrong. */
export const companyFieldCodes = ["SIRET_CHECKSUM"] as const;

/** No company with this id, or one outside the caller's scope (whose existence is not revealed). */
export const companyNotFound = () => new AppError("not_found", "COMPANY_NOT_FOUND", "No such company");

/** Another company is already registered with this SIRET (one establishment, one company record). */
export const siretTaken = () =>
  new AppError("conflict", "SIRET_TAKEN", "siret: another company has this SIRET", {
    fields: { siret: fieldError("ALREADY_USED", "already registered") },
  });
