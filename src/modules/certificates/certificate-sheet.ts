import type { SheetColumn } from "../../documents/spreadsheet.ts";
import type { CertificateView } from "./schemas.ts";

/** The columns of the certificates' CSV and XLSX exports, headed in French for the secretariats. */
export const certificateSheetColumns: readonly SheetColumn<CertificateView>[] = [
  { header: "Numéro", value: (c) => c.number, width: 24 },
  { header: "Nom de famille", value: (c) => c.holder.familyName, width: 22 },
  { header: "Prénoms", value: (c) => c.holder.givenNames, width: 22 },
  { header: "Code CQPI", value: (c) => c.qualification.code, width: 12 },
  { header: "CQPI", value: (c) => c.qualification.title, width: 36 },
  { header: "Version du référentiel", value: (c) => c.qualification.referentialVersion, width: 10 },
  { header: "Code branche", value: (c) => c.branch.code, width: 12 },
  { header: "Branche", value: (c) => c.branch.name, width: 28 },
  {
    header: "Type",
    value: (c) => (c.kind === "full" ? "Certification complète" : "Blocs de compétences"),
    width: 22,
  },
  { header: "Blocs acquis", value: (c) => c.blockCodes.join(", "), width: 22 },
  { header: "Date d'attribution", value: (c) => c.awardedOn, width: 14 },
  { header: "Session de jury", value: (c) => c.jurySessionId, width: 10 },
  { header: "Statut", value: (c) => (c.status === "valid" ? "Valide" : "Révoqué"), width: 10 },
  { header: "Révoqué le", value: (c) => c.revocation?.at.slice(0, 10) ?? "", width: 14 },
  { header: "Motif de la révocation", value: (c) => c.revocation?.reason ?? "", width: 40 },
];

export const certificateSheetName = "Certificats";
