import { checkBallot, type VoteRefusal } from "../../../../src/modules/jury/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";
import { ballotRefusalKeys } from "./refusal-keys.ts";
import type { JuryDecisionKind, VoteInput } from "./types.ts";

/** A vote as the member fills it in, before it is sent. */
export interface VoteDraft {
  decision: JuryDecisionKind | null;
  blockCodes: string[];
  motivation: string;
}

export const emptyVoteDraft: VoteDraft = { decision: null, blockCodes: [], motivation: "" };

export type VoteField = "decision" | "blockCodes" | "motivation";

/** Only a full award may go without a motivation. */
export const needsMotivation = (decision: JuryDecisionKind | null): boolean =>
  decision !== null && decision !== "award";

/** The field each of the server's ballot refusals is about. */
const refusalFields: Record<VoteRefusal, VoteField> = {
  MOTIVATION_REQUIRED: "motivation",
  BLOCKS_REQUIRED: "blockCodes",
  BLOCKS_ONLY_FOR_PARTIAL_AWARD: "blockCodes",
  BLOCK_UNKNOWN: "blockCodes",
  BLOCKS_ARE_ALL: "blockCodes",
};

const problemOf = (refusal: VoteRefusal): [VoteField, MessageKey] => [
  refusalFields[refusal],
  ballotRefusalKeys[refusal],
];

/** A refusal the server answered (its error code), on the field it is about; null for any other error. */
export function refusedField(code: string): [VoteField, MessageKey] | null {
  return Object.hasOwn(refusalFields, code) ? problemOf(code as VoteRefusal) : null;
}

/** The ballot the server checks: blocs only for a partial award, no motivation when left blank. */
function ballotOf(draft: VoteDraft & { decision: JuryDecisionKind }) {
  const motivation = draft.motivation.trim();
  return {
    decision: draft.decision,
    blockCodes: draft.decision === "partial_award" ? draft.blockCodes : [],
    motivation: motivation === "" ? null : motivation,
  };
}

/**
 * What stops the vote from being sent, by field: a decision first, then the server's own ballot
 * rule (motivation for anything but a full award; for a partial award, some of the candidate's
 * blocs but not all of them).
 */
export function voteProblem(draft: VoteDraft, blockCodes: readonly string[]): [VoteField, MessageKey] | null {
  if (draft.decision === null) return ["decision", "form.required"];
  const refusal = checkBallot(ballotOf({ ...draft, decision: draft.decision }), blockCodes);
  return refusal ? problemOf(refusal) : null;
}

/**
 * The request body, with whose vote it is when the caller casts it with a proxy. Call once
 * `voteProblem` finds nothing.
 */
export function toVoteInput(draft: VoteDraft, onBehalfOf: number | null): VoteInput {
  if (draft.decision === null) throw new Error("a vote needs a decision");
  const ballot = ballotOf({ ...draft, decision: draft.decision });
  return {
    decision: ballot.decision,
    ...(ballot.blockCodes.length > 0 ? { blockCodes: ballot.blockCodes } : {}),
    ...(ballot.motivation === null ? {} : { motivation: ballot.motivation }),
    ...(onBehalfOf === null ? {} : { onBehalfOf }),
  };
}
