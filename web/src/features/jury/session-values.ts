import type { MessageKey } from "../../lib/i18n/index.tsx";

export const sessionFields = ["branchCode", "sittingOn", "place", "videoLink"] as const;
export type SessionField = (typeof sessionFields)[number];
/** The session form's inputs, as typed. */
export type SessionValues = Record<SessionField, string>;

const isWebAddress = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

/** What the server would refuse, said first: a branch, a date, a place or a link, a link that is a web address. */
export function sessionProblems(values: SessionValues): Partial<Record<SessionField, MessageKey>> {
  const problems: Partial<Record<SessionField, MessageKey>> = {};
  if (!values.branchCode) problems.branchCode = "form.required";
  if (!values.sittingOn) problems.sittingOn = "form.required";
  if (!values.place.trim() && !values.videoLink.trim()) problems.place = "jurySession.placeOrLink";
  if (values.videoLink.trim() && !isWebAddress(values.videoLink.trim()))
    problems.videoLink = "jurySession.problem.videoLink";
  return problems;
}
