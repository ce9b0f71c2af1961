import { describe, expect, it } from "vitest";
import { buildJuryMember } from "../../test/factories.ts";
import {
  hasMemberProblems,
  initialMemberRows,
  type MemberRow,
  memberProblems,
  newMemberRow,
  toMembersInput,
} from "./members-values.ts";

/** Odd rows sit in the employers' college, even rows in the employees'. */
const row = (key: number, changes: Partial<MemberRow> = {}): MemberRow => ({
  key,
  userId: key + 10,
  college: key % 2 === 1 ? "employer" : "employee",
  organisation: key % 2 === 1 ? "UIMM" : "CFDT",
  seat: "member",
  ...changes,
});
const president = (key: number, changes: Partial<MemberRow> = {}) =>
  row(key, { seat: "president", ...changes });
const vice = (key: number, changes: Partial<MemberRow> = {}) =>
  row(key, { seat: "vice_president", ...changes });

describe("memberProblems", () => {
  it.each<[string, MemberRow[], ReturnType<typeof memberProblems>]>([
    [
      "a president of the presiding college and a vice-president",
      [president(1), vice(2), row(3)],
      { rows: {} },
    ],
    ["a single member", [president(1)], { composition: "members.problem.atLeastTwo", rows: {} }],
    [
      "a row without its account and organisation",
      [president(1), vice(2, { userId: null, organisation: " " })],
      { rows: { 2: { userId: "members.problem.account", organisation: "members.problem.organisation" } } },
    ],
    [
      "the same account twice",
      [president(1), vice(2), row(3, { userId: 11 })],
      { composition: "members.problem.duplicate", rows: {} },
    ],
    ["no president", [vice(2), row(1)], { composition: "members.problem.presidentMissing", rows: {} }],
    [
      "no vice-president",
      [president(1), row(2)],
      { composition: "members.problem.vicePresidentMissing", rows: {} },
    ],
    [
      "two presidents",
      [president(1), president(3), vice(2)],
      { composition: "members.problem.seatTakenTwice", rows: {} },
    ],
    [
      "a president and a vice-president of the same college",
      [president(1), vice(3), row(2)],
      { composition: "members.problem.sameCollege", rows: {} },
    ],
    [
      "a president of the college not presiding this year",
      [president(2), vice(1)],
      { composition: "members.problem.presidingCollege", rows: {} },
    ],
  ])("%s", (_, rows, expected) => {
    const problems = memberProblems(rows, "employer");
    expect(problems).toEqual(expected);
    expect(hasMemberProblems(problems)).toBe(
      expected.composition !== undefined || Object.keys(expected.rows).length > 0,
    );
  });

  it("does not take two rows still without an account for the same member", () => {
    const problems = memberProblems([president(1, { userId: null }), vice(2, { userId: null })], "employer");
    expect(problems.composition).toBeUndefined();
  });
});

describe("member rows", () => {
  it("start from the composed jury and send trimmed organisations", () => {
    const rows = initialMemberRows(
      [
        buildJuryMember({ userId: 5, seat: "president" }),
        buildJuryMember({ userId: 6, college: "employee", organisation: "CFDT ", seat: "vice_president" }),
      ],
      "employer",
    );
    expect(rows.map((item) => item.key)).toEqual([1, 2]);
    expect(newMemberRow(rows, "employee")).toEqual({
      key: 3,
      userId: null,
      college: "employee",
      organisation: "",
      seat: "member",
    });
    expect(toMembersInput(rows)).toEqual({
      members: [
        { userId: 5, college: "employer", organisation: "UIMM", seat: "president" },
        { userId: 6, college: "employee", organisation: "CFDT", seat: "vice_president" },
      ],
    });
  });

  it("start with the president's and vice-president's seats when the jury is not composed", () => {
    expect(initialMemberRows([], "employee").map((item) => [item.college, item.seat])).toEqual([
      ["employee", "president"],
      ["employer", "vice_president"],
    ]);
  });
});
