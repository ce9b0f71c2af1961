import { describe, expect, it } from "vitest";
import { figureCards, groupedBy, periodDays, roughFraction, totalOf, yearOptions } from "./figures.ts";
import type { AwardGroup } from "./types.ts";

const row = (qualificationCode: string, branchCode: string, year: number, awards: number): AwardGroup => ({
  qualificationCode,
  branchCode,
  year,
  awards,
  full: awards - 1,
  partial: 1,
  over45: 1,
  firstCertification: awards,
  direct: 0,
});
const rows = [row("CEI", "UIMM", 2010, 4), row("AL", "UIMM", 2011, 3), row("CEI", "LEEM", 2010, 2)];

describe("the dashboard's sums", () => {
  it("total every count of the rows", () => {
    expect(totalOf(rows)).toEqual({
      awards: 9,
      full: 6,
      partial: 3,
      over45: 3,
      firstCertification: 9,
      direct: 0,
    });
  });

  it("group the rows by one dimension, in its order", () => {
    expect(groupedBy(rows, "year").map((g) => [g.key, g.awards, g.full])).toEqual([
      ["2010", 6, 4],
      ["2011", 3, 2],
    ]);
    expect(groupedBy(rows, "qualificationCode").map((g) => [g.key, g.awards])).toEqual([
      ["AL", 3],
      ["CEI", 6],
    ]);
  });
});

describe("a share read as the slide says it", () => {
  it("is the simplest close fraction", () => {
    expect(roughFraction(33.3)).toEqual({ part: 1, whole: 3 });
    expect(roughFraction(66.7)).toEqual({ part: 2, whole: 3 });
    expect(roughFraction(50)).toEqual({ part: 1, whole: 2 });
    expect(roughFraction(41)).toEqual({ part: 2, whole: 5 });
  });

  it("is nothing when no simple fraction is close, or nothing was counted", () => {
    expect(roughFraction(10)).toBeNull();
    expect(roughFraction(null)).toBeNull();
  });
});

describe("the period filter", () => {
  it("offers the years since the charter, newest first", () => {
    expect(yearOptions(2008)).toEqual(["2008", "2007", "2006"]);
  });

  it("turns years into the declarations' days", () => {
    expect(periodDays("2010", "2012")).toEqual({ from: "2010-01-01", to: "2012-12-31" });
    expect(periodDays("", "")).toEqual({ from: "", to: "" });
  });
});

describe("the dashboard's figure cards", () => {
  const figures = {
    certificates: 12,
    full: 9,
    partial: 3,
    over45Share: 33.3,
    firstCertificationShare: 66.7,
    directOnExperienceShare: 25,
    fullShare: 75,
    medianRegistrationToAwardDays: 212.5,
    declaredWithinThreeMonthsShare: null,
  };

  it("show every figure of the scope, the median and the share declared in time included", () => {
    expect(figureCards(figures).map((c) => [c.label, c.value, c.unit])).toEqual([
      ["observatory.awards", 12, "count"],
      ["observatory.fullShare", 75, "percent"],
      ["observatory.over45Share", 33.3, "percent"],
      ["observatory.firstCertificationShare", 66.7, "percent"],
      ["observatory.directShare", 25, "percent"],
      ["observatory.medianDays", 212.5, "days"],
      ["observatory.declaredInTime", null, "percent"],
    ]);
  });

  it("show nothing until the figures arrive", () => {
    expect(figureCards(undefined).every((c) => c.value === null)).toBe(true);
    expect(figureCards(undefined)).toHaveLength(7);
  });
});
