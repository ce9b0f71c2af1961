import { checkComposition, otherCollege } from "../../../../src/modules/jury/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";
import { compositionRefusalKeys } from "./refusal-keys.ts";
import type { JuryCollege, JuryMember, JurySeat, MembersInput } from "./types.ts";

/** One seat of the jury as the composition form holds it. */
export interface MemberRow {
  /** Stable while rows are added and removed (React key, field ids). */
  key: number;
  userId: number | null;
  college: JuryCollege;
  organisation: string;
  seat: JurySeat;
}

/**
 * The form starts from the composed jury; a jury not composed yet starts with its two seats to fill:
 * the president, from the college presiding this year, and the vice-president from the other.
 */
export function initialMemberRows(members: JuryMember[], presiding: JuryCollege): MemberRow[] {
  if (members.length === 0)
    return [
      { key: 1, userId: null, college: presiding, organisation: "", seat: "president" },
      { key: 2, userId: null, college: otherCollege(presiding), organisation: "", seat: "vice_president" },
    ];
  return members.map((member, index) => ({
    key: index + 1,
    userId: member.userId,
    college: member.college,
    organisation: member.organisation,
    seat: member.seat,
  }));
}

export function newMemberRow(rows: MemberRow[], college: JuryCollege): MemberRow {
  const key = Math.max(0, ...rows.map((row) => row.key)) + 1;
  return { key, userId: null, college, organisation: "", seat: "member" };
}

type MemberField = "userId" | "organisation";
export interface MemberProblems {
  /** About the composition as a whole (seats, colleges). */
  composition?: MessageKey;
  rows: Record<number, Partial<Record<MemberField, MessageKey>>>;
}

/**
 * What stops the composition from being saved: each row needs its account and organisation, then
 * the server's own composition rule (two members at least; one president and one vice-president from
 * different colleges, the president from the college presiding this year; nobody twice).
 */
export function memberProblems(rows: MemberRow[], presiding: JuryCollege): MemberProblems {
  const problems: MemberProblems = { rows: {} };
  for (const row of rows) {
    const rowProblems: MemberProblems["rows"][number] = {};
    if (row.userId === null) rowProblems.userId = "members.problem.account";
    if (row.organisation.trim() === "") rowProblems.organisation = "members.problem.organisation";
    if (Object.keys(rowProblems).length > 0) problems.rows[row.key] = rowProblems;
  }
  if (rows.length < 2) problems.composition = "members.problem.atLeastTwo";
  else {
    const seated = rows.map((row) => ({
      userId: row.userId ?? -row.key,
      college: row.college,
      seat: row.seat,
    }));
    const refusal = checkComposition(seated, presiding);
    if (refusal) problems.composition = compositionRefusalKeys[refusal];
  }
  return problems;
}

export const hasMemberProblems = (problems: MemberProblems): boolean =>
  problems.composition !== undefined || Object.keys(problems.rows).length > 0;

/** The request body. Call once `memberProblems` finds nothing (every row has its account). */
export function toMembersInput(rows: MemberRow[]): MembersInput {
  return {
    members: rows.map((row) => {
      if (row.userId === null) throw new Error("every member needs an account");
      return {
        userId: row.userId,
        college: row.college,
        organisation: row.organisation.trim(),
        seat: row.seat,
      };
    }),
  };
}
