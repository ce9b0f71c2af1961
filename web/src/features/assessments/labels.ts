import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { AssessmentMethod } from "../referentials/types.ts";
import type { AssessmentStatus } from "./types.ts";

export const assessmentStatusKeys: Record<AssessmentStatus, MessageKey> = {
  open: "assessmentStatus.open",
  closed: "assessmentStatus.closed",
};

export const assessmentStatusTones = { open: "warning", closed: "positive" } as const;

/** 1 is the positioning, 2 the second evaluation on the gaps. */
export const sittingKey = (sitting: number): MessageKey =>
  sitting === 1 ? "assessment.sitting.positioning" : "assessment.sitting.reassessment";

/** What the text written per capacity is, by method. */
export const entryLabelKeys: Record<AssessmentMethod, MessageKey> = {
  booklet: "assessment.entry.booklet",
  questioning: "assessment.entry.questioning",
  observation: "assessment.entry.observation",
  interview: "assessment.entry.interview",
};

/** The booklet is the candidate's own description; the other methods are the evaluator's grid. */
export const methodParts = {
  booklet: { scores: false, entries: true },
  questioning: { scores: true, entries: true },
  observation: { scores: true, entries: false },
  interview: { scores: true, entries: true },
} as const satisfies Record<AssessmentMethod, { scores: boolean; entries: boolean }>;
