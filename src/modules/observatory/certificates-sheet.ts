import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { listCertificateFacts } from "./figures-repository.ts";

type FactRow = Awaited<ReturnType<typeof listCertificateFacts>>[number];

/**
 * The certificates as a sheet of the facts every figure counts, one row each, so that anyone can
 * recompute the figures: no holder's name, only what the statistics are made of.
 */
export const certificateColumns = [
  "number",
  "qualification",
  "branch",
  "awardedOn",
  "year",
  "kind",
  "ageAtAward",
  "over45",
  "firstCertification",
  "route",
  "registeredOn",
  "registrationToAwardDays",
  "declarationDueOn",
  "declaredOn",
] as const;

type SheetRow = Record<(typeof certificateColumns)[number], string | number>;

export function toSheetRows(rows: FactRow[]): SheetRow[] {
  return rows.map((row) => ({
    number: row.number,
    qualification: row.qualification_code,
    branch: row.branch_code,
    awardedOn: row.awarded_on,
    year: Number(row.award_year),
    kind: row.kind,
    ageAtAward: Number(row.age_at_award),
    over45: Number(row.is_over_45),
    firstCertification: Number(row.is_first_certification),
    route: row.route,
    registeredOn: row.registered_on,
    registrationToAwardDays: Number(row.registration_to_award_days),
    declarationDueOn: row.declaration_due_on,
    declaredOn: row.declared_on ?? "",
  }));
}

export function certificatesCsv(rows: SheetRow[]): string {
  return stringify(rows, { header: true, columns: [...certificateColumns] });
}

export async function certificatesXlsx(rows: SheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Certificats");
  sheet.columns = certificateColumns.map((key) => ({ key, header: key, width: 16 }));
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
