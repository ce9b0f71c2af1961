import {
  colleges,
  type DecisionOutcome,
  decisionKinds,
  decisionOutcome,
  decisionSubjects,
  mayDecide,
} from "../../../../src/modules/governance/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { BodyKind, College, DecisionKind, DecisionVotes, RecordDecisionInput } from "./types.ts";

export const voteChoices = ["for", "against", "abstain"] as const;
export type VoteChoice = (typeof voteChoices)[number];

/** The decision form's inputs, as typed: counts as the number inputs give them (a number, or "" when cleared). */
export interface DecisionValues {
  kind: DecisionKind | "";
  decidedOn: string;
  title: string;
  qualificationCode: string;
  version: string;
  adhesionRequestId: number | null;
  votes: Record<College, Record<VoteChoice, number | string>>;
  documentVersionIds: number[];
}

/** The fields the form shows its problems beside, as the server names them. */
export const decisionFields = [
  "kind",
  "decidedOn",
  "title",
  "qualificationCode",
  "version",
  "adhesionRequestId",
  ...colleges.flatMap((college) => voteChoices.map((choice) => `votes.${college}.${choice}`)),
] as const;
export type DecisionField = "kind" | "decidedOn" | "title" | SubjectField;
type SubjectField = (typeof decisionSubjects)[DecisionKind][number];

export const emptyDecision = (): DecisionValues => ({
  kind: "",
  decidedOn: "",
  title: "",
  qualificationCode: "",
  version: "",
  adhesionRequestId: null,
  votes: {
    employer: { for: 0, against: 0, abstain: 0 },
    employee: { for: 0, against: 0, abstain: 0 },
  },
  documentVersionIds: [],
});

/** The kinds of decision this body takes (an adhesion: the national committee only). */
export const decisionKindsOf = (bodyKind: BodyKind): DecisionKind[] =>
  decisionKinds.filter((kind) => mayDecide(bodyKind, kind));

/** What a decision of this kind must name besides its date and title: the CQPI, its version, a request. */
export const subjectFieldsOf = (kind: DecisionKind | ""): readonly SubjectField[] =>
  kind ? decisionSubjects[kind] : [];

const count = (value: number | string): number => (typeof value === "number" ? value : Number(value) || 0);

export const votesOf = (values: DecisionValues): DecisionVotes => {
  const of = (college: College) => ({
    for: count(values.votes[college].for),
    against: count(values.votes[college].against),
    abstain: count(values.votes[college].abstain),
  });
  return { employer: of("employer"), employee: of("employee") };
};

/** The outcome the votes give, as the server will record it: shown while the votes are typed. */
export const outcomeOf = (values: DecisionValues): DecisionOutcome => decisionOutcome(votesOf(values));

/** What the server would refuse, said first: the kind, date, title and the subject the kind names. */
export function decisionProblems(values: DecisionValues): Partial<Record<DecisionField, MessageKey>> {
  const problems: Partial<Record<DecisionField, MessageKey>> = {};
  if (!values.kind) problems.kind = "form.required";
  if (!values.decidedOn) problems.decidedOn = "form.required";
  if (!values.title.trim()) problems.title = "form.required";
  for (const field of subjectFieldsOf(values.kind)) {
    const isMissing = field === "adhesionRequestId" ? values[field] === null : values[field] === "";
    if (isMissing) problems[field] = "form.required";
  }
  return problems;
}

/** The request body: only the subject the kind names, the other facts left out. */
export function toDecisionInput(values: DecisionValues): RecordDecisionInput {
  const subjects = subjectFieldsOf(values.kind);
  return {
    kind: values.kind as DecisionKind,
    decidedOn: values.decidedOn,
    title: values.title.trim(),
    qualificationCode: subjects.includes("qualificationCode") ? values.qualificationCode : null,
    version: subjects.includes("version") ? Number(values.version) : null,
    adhesionRequestId: subjects.includes("adhesionRequestId") ? values.adhesionRequestId : null,
    votes: votesOf(values),
    documentVersionIds: values.documentVersionIds,
  };
}
