/**
 * Which identity facts the Caisse des Dépôts needs of a holder (the `titulaire` of the accrochage XSD),
 * and which are missing: a holder with any missing is left out of the file and listed, never sent half.
 */
export const identityFields = ["birthName", "firstName", "birthDate", "sex", "birthPlace"] as const;
export type IdentityField = (typeof identityFields)[number];

/** The holder's identity as the candidate's record has it. */
export interface HolderRecord {
  birthName: string | null;
  usageName: string | null;
  firstNames: string[];
  birthDate: string | null;
  sex: string | null;
  birthInseeCode: string | null;
  birthPostalCode: string | null;
  birthCity: string | null;
  /** INSEE code of the country of birth (3 digits) for those born abroad. */
  birthCountryCode: string | null;
  birthCountry: string | null;
}

export interface DeclarableIdentity {
  birthName: string;
  usageName: string | null;
  firstNames: string[];
  birthYear: number;
  birthMonth: number;
  birthDay: number;
  sex: "M" | "F";
  birthPlace: { inseeCode: string } | { postalCode: string };
  birthCity: string | null;
  birthCountryCode: string | null;
  birthCountry: string | null;
}

const NAME_MAX = 60;
const fits = (text: string | null | undefined): text is string =>
  typeof text === "string" && text.trim().length > 0 && text.trim().length <= NAME_MAX;

/** The identity to declare, or the fields missing (or beyond what the file accepts) to complete first. */
export function declarableIdentity(
  record: HolderRecord,
): { identity: DeclarableIdentity; missing: [] } | { identity: null; missing: IdentityField[] } {
  const missing: IdentityField[] = [];
  if (!fits(record.birthName)) missing.push("birthName");
  const firstNames = record.firstNames.map((name) => name.trim()).filter((name) => name.length > 0);
  if (!fits(firstNames[0]) || firstNames.some((name) => name.length > NAME_MAX)) missing.push("firstName");
  const date = /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(record.birthDate ?? "")
    ? record.birthDate
    : null;
  if (!date) missing.push("birthDate");
  if (record.sex !== "M" && record.sex !== "F") missing.push("sex");
  const insee = /^[0-9][0-9AB][0-9]{3}$/.test(record.birthInseeCode ?? "") ? record.birthInseeCode : null;
  const postal = /^[0-9]{5}$/.test(record.birthPostalCode ?? "") ? record.birthPostalCode : null;
  // Born abroad: the commune code is the country's INSEE code (99 and its three digits).
  const country = /^[0-9]{3}$/.test(record.birthCountryCode ?? "") ? record.birthCountryCode : null;
  const commune = insee ?? (postal ? null : country ? `99${country}` : null);
  if (!commune && !postal) missing.push("birthPlace");
  if (missing.length > 0 || !date) return { identity: null, missing };
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return {
    identity: {
      birthName: record.birthName!.trim(),
      usageName: fits(record.usageName) ? record.usageName.trim() : null,
      firstNames: firstNames.slice(0, 3),
      birthYear: year,
      birthMonth: month,
      birthDay: day,
      sex: record.sex as "M" | "F",
      birthPlace: commune ? { inseeCode: commune } : { postalCode: postal! },
      birthCity: fits(record.birthCity) ? record.birthCity.trim() : null,
      birthCountryCode: country,
      birthCountry: fits(record.birthCountry) ? record.birthCountry.trim() : null,
    },
    missing: [],
  };
}
