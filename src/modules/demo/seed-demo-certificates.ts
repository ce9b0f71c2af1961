import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { findCandidateInScope } from "../candidates/find-candidate.ts";
import { findBranch } from "../catalogue/find-branch.ts";
import { issueCertificate } from "../certificates/issue-certificate.ts";
import type { Award } from "../certificates/schemas.ts";
import { getPathway, listPathways } from "../pathways/read-pathways.ts";

/**
 * The certificates of the demo juries' awards (full and partial), so that the certificate pages, the
 * public verification and the exports have something to show at once. Issuance is idempotent per jury
 * decision: where closing a session already issued them, this finds them and issues nothing more.
 */
export async function seedDemoCertificates(ctx: AppContext): Promise<number> {
  let issued = 0;
  for (const status of ["awarded", "partially_awarded"] as const) {
    const { items } = await listPathways(ctx, { caller: platform, query: { status, limit: 200, offset: 0 } });
    for (const { id } of items) {
      const pathway = await getPathway(ctx, { caller: platform, pathwayId: id });
      const decision = pathway.jury.decision;
      if (!decision || (decision.decision !== "award" && decision.decision !== "partial_award")) continue;
      const [candidate, branch] = await Promise.all([
        findCandidateInScope(ctx, platform, pathway.candidate.id),
        findBranch(ctx, pathway.branchCode),
      ]);
      const award: Award = {
        pathwayId: pathway.id,
        juryDecisionId: decision.id,
        jurySessionId: decision.sessionId,
        candidate: {
          givenNames: candidate.firstNames.join(" "),
          familyName: candidate.usageName ?? candidate.birthName,
        },
        qualification: {
          code: pathway.qualificationCode,
          title: pathway.qualificationTitle,
          referentialVersion: pathway.version,
        },
        branch: { code: branch.code, name: branch.name },
        kind: decision.decision === "award" ? "full" : "partial",
        blockCodes: decision.blockCodes,
        decidedOn: decision.decidedOn.slice(0, 10),
      };
      await issueCertificate(ctx, { award, caller: platform });
      issued++;
    }
  }
  return issued;
}
