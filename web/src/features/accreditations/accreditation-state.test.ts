import { describe, expect, it } from "vitest";
import { accreditationState, evaluatorOptions } from "./accreditation-state.ts";
import type { Accreditation } from "./types.ts";

const accreditation = (overrides: Partial<Accreditation> = {}): Accreditation => ({
  id: 1,
  evaluatorUserId: 3,
  evaluatorName: "Claire Évaluatrice",
  qualificationCode: "CEI",
  branchCode: "UIMM",
  validFrom: "2026-01-01",
  validUntil: "2027-01-01",
  revokedAt: null,
  isValidToday: true,
  ...overrides,
});

describe("accreditationState", () => {
  it("holds from its first day to its last day, both included, unless revoked", () => {
    expect(accreditationState(accreditation(), "2026-01-01")).toBe("valid");
    expect(accreditationState(accreditation(), "2027-01-01")).toBe("valid");
    expect(accreditationState(accreditation(), "2027-01-02")).toBe("expired");
    expect(accreditationState(accreditation(), "2025-12-31")).toBe("upcoming");
    expect(accreditationState(accreditation({ revokedAt: "2026-06-01T10:00:00Z" }), "2026-06-02")).toBe(
      "revoked",
    );
  });
});

describe("evaluatorOptions", () => {
  const target = { qualificationCode: "CEI", branchCode: "UIMM" };

  it("lists an officer's evaluators from the accreditations, once each, the accredited ones first", () => {
    const options = evaluatorOptions(
      null,
      [
        accreditation({ evaluatorUserId: 9, evaluatorName: "Bruno", qualificationCode: "OMI" }),
        accreditation({ evaluatorUserId: 3, evaluatorName: "Claire", isValidToday: false }),
        accreditation({ evaluatorUserId: 3, evaluatorName: "Claire" }),
        accreditation({ evaluatorUserId: 5, evaluatorName: "Alice", isValidToday: false }),
      ],
      target,
    );
    expect(options).toEqual([
      { userId: 3, name: "Claire", isAccredited: true },
      { userId: 5, name: "Alice", isAccredited: false },
      { userId: 9, name: "Bruno", isAccredited: false },
    ]);
  });

  it("lists every evaluator account for an admin, marked by their accreditations", () => {
    const options = evaluatorOptions(
      [
        { id: 3, displayName: "Claire" },
        { id: 4, displayName: "Arthur" },
      ],
      [
        accreditation({ evaluatorUserId: 3 }),
        accreditation({ evaluatorUserId: 99, evaluatorName: "Ancien compte" }),
      ],
      target,
    );
    expect(options).toEqual([
      { userId: 3, name: "Claire", isAccredited: true },
      { userId: 4, name: "Arthur", isAccredited: false },
    ]);
  });
});
