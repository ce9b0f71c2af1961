import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { AdhesionView, BodyKind, College, DecisionKind, DecisionView, DocumentKind } from "./types.ts";

export const bodyKindKeys = {
  national_committee: "bodyKind.nationalCommittee",
  coc: "bodyKind.coc",
  cpne: "bodyKind.cpne",
} as const satisfies Record<BodyKind, MessageKey>;

export const collegeKeys = {
  employer: "college.employer",
  employee: "college.employee",
} as const satisfies Record<College, MessageKey>;

export const decisionKindKeys = {
  create_qualification: "decisionKind.createQualification",
  retire_qualification: "decisionKind.retireQualification",
  validate_version: "decisionKind.validateVersion",
  publish_version: "decisionKind.publishVersion",
  accept_adhesion: "decisionKind.acceptAdhesion",
  recognise_correspondence: "decisionKind.recogniseCorrespondence",
} as const satisfies Record<DecisionKind, MessageKey>;

export const outcomeKeys = {
  adopted: "decisionOutcome.adopted",
  rejected: "decisionOutcome.rejected",
} as const satisfies Record<DecisionView["outcome"], MessageKey>;

export const outcomeTones = { adopted: "positive", rejected: "negative" } as const satisfies Record<
  DecisionView["outcome"],
  "positive" | "negative"
>;

export const documentKindKeys = {
  charter: "documentKind.charter",
  methodological_guide: "documentKind.methodologicalGuide",
  recommendation_note: "documentKind.recommendationNote",
  minutes: "documentKind.minutes",
  other: "documentKind.other",
} as const satisfies Record<DocumentKind, MessageKey>;

export const adhesionStatusKeys = {
  requested: "adhesionStatus.requested",
  opinion_recorded: "adhesionStatus.opinionRecorded",
  accepted: "adhesionStatus.accepted",
  refused: "adhesionStatus.refused",
} as const satisfies Record<AdhesionView["status"], MessageKey>;

export const opinionKeys = {
  favourable: "opinion.favourable",
  unfavourable: "opinion.unfavourable",
} as const satisfies Record<NonNullable<AdhesionView["opinion"]>["employer"], MessageKey>;
