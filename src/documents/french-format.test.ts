import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent, formatShortDate } from "./french-format.ts";

describe("French formatting", () => {
  it("formats dates in Paris time and percents with a no-break space", () => {
    expect(formatDate("2025-03-31T23:30:00Z")).toBe("1 avril 2025");
    expect(formatPercent(12.5)).toBe("12,5\u00a0%");
    expect(formatNumber(1234.567)).toBe("1\u202f234,57");
  });

  it("writes a table cell's date as day/month/year, a day as itself and an instant in Paris time", () => {
    expect(formatShortDate("2026-05-20")).toBe("20/05/2026");
    expect(formatShortDate("2025-03-31T23:30:00Z")).toBe("01/04/2025");
  });
});
