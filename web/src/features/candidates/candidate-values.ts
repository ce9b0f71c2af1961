import type { FieldProblem } from "../referentials/field-problems.ts";
import type { Candidate, CandidateInput, EmploymentStatus, Sex } from "./types.ts";

/** Where the candidate was born, which decides the birth-place fields the declaration needs. */
export type BirthPlaceKind = "insee" | "postal" | "abroad";

/** The candidate form as typed: text everywhere, the first names in one field separated by commas. */
export interface CandidateFormValues {
  birthName: string;
  usageName: string;
  firstNames: string;
  birthDate: string;
  sex: Sex | "";
  birthPlaceKind: BirthPlaceKind;
  /** The INSEE code or the postal code, as `birthPlaceKind` says. */
  birthPlaceCode: string;
  birthCity: string;
  birthCountryCode: string;
  birthCountry: string;
  email: string;
  phone: string;
  employmentStatus: EmploymentStatus | "";
  companyId: number | null;
  hasPriorCertification: boolean;
  userId: number | null;
}

export const emptyCandidateForm: CandidateFormValues = {
  birthName: "",
  usageName: "",
  firstNames: "",
  birthDate: "",
  sex: "",
  birthPlaceKind: "insee",
  birthPlaceCode: "",
  birthCity: "",
  birthCountryCode: "",
  birthCountry: "",
  email: "",
  phone: "",
  employmentStatus: "",
  companyId: null,
  hasPriorCertification: false,
  userId: null,
};

function birthPlaceKindOf(candidate: Candidate): BirthPlaceKind {
  if (candidate.birthPostalCode !== null) return "postal";
  if (candidate.birthInseeCode === null && candidate.birthCountryCode !== null) return "abroad";
  return "insee";
}

/** A registered candidate's record as the form shows it, to be corrected. */
export function candidateFormValuesOf(candidate: Candidate): CandidateFormValues {
  return {
    birthName: candidate.birthName,
    usageName: candidate.usageName ?? "",
    firstNames: candidate.firstNames.join(", "),
    birthDate: candidate.birthDate,
    sex: candidate.sex,
    birthPlaceKind: birthPlaceKindOf(candidate),
    birthPlaceCode: candidate.birthInseeCode ?? candidate.birthPostalCode ?? "",
    birthCity: candidate.birthCity ?? "",
    birthCountryCode: candidate.birthCountryCode ?? "",
    birthCountry: candidate.birthCountry ?? "",
    email: candidate.email ?? "",
    phone: candidate.phone ?? "",
    employmentStatus: candidate.employmentStatus,
    companyId: candidate.companyId,
    hasPriorCertification: candidate.hasPriorCertification,
    userId: candidate.userId,
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

const splitFirstNames = (text: string) =>
  text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");

/**
 * The request body. `companyIsImplicit` (an employer registering their own employee) leaves the
 * company out so that the server puts theirs.
 */
export function toCandidateInput(values: CandidateFormValues, companyIsImplicit: boolean): CandidateInput {
  const isAbroad = values.birthPlaceKind === "abroad";
  const code = isAbroad ? null : values.birthPlaceCode.trim().toUpperCase();
  const isJobSeeker = values.employmentStatus === "job_seeker";
  return {
    birthName: values.birthName.trim(),
    usageName: orNull(values.usageName),
    firstNames: splitFirstNames(values.firstNames),
    birthDate: values.birthDate,
    sex: values.sex as Sex,
    birthInseeCode: values.birthPlaceKind === "insee" ? code : null,
    birthPostalCode: values.birthPlaceKind === "postal" ? code : null,
    birthCity: orNull(values.birthCity),
    birthCountryCode: isAbroad ? values.birthCountryCode.trim().toUpperCase() : null,
    birthCountry: isAbroad ? orNull(values.birthCountry) : null,
    email: orNull(values.email),
    phone: orNull(values.phone),
    employmentStatus: values.employmentStatus as EmploymentStatus,
    ...(companyIsImplicit && !isJobSeeker ? {} : { companyId: isJobSeeker ? null : values.companyId }),
    hasPriorCertification: values.hasPriorCertification,
    userId: values.userId,
  };
}

/** The form field that shows a message about a request field (`birthInseeCode` → the birth-place code). */
export function formFieldOf(requestField: string): keyof CandidateFormValues {
  const root = requestField.split(".")[0] ?? requestField;
  if (root === "birthInseeCode" || root === "birthPostalCode") return "birthPlaceCode";
  return root as keyof CandidateFormValues;
}

/**
 * The server's checks that can be made before sending, each under the field to correct. `today` is
 * `YYYY-MM-DD`; `needsCompany` is false when the company is implicit (an employer's own).
 */
export function checkCandidateForm(
  values: CandidateFormValues,
  options: { today: string; needsCompany: boolean },
): Partial<Record<keyof CandidateFormValues, FieldProblem>> {
  const problems: Partial<Record<keyof CandidateFormValues, FieldProblem>> = {};
  const required = { key: "problem.required" } as const;
  if (values.birthName.trim() === "") problems.birthName = required;
  const firstNames = splitFirstNames(values.firstNames);
  if (firstNames.length === 0) problems.firstNames = required;
  else if (firstNames.length > 3) problems.firstNames = { key: "problem.tooMany", values: { max: 3 } };
  if (values.birthDate === "") problems.birthDate = required;
  else if (values.birthDate >= options.today) problems.birthDate = { key: "candidate.problem.pastDate" };
  if (values.sex === "") problems.sex = required;
  const code = values.birthPlaceCode.trim().toUpperCase();
  if (values.birthPlaceKind === "insee" && !/^(\d{5}|2[AB]\d{3})$/.test(code))
    problems.birthPlaceCode = code ? { key: "candidate.problem.inseeCode" } : required;
  if (values.birthPlaceKind === "postal" && !/^\d{5}$/.test(code))
    problems.birthPlaceCode = code ? { key: "candidate.problem.postalCode" } : required;
  if (values.birthPlaceKind === "abroad") {
    const country = values.birthCountryCode.trim().toUpperCase();
    if (!/^[A-Z0-9]{3}$/.test(country))
      problems.birthCountryCode = country ? { key: "candidate.problem.countryCode" } : required;
    if (values.birthCountry.trim() === "") problems.birthCountry = required;
  }
  if (values.employmentStatus === "") problems.employmentStatus = required;
  const needsCompany = options.needsCompany && values.employmentStatus !== "job_seeker";
  if (needsCompany && values.employmentStatus !== "" && values.companyId === null)
    problems.companyId = required;
  return problems;
}
