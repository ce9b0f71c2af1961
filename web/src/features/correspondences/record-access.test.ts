import { describe, expect, it } from "vitest";
import { canRecordCorrespondences } from "../auth/policy.ts";
import { roles } from "../auth/types.ts";

const signedInAs = (role: (typeof roles)[number]) => ({
  id: 1,
  email: `${role}@example.org`,
  displayName: role,
  role,
  branchCodes: role === "branch_officer" ? ["UIMM"] : [],
  companyId: null,
});

describe("who is offered the correspondence forms", () => {
  it("is the national committee's secretariat only, as the server's policy says", () => {
    expect(roles.filter((role) => canRecordCorrespondences(signedInAs(role)))).toEqual(["admin"]);
    expect(canRecordCorrespondences(null)).toBe(false);
    expect(canRecordCorrespondences(undefined)).toBe(false);
  });
});
