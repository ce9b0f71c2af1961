import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { findBranch } from "../catalogue/find-branch.ts";
import type { Award as JuryAward } from "../jury/read-pathway-jury.ts";
import { findPathwayInScope } from "../pathways/find-pathway.ts";
import type { Award } from "./schemas.ts";

/**
 * What the certificate of a jury's award states, gathered through the modules that own it: the holder's
 * names, the CQPI's title and referential version from the pathway, the branch's name from the catalogue.
 * The holder is named by their usage name when they have one, as on every document of the platform.
 */
export async function certificateAwardOf(ctx: AppContext, award: JuryAward): Promise<Award> {
  const [pathway, branch] = await Promise.all([
    findPathwayInScope(ctx, platform, award.pathwayId),
    findBranch(ctx, award.branchCode),
  ]);
  return {
    pathwayId: award.pathwayId,
    juryDecisionId: award.decisionId,
    jurySessionId: award.sessionId,
    candidate: {
      givenNames: (JSON.parse(pathway.first_names_json) as string[]).join(" "),
      familyName: pathway.usage_name ?? pathway.birth_name,
    },
    qualification: {
      code: pathway.qualification_code,
      title: pathway.qualification_title,
      referentialVersion: pathway.version,
    },
    branch: { code: branch.code, name: branch.name },
    kind: award.kind === "award" ? "full" : "partial",
    blockCodes: award.blockCodes,
    decidedOn: award.decidedOn,
  };
}
