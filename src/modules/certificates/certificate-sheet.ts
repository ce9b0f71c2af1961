import { formatShortDate } from "../../documents/french-format.ts";
import type { LabelledColumn } from "../../documents/sheet-headings.ts";
import type { CertificateView } from "./schemas.ts";

/** The French header of each column of the certificates' CSV and XLSX exports, by its code. */
export const certificateSheetLabels = {
  number: "Numéro",
  family_name: "Nom de famille",
  given_names: "Prénoms",
  qualification_code: "Code CQPI",
  qualification_title: "CQPI",
  referential_version: "Version du référentiel",
  branch_code: "Code branche",
  branch_name: "Branche",
  kind: "Type",
  block_codes: "Blocs acquis",
  awarded_on: "Date d'attribution",
  jury_session_id: "Session de jury",
  status: "Statut",
  revoked_on: "Révoqué le",
  revocation_reason: "Motif de la révocation",
} as const;
type CertificateColumn = keyof typeof certificateSheetLabels;

const kindLabels: Record<CertificateView["kind"], string> = {
  full: "Certification complète",
  partial: "Blocs de compétences",
};
const statusLabels: Record<CertificateView["status"], string> = { valid: "Valide", revoked: "Révoqué" };
const revokedOn = (c: CertificateView) => c.revocation?.at.slice(0, 10) ?? "";

/** The columns of the certificates' exports, for the secretariats (French) or for programs (codes). */
export const certificateSheetColumns: readonly LabelledColumn<CertificateView, CertificateColumn>[] = [
  { code: "number", raw: (c) => c.number, width: 24 },
  { code: "family_name", raw: (c) => c.holder.familyName, width: 22 },
  { code: "given_names", raw: (c) => c.holder.givenNames, width: 22 },
  { code: "qualification_code", raw: (c) => c.qualification.code, width: 12 },
  { code: "qualification_title", raw: (c) => c.qualification.title, width: 36 },
  { code: "referential_version", raw: (c) => c.qualification.referentialVersion, width: 10 },
  { code: "branch_code", raw: (c) => c.branch.code, width: 12 },
  { code: "branch_name", raw: (c) => c.branch.name, width: 28 },
  { code: "kind", raw: (c) => c.kind, shown: (c) => kindLabels[c.kind], width: 22 },
  { code: "block_codes", raw: (c) => c.blockCodes.join(", "), width: 22 },
  { code: "awarded_on", raw: (c) => c.awardedOn, shown: (c) => formatShortDate(c.awardedOn), width: 14 },
  { code: "jury_session_id", raw: (c) => c.jurySessionId, width: 10 },
  { code: "status", raw: (c) => c.status, shown: (c) => statusLabels[c.status], width: 10 },
  {
    code: "revoked_on",
    raw: revokedOn,
    shown: (c) => (c.revocation ? formatShortDate(revokedOn(c)) : ""),
    width: 14,
  },
  { code: "revocation_reason", raw: (c) => c.revocation?.reason ?? "", width: 40 },
];

export const certificateSheetName = "Certificats";
