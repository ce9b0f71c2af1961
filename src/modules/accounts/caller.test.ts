import { describe, expect, it } from "vitest";
import { anonymous, authorId, type Caller, hasRole, managesBranch, platform, userCaller } from "./caller.ts";
import type { Role } from "./roles.ts";

const user = (role: Role, branchCodes: string[] = []) =>
  userCaller({ userId: 7, email: "u@test.example", role, branchCodes, companyId: null, via: "session" });

describe("managesBranch: admin, or branch officer of this branch", () => {
  it.each<[string, Caller, boolean]>([
    ["the admin", user("admin"), true],
    ["an officer of the branch", user("branch_officer", ["UIMM", "LEEM"]), true],
    ["an officer of another branch", user("branch_officer", ["LEEM"]), false],
    ["an officer without branches", user("branch_officer"), false],
    ["an evaluator", user("evaluator", ["UIMM"]), false],
    ["an employer", user("employer"), false],
    ["a jury member", user("jury_member"), false],
    ["a candidate", user("candidate"), false],
    ["the platform", platform, true],
    ["an anonymous visitor", anonymous, false],
  ])("%s: %s", (_, caller, expected) => {
    expect(managesBranch(caller, "UIMM")).toBe(expected);
  });
});

describe("the kinds of caller", () => {
  it("name the author of a change only for a signed-in user", () => {
    expect(authorId(user("admin"))).toBe(7);
    expect(authorId(platform)).toBeNull();
    expect(authorId(anonymous)).toBeNull();
  });

  it("give a role only to a signed-in user", () => {
    expect(hasRole(user("admin"), "admin", "branch_officer")).toBe(true);
    expect(hasRole(user("evaluator"), "admin")).toBe(false);
    expect(hasRole(platform, "admin")).toBe(false);
    expect(hasRole(anonymous, "admin")).toBe(false);
  });
});
