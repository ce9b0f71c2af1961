import { checkAttendance } from "../../../../src/modules/jury/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";
import { attendanceRefusalKeys } from "./refusal-keys.ts";
import type { AttendanceInput, JuryCollege, JuryMember, Presence } from "./types.ts";

/** Each member's attendance as the form holds it. */
export interface AttendanceRow {
  userId: number;
  college: JuryCollege;
  presence: Presence | null;
  /** The present member voting for this one, when represented. */
  proxyUserId: number | null;
}

/** The form starts from what is recorded (nothing, before the session opens). */
export function initialAttendance(members: JuryMember[]): AttendanceRow[] {
  return members.map((member) => ({
    userId: member.userId,
    college: member.college,
    presence: member.presence,
    proxyUserId: member.presence === "represented" ? member.proxyUserId : null,
  }));
}

/** The proxy a member gives is dropped when they are no longer represented. */
export function setPresence(rows: AttendanceRow[], userId: number, presence: Presence): AttendanceRow[] {
  return rows.map((row) =>
    row.userId === userId
      ? { ...row, presence, proxyUserId: presence === "represented" ? row.proxyUserId : null }
      : row,
  );
}

/** Who may hold a member's proxy: a member of the same college marked present. */
export const proxyHolders = (rows: AttendanceRow[], row: AttendanceRow): AttendanceRow[] =>
  rows.filter(
    (other) => other.userId !== row.userId && other.college === row.college && other.presence === "present",
  );

export interface AttendanceProblem {
  userId: number;
  field: "presence" | "proxyUserId";
  key: MessageKey;
}

/**
 * The first thing that stops the attendance from being recorded, on the member it is about: a
 * presence not given, then the server's own proxy rules (a present holder of the same college, one
 * proxy each).
 */
export function attendanceProblem(rows: AttendanceRow[]): AttendanceProblem | null {
  const missing = rows.find((row) => row.presence === null);
  if (missing) return { userId: missing.userId, field: "presence", key: "attendance.problem.presence" };
  const refused = checkAttendance(rows);
  return refused
    ? { userId: refused.userId, field: "proxyUserId", key: attendanceRefusalKeys[refused.refusal] }
    : null;
}

/** The request body; a proxy is sent only for a represented member. */
export function toAttendanceInput(rows: AttendanceRow[]): AttendanceInput {
  return {
    attendance: rows.map((row) => ({
      userId: row.userId,
      presence: row.presence ?? "absent",
      ...(row.presence === "represented" && row.proxyUserId !== null ? { proxyUserId: row.proxyUserId } : {}),
    })),
  };
}
