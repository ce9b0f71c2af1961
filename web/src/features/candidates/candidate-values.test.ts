import { describe, expect, it } from "vitest";
import {
  type CandidateFormValues,
  checkCandidateForm,
  emptyCandidateForm,
  formFieldOf,
  toCandidateInput,
} from "./candidate-values.ts";

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
