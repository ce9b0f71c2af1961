import type { MessageKey } from "../../lib/i18n/index.tsx";
import { dayOrNull } from "../../lib/use-form-values.ts";
import type { AddMemberInput, College } from "./types.ts";

export const memberFields = ["fullName", "college", "organisation", "mandateStart", "mandateEnd"] as const;
export type MemberField = (typeof memberFields)[number];

/** The member form's inputs, as typed (an empty mandate end: a mandate still running). */
export interface MemberValues {
  fullName: string;
  college: College | "";
  organisation: string;
  mandateStart: string;
  mandateEnd: string;
}

export const emptyMember = (): MemberValues => ({
  fullName: "",
  college: "",
  organisation: "",
  mandateStart: "",
  mandateEnd: "",
});

/** What the server would refuse, said first: the person, college, organisation, start, an end before it. */
export function memberProblems(values: MemberValues): Partial<Record<MemberField, MessageKey>> {
  const problems: Partial<Record<MemberField, MessageKey>> = {};
  if (!values.fullName.trim()) problems.fullName = "form.required";
  if (!values.college) problems.college = "form.required";
  if (!values.organisation.trim()) problems.organisation = "form.required";
  if (!values.mandateStart) problems.mandateStart = "form.required";
  else if (values.mandateEnd && values.mandateEnd < values.mandateStart)
    problems.mandateEnd = "problem.notBeforeStart";
  return problems;
}

export const toMemberInput = (values: MemberValues): AddMemberInput => ({
  fullName: values.fullName.trim(),
  college: values.college as College,
  organisation: values.organisation.trim(),
  mandateStart: values.mandateStart,
  mandateEnd: dayOrNull(values.mandateEnd),
});
