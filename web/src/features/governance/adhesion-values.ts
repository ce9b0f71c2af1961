import { openAdhesionStatuses } from "../../../../src/modules/governance/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { AdhesionHistory, AdhesionView, Opinion } from "./types.ts";

/**
 * A branch files a request when it has not adhered and has none in progress (the server refuses the
 * others: BRANCH_ALREADY_ADHERED, ADHESION_ALREADY_REQUESTED).
 */
export const mayRequestAdhesion = (history: AdhesionHistory): boolean =>
  history.charterAdhesionDate === null &&
  !history.items.some((request) => openAdhesionStatuses.includes(request.status));

/** The request awaiting its paritaire opinion, if any: only a requested one takes it (rules.ts). */
export const awaitingOpinion = (history: AdhesionHistory | undefined): AdhesionView | undefined =>
  history?.items.find((request) => request.status === "requested");

/** The request awaiting the national committee's decision, if any: the paritaire opinion is recorded. */
export const awaitingDecision = (history: AdhesionHistory | undefined): AdhesionView | undefined =>
  history?.items.find((request) => request.status === "opinion_recorded");

export const opinionFields = ["givenOn", "employer", "employee"] as const;
export type OpinionField = (typeof opinionFields)[number];
export type OpinionValues = { givenOn: string } & Record<"employer" | "employee", Opinion | "">;

/** What the server would refuse, said first: the date, each college's opinion, a date before the request. */
export function opinionProblems(
  values: OpinionValues,
  requestedOn: string,
): Partial<Record<OpinionField, MessageKey>> {
  const problems: Partial<Record<OpinionField, MessageKey>> = {};
  if (!values.givenOn) problems.givenOn = "form.required";
  else if (values.givenOn < requestedOn) problems.givenOn = "adhesion.problem.opinionBeforeRequest";
  if (!values.employer) problems.employer = "form.required";
  if (!values.employee) problems.employee = "form.required";
  return problems;
}
