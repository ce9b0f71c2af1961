import type { SheetColumn } from "../../documents/spreadsheet.ts";
import type { IdentityField } from "./cdc/holder-identity.ts";
import type { undeclaredWithGaps } from "./rules.ts";
import type { AwardDimension, AwardGroup, CapacityPassRates, KeyFigures } from "./schemas.ts";

/**
 * The dashboard's tables as spreadsheets, with the headers the dashboard shows them under: one sheet
 * per table, the same rows as the table (the same filters and the same scope), in the readers' words.
 */
export interface DatasetSheet<Row> {
  /** The file's name without its extension, and the XLSX sheet's name. */
  fileName: string;
  sheetName: string;
  columns: readonly SheetColumn<Row>[];
}

const yesNo = (value: boolean) => (value ? "oui" : "non");
/** A share in percent as the dashboard shows it, empty when nothing was counted. */
const percentCell = (value: number | null) => value ?? "";

const dimensionColumns: Record<AwardDimension, SheetColumn<AwardGroup>> = {
  qualification: { header: "CQPI", value: (row) => row.qualificationCode ?? "", width: 14 },
  branch: { header: "Branche", value: (row) => row.branchCode ?? "", width: 14 },
  year: { header: "Année", value: (row) => row.year ?? "", width: 8 },
};

/** The awards table: a column per dimension grouped on, in the order asked, then the counts. */
export function awardsSheet(groupBy: readonly AwardDimension[]): DatasetSheet<AwardGroup> {
  return {
    fileName: "attributions",
    sheetName: "Attributions",
    columns: [
      ...groupBy.map((dimension) => dimensionColumns[dimension]),
      { header: "Attributions", value: (row) => row.awards, width: 12 },
      { header: "Certifications complètes", value: (row) => row.full, width: 14 },
      { header: "Blocs de compétences", value: (row) => row.partial, width: 14 },
      { header: "Titulaires de plus de 45 ans", value: (row) => row.over45, width: 14 },
      { header: "Premières certifications", value: (row) => row.firstCertification, width: 14 },
      { header: "Directement sur l'expérience", value: (row) => row.direct, width: 14 },
    ],
  };
}

type CapacityRow = CapacityPassRates["capacities"][number] & { qualificationCode: string };

/** Each capacity of a CQPI, those that most often needed training first. */
export const capacityPassRatesSheet: DatasetSheet<CapacityRow> = {
  fileName: "taux-de-reussite-par-capacite",
  sheetName: "Réussite par capacité",
  columns: [
    { header: "CQPI", value: (row) => row.qualificationCode, width: 14 },
    { header: "Capacité", value: (row) => row.capacityCode, width: 12 },
    { header: "Titulaires", value: (row) => row.awards, width: 12 },
    { header: "Avec formation", value: (row) => row.neededTraining, width: 14 },
    { header: "Réussite sans formation (%)", value: (row) => percentCell(row.passRate), width: 16 },
  ],
};

export function capacityRowsOf(rates: CapacityPassRates): CapacityRow[] {
  return rates.capacities.map((capacity) => ({ ...capacity, qualificationCode: rates.qualificationCode }));
}

const identityFieldWords: Record<IdentityField, string> = {
  birthName: "nom de naissance",
  firstName: "prénom",
  birthDate: "date de naissance",
  sex: "sexe",
  birthPlace: "lieu de naissance",
};

type DeclarationRow = ReturnType<typeof undeclaredWithGaps>[number];

/** The awards not yet declared to the Caisse des Dépôts, the overdue marked, with what blocks each. */
export const declarationsSheet: DatasetSheet<DeclarationRow> = {
  fileName: "declarations-a-faire",
  sheetName: "Déclarations à faire",
  columns: [
    { header: "Numéro", value: (row) => row.certificateNumber, width: 24 },
    { header: "Titulaire", value: (row) => row.holder, width: 30 },
    { header: "Date d'attribution", value: (row) => row.awardedOn, width: 14 },
    { header: "À déclarer avant le", value: (row) => row.dueOn, width: 14 },
    { header: "Délai de trois mois dépassé", value: (row) => yesNo(row.isOverdue), width: 14 },
    {
      header: "Identité à compléter",
      value: (row) =>
        row.missing.map((field) => identityFieldWords[field as IdentityField] ?? field).join(", "),
      width: 40,
    },
  ],
};

/** The national timeline of the public key figures. */
export const timelineSheet: DatasetSheet<KeyFigures["timeline"][number]> = {
  fileName: "chronologie",
  sheetName: "Chronologie",
  columns: [
    { header: "Année", value: (row) => row.year, width: 8 },
    { header: "Attributions de l'année", value: (row) => row.awards, width: 14 },
    { header: "Attributions depuis la création", value: (row) => row.cumulativeAwards, width: 16 },
    { header: "Branches", value: (row) => row.branches, width: 10 },
    { header: "CQPI", value: (row) => row.qualifications, width: 10 },
  ],
};
