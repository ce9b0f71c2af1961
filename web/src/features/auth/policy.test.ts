import { describe, expect, it } from "vitest";
import { userCaller } from "../../../../src/modules/accounts/caller.ts";
import { keepsRecordsOf } from "../../../../src/modules/governance/policy.ts";
import type { BodyKind } from "../../../../src/modules/governance/rules.ts";
import { canKeepRecordsOf } from "./policy.ts";
import type { Me } from "./types.ts";
import { roles } from "./types.ts";

const person = (role: Me["role"], branchCodes: string[] = []): Me => ({
  id: 7,
  email: "secretariat@exemple.fr",
  displayName: "Secrétariat",
  role,
  branchCodes,
  companyId: null,
});

const bodies: { kind: BodyKind; branchCode: string | null }[] = [
  { kind: "national_committee", branchCode: null },
  { kind: "coc", branchCode: null },
  { kind: "cpne", branchCode: "UIMM" },
  { kind: "cpne", branchCode: "LEEM" },
];

describe("canKeepRecordsOf", () => {
  it("gives the national bodies to the committee's secretariat and a CPNE to its branch's officer too", () => {
    const uimmOfficer = person("branch_officer", ["UIMM"]);
    expect(bodies.map((body) => canKeepRecordsOf(uimmOfficer, body))).toEqual([false, false, true, false]);
    expect(bodies.map((body) => canKeepRecordsOf(person("admin"), body))).toEqual([true, true, true, true]);
    expect(bodies.map((body) => canKeepRecordsOf(null, body))).toEqual([false, false, false, false]);
  });

  it("answers as the server's keepsRecordsOf for every role and body", () => {
    for (const role of roles)
      for (const branchCodes of [[], ["UIMM"], ["LEEM", "UIMM"]])
        for (const body of bodies) {
          const me = person(role, branchCodes);
          const caller = userCaller({
            userId: me.id,
            email: me.email,
            role,
            branchCodes,
            companyId: null,
            via: "session",
          });
          expect(canKeepRecordsOf(me, body), `${role} ${branchCodes} ${body.kind} ${body.branchCode}`).toBe(
            keepsRecordsOf(caller, { kind: body.kind, branch_code: body.branchCode }),
          );
        }
  });
});
