import { describe, expect, it } from "vitest";
import {
  type CandidateFormValues,
  candidateFormValuesOf,
  checkCandidateForm,
  emptyCandidateForm,
  formFieldOf,
  toCandidateInput,
} from "./candidate-values.ts";
import type { Candidate } from "./types.ts";

const filled: CandidateFormValues = {
  ...emptyCandidateForm,
  birthName: " Lefèvre ",
  firstNames: "Julien, Marc ,",
  birthDate: "1986-04-12",
  sex: "M",
  birthPlaceCode: "2a004",
  birthCity: "Ajaccio",
  employmentStatus: "employee",
  companyId: 4,
};
const today = "2026-11-26";

describe("toCandidateInput", () => {
  it("trims, splits the first names and sends the birth commune under its kind of code", () => {
    expect(toCandidateInput(filled, false)).toEqual({
      birthName: "Lefèvre",
      usageName: null,
      firstNames: ["Julien", "Marc"],
      birthDate: "1986-04-12",
      sex: "M",
      birthInseeCode: "2A004",
      birthPostalCode: null,
      birthCity: "Ajaccio",
      birthCountryCode: null,
      birthCountry: null,
      email: null,
      phone: null,
      employmentStatus: "employee",
      companyId: 4,
      hasPriorCertification: false,
      userId: null,
    });
  });

  it("sends the country for someone born abroad, no company for a job seeker, none for an employer's own", () => {
    const abroad = toCandidateInput(
      {
        ...filled,
        birthPlaceKind: "abroad",
        birthCountryCode: "mar",
        birthCountry: "Maroc",
        employmentStatus: "job_seeker",
      },
      false,
    );
    expect(abroad).toMatchObject({
      birthInseeCode: null,
      birthPostalCode: null,
      birthCountryCode: "MAR",
      companyId: null,
    });
    expect("companyId" in toCandidateInput(filled, true)).toBe(false);
  });
});

describe("checkCandidateForm", () => {
  it("accepts a complete form", () => {
    expect(checkCandidateForm(filled, { today, needsCompany: true })).toEqual({});
  });

  it("names each field to correct, as the server would", () => {
    const problems = checkCandidateForm(
      { ...emptyCandidateForm, firstNames: "A, B, C, D", birthDate: "2030-01-01", birthPlaceCode: "7505" },
      { today, needsCompany: true },
    );
    expect(problems).toEqual({
      birthName: { key: "problem.required" },
      firstNames: { key: "problem.tooMany", values: { max: 3 } },
      birthDate: { key: "candidate.problem.pastDate" },
      sex: { key: "problem.required" },
      birthPlaceCode: { key: "candidate.problem.inseeCode" },
      employmentStatus: { key: "problem.required" },
    });
  });

  it("asks an employee's company unless it is implicit, and a country for someone born abroad", () => {
    const noCompany = { ...filled, companyId: null };
    expect(checkCandidateForm(noCompany, { today, needsCompany: true })).toEqual({
      companyId: { key: "problem.required" },
    });
    expect(checkCandidateForm(noCompany, { today, needsCompany: false })).toEqual({});
    expect(
      checkCandidateForm({ ...filled, birthPlaceKind: "abroad" }, { today, needsCompany: true }),
    ).toEqual({
      birthCountryCode: { key: "problem.required" },
      birthCountry: { key: "problem.required" },
    });
  });
});

describe("formFieldOf", () => {
  it("shows the server's messages beside the field the reader typed in", () => {
    expect(formFieldOf("birthPostalCode")).toBe("birthPlaceCode");
    expect(formFieldOf("firstNames.1")).toBe("firstNames");
    expect(formFieldOf("companyId")).toBe("companyId");
  });
});

describe("candidateFormValuesOf", () => {
  const registered: Candidate = {
    id: 7,
    displayName: "Julien LEFÈVRE",
    birthName: "Lefèvre",
    usageName: "Martin",
    firstNames: ["Julien", "Marc"],
    birthDate: "1986-04-12",
    sex: "M",
    birthInseeCode: "2A004",
    birthPostalCode: null,
    birthCity: "Ajaccio",
    birthCountryCode: null,
    birthCountry: null,
    email: "julien@example.fr",
    phone: "06 12 34 56 78",
    employmentStatus: "employee",
    companyId: 4,
    companyName: "Mécanique de l'Ouest",
    hasPriorCertification: true,
    userId: 12,
    createdAt: "2026-01-05T09:00:00.000Z",
    updatedAt: "2026-01-05T09:00:00.000Z",
  };

  it("shows a registered record in the form, which sends it back unchanged", () => {
    const values = candidateFormValuesOf(registered);
    expect(values).toMatchObject({
      firstNames: "Julien, Marc",
      birthPlaceKind: "insee",
      birthPlaceCode: "2A004",
    });
    const { id, displayName, createdAt, updatedAt, companyName, ...fields } = registered;
    expect(toCandidateInput(values, false)).toEqual(fields);
  });

  it("picks the kind of birthplace the record has", () => {
    const postal = { ...registered, birthInseeCode: null, birthPostalCode: "33000" };
    expect(candidateFormValuesOf(postal)).toMatchObject({
      birthPlaceKind: "postal",
      birthPlaceCode: "33000",
    });
    const abroad = { ...registered, birthInseeCode: null, birthCountryCode: "MAR", birthCountry: "Maroc" };
    expect(candidateFormValuesOf(abroad)).toMatchObject({
      birthPlaceKind: "abroad",
      birthCountryCode: "MAR",
    });
  });
});
