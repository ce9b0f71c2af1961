import { describe, expect, it } from "vitest";
import { isValidOn } from "./accreditations.ts";

describe("an accreditation's validity", () => {
  const accreditation = { valid_from: "2026-01-01", valid_until: "2026-12-31", revoked_at: null };

  it.each([
    ["2025-12-31", false],
    ["2026-01-01", true],
    ["2026-12-31", true],
    ["2027-01-01", false],
  ])("on %s is %s: its first and last days are included", (day, isValid) => {
    expect(isValidOn(accreditation, day)).toBe(isValid);
  });

  it("ends with its revocation", () => {
    expect(isValidOn({ ...accreditation, revoked_at: "2026-06-01T10:00:00.000Z" }, "2026-06-02")).toBe(false);
  });
});
