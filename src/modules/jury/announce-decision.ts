import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { formatDate } from "../../documents/french-format.ts";
import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { listRecipients } from "../accounts/list-recipients.ts";
import { findCandidateInScope } from "../candidates/find-candidate.ts";
import { enqueueMessages } from "../notifications/enqueue-messages.ts";
import type { JuryDecisionKind } from "./schemas.ts";

const decisionWords: Record<JuryDecisionKind, string> = {
  award: "attribution du CQPI",
  partial_award: "attribution partielle (blocs de compétences acquis)",
  refusal: "refus d'attribution",
  deferral: "ajournement : le dossier sera présenté à une prochaine session",
};

export interface DecisionNotice {
  qualificationTitle: string;
  decision: JuryDecisionKind;
  blockCodes: string[];
  motivation: string;
  decidedOn: string;
  appealUntil: string | null;
}

export interface DecisionRecipients {
  candidateName: string;
  to: { email: string; displayName: string }[];
}

/**
 * Who is told of a decision on a pathway: the candidate, their employer's HR, the branch
 * secretariat. Read before the decision's transaction.
 */
export async function decisionRecipients(
  ctx: AppContext,
  pathway: { candidate_id: number; branch_code: string },
): Promise<DecisionRecipients> {
  const candidate = await findCandidateInScope(ctx, platform, pathway.candidate_id);
  const [employers, officers] = await Promise.all([
    candidate.companyId === null
      ? []
      : listRecipients(ctx, { role: "employer", companyId: candidate.companyId }),
    listRecipients(ctx, { role: "branch_officer", branchCode: pathway.branch_code }),
  ]);
  const self = candidate.email ? [{ email: candidate.email, displayName: candidate.displayName }] : [];
  return { candidateName: candidate.displayName, to: [...self, ...employers, ...officers] };
}

/**
 * Tells the candidate, their employer and the branch's secretariat of a decision; written in the
 * transaction that records the decision, so that nobody hears of a decision that was not committed.
 */
export async function announceDecision(
  trx: Kysely<Database>,
  recipients: DecisionRecipients,
  notice: DecisionNotice,
  at: string,
) {
  const lines = [
    `Décision du jury paritaire du ${formatDate(`${notice.decidedOn}T12:00:00Z`)} pour ${recipients.candidateName}, CQPI ${notice.qualificationTitle} :`,
    decisionWords[notice.decision],
    ...(notice.blockCodes.length ? [`Blocs acquis : ${notice.blockCodes.join(", ")}`] : []),
    ...(notice.motivation ? [`Motivation : ${notice.motivation}`] : []),
    ...(notice.appealUntil
      ? [`Un recours est possible jusqu'au ${formatDate(`${notice.appealUntil}T12:00:00Z`)}.`]
      : []),
  ];
  const subject = `Décision du jury CQPI — ${recipients.candidateName}`;
  await enqueueMessages(
    trx,
    recipients.to.map((r) => ({
      kind: "jury.decision",
      recipient: r.email,
      subject,
      text: `Bonjour ${r.displayName},\n\n${lines.join("\n")}`,
    })),
    at,
  );
}
