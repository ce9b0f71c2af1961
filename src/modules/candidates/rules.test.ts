import { describe, expect, it } from "vitest";
import { fieldCodes } from "../../test/field-codes.ts";
import { type CandidateFacts, candidateProblems, displayNameOf } from "./rules.ts";

const facts: CandidateFacts = {
  birthDate: "1978-05-14",
  birthInseeCode: "75056",
  birthPostalCode: null,
  birthCountryCode: null,
  employmentStatus: "employee",
  companyId: 3,
};
const today = "2026-03-02";

describe("rules tying a candidate's fields together", () => {
  it.each([
    { case: "a complete record", change: {}, problems: {} },
    { case: "born today", change: { birthDate: today }, problems: { birthDate: "NOT_PAST_DATE" } },
    { case: "born yesterday", change: { birthDate: "2026-03-01" }, problems: {} },
    {
      case: "both commune codes",
      change: { birthPostalCode: "75001" },
      problems: { birthPostalCode: "BIRTHPLACE_BOTH_CODES" },
    },
    {
      case: "no commune code, born in France",
      change: { birthInseeCode: null },
      problems: { birthInseeCode: "BIRTHPLACE_REQUIRED" },
    },
    {
      case: "no commune code, born abroad",
      change: { birthInseeCode: null, birthCountryCode: "DEU" },
      problems: {},
    },
    { case: "a postal code only", change: { birthInseeCode: null, birthPostalCode: "75001" }, problems: {} },
    {
      case: "an employee without company",
      change: { companyId: null },
      problems: { companyId: "COMPANY_REQUIRED" },
    },
    {
      case: "a job seeker with a company",
      change: { employmentStatus: "job_seeker" as const },
      problems: { companyId: "COMPANY_NOT_ALLOWED" },
    },
    { case: "a company still to be defaulted", change: { companyId: undefined }, problems: {} },
  ])("$case", ({ change, problems }) => {
    expect(fieldCodes({ fields: candidateProblems({ ...facts, ...change }, today) })).toEqual(problems);
  });
});

describe("display name", () => {
  it("shows the first first name and the usage name, else the birth name, in capitals", () => {
    expect(displayNameOf({ firstNames: ["Léa", "Marie"], birthName: "Martin", usageName: null })).toBe(
      "Léa MARTIN",
    );
    expect(displayNameOf({ firstNames: ["Éric"], birthName: "Martin", usageName: "d'Orléans" })).toBe(
      "Éric D'ORLÉANS",
    );
  });
});
