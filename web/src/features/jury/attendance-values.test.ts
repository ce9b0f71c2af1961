import { describe, expect, it } from "vitest";
import { buildJuryMember } from "../../test/factories.ts";
import {
  type AttendanceRow,
  attendanceProblem,
  initialAttendance,
  proxyHolders,
  setPresence,
  toAttendanceInput,
} from "./attendance-values.ts";

/** Members 1–3 sit in the employers' college, 4–6 in the employees'. */
const row = (userId: number, presence: AttendanceRow["presence"], proxyUserId: number | null = null) => ({
  userId,
  college: userId <= 3 ? ("employer" as const) : ("employee" as const),
  presence,
  proxyUserId,
});

describe("attendanceProblem", () => {
  it.each<[string, AttendanceRow[], ReturnType<typeof attendanceProblem>]>([
    ["everyone present", [row(1, "present"), row(4, "present")], null],
    ["an absent member", [row(1, "present"), row(4, "present"), row(5, "absent")], null],
    [
      "a presence not given",
      [row(1, "present"), row(4, null)],
      { userId: 4, field: "presence", key: "attendance.problem.presence" },
    ],
    [
      "represented without a proxy",
      [row(1, "present"), row(2, "represented")],
      { userId: 2, field: "proxyUserId", key: "attendance.problem.proxy" },
    ],
    [
      "represented by a member present of the same college",
      [row(1, "present"), row(2, "represented", 1)],
      null,
    ],
    [
      "a proxy given to someone absent",
      [row(1, "absent"), row(2, "represented", 1)],
      { userId: 2, field: "proxyUserId", key: "attendance.problem.proxyAbsent" },
    ],
    [
      "a proxy given to the other college",
      [row(1, "present"), row(4, "represented", 1)],
      { userId: 4, field: "proxyUserId", key: "attendance.problem.proxyOtherCollege" },
    ],
    [
      "a second proxy for the same member",
      [row(1, "present"), row(2, "represented", 1), row(3, "represented", 1)],
      { userId: 3, field: "proxyUserId", key: "attendance.problem.secondProxy" },
    ],
  ])("%s", (_, rows, expected) => {
    expect(attendanceProblem(rows)).toEqual(expected);
  });
});

describe("attendance rows", () => {
  it("start from the recorded attendance and keep a proxy only for a represented member", () => {
    const rows = initialAttendance([
      buildJuryMember({ userId: 1, presence: "present", proxyUserId: null }),
      buildJuryMember({ userId: 2, presence: "represented", proxyUserId: 1 }),
      buildJuryMember({ userId: 4, college: "employee", presence: null, proxyUserId: null }),
    ]);
    expect(rows).toEqual([row(1, "present"), row(2, "represented", 1), row(4, null)]);
    expect(setPresence(rows, 2, "absent")[1]).toEqual(row(2, "absent"));
    expect(toAttendanceInput([row(1, "present"), row(2, "represented", 1), row(4, "absent")])).toEqual({
      attendance: [
        { userId: 1, presence: "present" },
        { userId: 2, presence: "represented", proxyUserId: 1 },
        { userId: 4, presence: "absent" },
      ],
    });
  });

  it("offer as proxy holders the members present of the same college", () => {
    const rows = [row(1, "present"), row(2, "represented"), row(3, "absent"), row(4, "present")];
    expect(proxyHolders(rows, rows[1]!).map((holder) => holder.userId)).toEqual([1]);
  });
});
