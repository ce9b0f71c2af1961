import { AppError, type ErrorKind } from "../../server/errors.ts";

/** The refusal codes of the observatory and its declaration files. */
export const observatoryErrors = {
  CDC_NOT_CONFIGURED: "conflict",
  CDC_CERTIFICATION_UNKNOWN: "not_found",
  CDC_NOTHING_TO_DECLARE: "conflict",
} as const satisfies Record<string, ErrorKind>;

/** The certifier's client or contract id at the Caisse des Dépôts is not configured. */
export const cdcNotConfigured = () =>
  new AppError(
    "conflict",
    "CDC_NOT_CONFIGURED",
    "Set CQPI_CDC_CLIENT_ID and CQPI_CDC_CONTRACT_ID to produce declaration files",
  );

/** No CQPI is registered under this certification (RNCP) code. */
export const cdcCertificationUnknown = () =>
  new AppError("not_found", "CDC_CERTIFICATION_UNKNOWN", "No CQPI has this certification code");

/** No holder of the period can be declared; `blocked` counts those whose identity is incomplete. */
export const cdcNothingToDeclare = (blocked: number) =>
  new AppError("conflict", "CDC_NOTHING_TO_DECLARE", "No holder of this period can be declared", {
    params: { blocked },
  });
