import { describe, expect, it } from "vitest";
import {
  formatCertificateNumber,
  isSameFamilyName,
  isWellFormedCertificateNumber,
  luhnCheckDigit,
} from "./rules.ts";

describe("certificate numbers", () => {
  it.each([
    ["7992739871", 3],
    ["0", 0],
    ["202600000001", 1],
  ])("Luhn check digit of %s is %i", (digits, check) => expect(luhnCheckDigit(digits)).toBe(check));

  it("formats branch, year, 8-digit serial and check digit", () => {
    expect(formatCertificateNumber("UIMM", 2026, 1)).toBe("UIMM-2026-00000001-1");
    expect(formatCertificateNumber("ALLIANCE-7", 2026, 48217365)).toMatch(/^ALLIANCE-7-2026-48217365-\d$/);
  });

  it.each([
    ["UIMM-2026-00000001-1", true],
    ["ALLIANCE-7-2026-00000001-1", true],
    ["UIMM-2026-00000001-7", false],
    ["UIMM-2026-00000010-1", false],
    ["UIMM-2027-00000001-1", false],
    ["UIMM-2026-0000001-1", false],
    ["uimm-2026-00000001-1", false],
    ["", false],
  ])("%s is well formed: %s", (number, expected) =>
    expect(isWellFormedCertificateNumber(number)).toBe(expected),
  );
});

describe("family names typed by a verifier", () => {
  it.each([
    ["Lefèvre", "Lefèvre", true],
    ["lefevre", "Lefèvre", true],
    ["LEFEVRE ", "Lefèvre", true],
    ["Dupré-Martin", "Dupré Martin", true],
    ["d'Arc", "D’Arc", true],
    ["Nguyễn", "Nguyen", true],
    ["Lefèvr", "Lefèvre", false],
    ["", "Lefèvre", false],
    ["   ", "Lefèvre", false],
  ])("%j matches %j: %s", (typed, holder, expected) =>
    expect(isSameFamilyName(typed, holder)).toBe(expected),
  );
});
