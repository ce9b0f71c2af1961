import { describe, expect, it } from "vitest";
import { emptyMember, type MemberValues, memberProblems, toMemberInput } from "./member-values.ts";

const member = (changes: Partial<MemberValues>): MemberValues => ({
  fullName: "Claire Delmas",
  college: "employee",
  organisation: "CFDT",
  mandateStart: "2024-01-01",
  mandateEnd: "",
  ...changes,
});

describe("memberProblems", () => {
  it.each<[string, MemberValues, ReturnType<typeof memberProblems>]>([
    ["a running mandate", member({}), {}],
    ["a mandate ending on its first day", member({ mandateEnd: "2024-01-01" }), {}],
    [
      "a mandate ending before it starts",
      member({ mandateEnd: "2023-12-31" }),
      { mandateEnd: "problem.notBeforeStart" },
    ],
    [
      "nothing typed",
      emptyMember(),
      {
        fullName: "form.required",
        college: "form.required",
        organisation: "form.required",
        mandateStart: "form.required",
      },
    ],
    [
      "blank names",
      member({ fullName: " ", organisation: " " }),
      { fullName: "form.required", organisation: "form.required" },
    ],
  ])("%s", (_, values, expected) => {
    expect(memberProblems(values)).toEqual(expected);
  });
});

describe("toMemberInput", () => {
  it("trims the names and sends an empty end as a running mandate", () => {
    expect(toMemberInput(member({ fullName: " Claire Delmas ", organisation: "CFDT " }))).toEqual({
      fullName: "Claire Delmas",
      college: "employee",
      organisation: "CFDT",
      mandateStart: "2024-01-01",
      mandateEnd: null,
    });
  });
});
