import type { AppContext } from "../../server/context.ts";
import { AppError } from "../../server/errors.ts";
import { type ActingCaller, platform } from "../accounts/caller.ts";
import { sessionNotClosed as jurySessionNotClosed } from "../jury/errors.ts";
import { findSessionInScope } from "../jury/find-session.ts";
import { listAwardsOfSession } from "../jury/read-pathway-jury.ts";
import { certificateAwardOf } from "./certificate-award-of.ts";
import { recordIssuanceOutcome } from "./certificate-issuance-retries.ts";
import { issueCertificate } from "./issue-certificate.ts";
import { findDecisionsWithCertificate } from "./repository.ts";

export interface IssuanceFailure {
  juryDecisionId: number;
  pathwayId: number;
  /** The refusal's code (ISSUER_KEY_MISSING…), or UNEXPECTED. */
  code: string;
  message: string;
}

/** One award dealt with, as a progress display shows it. */
export interface IssuanceStep {
  done: number;
  total: number;
  juryDecisionId: number;
  pathwayId: number;
  outcome: "issued" | "already_issued" | "failed";
  number?: string;
  failure?: IssuanceFailure;
}

export interface SessionIssuance {
  sessionId: number;
  total: number;
  /** Numbers of the certificates this run issued. */
  issued: string[];
  /** Awards that already had their certificate. */
  alreadyIssued: number;
  failures: IssuanceFailure[];
}

/**
 * Issues the certificate of every award (full and partial) in force of a closed jury session. Running it
 * again, or twice at once, issues nothing twice (issuance is keyed on the jury decision). One award's
 * failure does not stop the others; a run with failures leaves the session to be retried later
 * (`certificate-issuance-retries.ts`), a run without clears it.
 */
export async function issueSessionCertificates(
  ctx: AppContext,
  options: { sessionId: number; caller: ActingCaller; onProgress?: (step: IssuanceStep) => void },
): Promise<SessionIssuance> {
  const { sessionId } = options;
  const { session } = await findSessionInScope(ctx, platform, sessionId);
  if (session.status !== "closed") throw jurySessionNotClosed(session.status);
  const awards = await listAwardsOfSession(ctx, sessionId);
  const hadCertificate = await findDecisionsWithCertificate(
    ctx.db,
    awards.map((a) => a.decisionId),
  );
  const report: SessionIssuance = {
    sessionId,
    total: awards.length,
    issued: [],
    alreadyIssued: 0,
    failures: [],
  };
  for (const [i, award] of awards.entries()) {
    const step = {
      done: i + 1,
      total: awards.length,
      juryDecisionId: award.decisionId,
      pathwayId: award.pathwayId,
    };
    try {
      const { number } = await issueCertificate(ctx, {
        award: await certificateAwardOf(ctx, award),
        caller: options.caller,
      });
      const isNew = !hadCertificate.has(award.decisionId);
      if (isNew) report.issued.push(number);
      else report.alreadyIssued++;
      options.onProgress?.({ ...step, outcome: isNew ? "issued" : "already_issued", number });
    } catch (error) {
      const failure = { juryDecisionId: award.decisionId, pathwayId: award.pathwayId, ...describe(error) };
      report.failures.push(failure);
      options.onProgress?.({ ...step, outcome: "failed", failure });
    }
  }
  const [first] = report.failures;
  await recordIssuanceOutcome(ctx, sessionId, first ? `${first.code}: ${first.message}` : null);
  return report;
}

/**
 * The one call the jury makes once a session's closing is committed. It never throws: the session stays
 * closed whatever happens here, and what could not be issued is left to be retried (or re-run with
 * `cqpi certificates issue --session ID`).
 */
export async function issueCertificatesOfClosedSession(ctx: AppContext, sessionId: number): Promise<void> {
  try {
    await issueSessionCertificates(ctx, { sessionId, caller: platform });
  } catch (error) {
    const { code, message } = describe(error);
    // Not even the retry could be recorded (the database is unreachable): the command re-runs it.
    await recordIssuanceOutcome(ctx, sessionId, `${code}: ${message}`).catch(() => undefined);
  }
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: "UNEXPECTED", message: error instanceof Error ? error.message : String(error) };
}
