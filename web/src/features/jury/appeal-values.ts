import { juryAccess } from "../../../../src/modules/jury/policy.ts";
import { type AppealRefusal, checkAppeal } from "../../../../src/modules/jury/rules.ts";
import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { Role } from "../auth/types.ts";
import type { PathwayJuryView } from "./types.ts";

/** Why the candidate may not appeal today, in words: the server's own refusals (rules.ts). */
const appealRefusalKeys: Record<AppealRefusal, MessageKey> = {
  JURY_DECISION_NOT_FOUND: "appeal.refused.noDecision",
  NOTHING_TO_APPEAL: "error.nothingToAppeal",
  APPEAL_ALREADY_LODGED: "error.appealAlreadyLodged",
  APPEAL_DELAY_PASSED: "appeal.refused.delayPassed",
};

export type AppealAbility =
  | { kind: "hidden" }
  | { kind: "refused"; reason: MessageKey; until: string | null }
  | { kind: "open"; until: string | null };

/**
 * What the pathway page offers a user about appealing: nothing to a role that may not appeal
 * (juryAccess.appeal), the reason to a candidate who may not today, the form otherwise — decided by
 * the server's checkAppeal on the decision in force, its appeals and the day.
 */
export function appealAbility(role: Role, jury: PathwayJuryView, today: string): AppealAbility {
  if (!(juryAccess.appeal as readonly Role[]).includes(role) || !jury.decision) return { kind: "hidden" };
  const refusal = checkAppeal({
    decision: jury.decision.decision,
    isAppealed: jury.appeals.some((appeal) => appeal.decisionId === jury.decision?.id),
    appealUntil: jury.appealUntil,
    today,
  });
  return refusal
    ? { kind: "refused", reason: appealRefusalKeys[refusal], until: jury.appealUntil }
    : { kind: "open", until: jury.appealUntil };
}

/** The local calendar day, as the server's dates are written. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
