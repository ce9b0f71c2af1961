import { describe, expect, it } from "vitest";
import { addMonths, ageOn, awardFigures, daysBetween, share } from "./rules.ts";

describe("the statistics' definitions", () => {
  it.each([
    ["1981-06-15", "2026-06-14", 44],
    ["1981-06-15", "2026-06-15", 45],
    ["1980-02-29", "2025-02-28", 44],
    ["1980-02-29", "2025-03-01", 45],
    ["2000-12-31", "2001-01-01", 0],
  ])("born %s is, on %s, %i years old", (birth, day, age) => expect(ageOn(birth, day)).toBe(age));

  it.each([
    ["2026-01-15", 3, "2026-04-15"],
    ["2025-11-30", 3, "2026-02-28"],
    ["2023-11-30", 3, "2024-02-29"],
    ["2026-10-31", 3, "2027-01-31"],
    ["2026-12-31", 2, "2027-02-28"],
  ])("%s plus %i months is %s", (day, months, expected) => expect(addMonths(day, months)).toBe(expected));

  it("counts days across a change of summer time and a leap day", () => {
    expect(daysBetween("2024-02-28", "2024-03-31")).toBe(32);
    expect(daysBetween("2026-03-02", "2026-03-02")).toBe(0);
  });

  it.each([
    [{ hasPriorCertification: false, hasEarlierCertificate: false, hasTrainingPlan: false }, true, "direct"],
    [{ hasPriorCertification: true, hasEarlierCertificate: false, hasTrainingPlan: false }, false, "direct"],
    [
      { hasPriorCertification: false, hasEarlierCertificate: true, hasTrainingPlan: true },
      false,
      "with_training",
    ],
  ] as const)("decides first certification and route from %o", (facts, isFirst, route) => {
    const figures = awardFigures({
      birthDate: "1970-01-01",
      awardedOn: "2026-05-31",
      registeredOn: "2026-01-31",
      ...facts,
    });
    expect(figures).toEqual({
      ageAtAward: 56,
      isOver45: true,
      isFirstCertification: isFirst,
      route,
      registrationToAwardDays: 120,
      declarationDueOn: "2026-08-31",
    });
  });

  it("gives no share of nothing", () => {
    expect(share(0, 0)).toBeNull();
    expect(share(1, 3)).toBe(33.3);
  });
});
