import { AppError } from "../../server/errors.ts";

/** No company with this id, or one outside the caller's scope (whose existence is not revealed). */
export const companyNotFound = () => new AppError("not_found", "COMPANY_NOT_FOUND", "No such company");

/** Another company is already registered with this SIRET (one establishment, one company record). */
export const siretTaken = () =>
  new AppError("conflict", "SIRET_TAKEN", "siret: another company has this SIRET", {
    siret: "already registered",
  });
