import type { Config } from "../../config.ts";
import { caseItemUri } from "../referentials/exchange/case-package.ts";
import type { Block } from "../referentials/schemas.ts";
import type { OpenBadgeFacts } from "./credential/build-open-badge.ts";
import { certificateUrl, issuerOf, statusListUrl } from "./issuer.ts";
import type { Award } from "./schemas.ts";

/**
 * What an award's credential says, with the platform's public URLs: the referential version as the
 * achievement, its capacities aligned to the CASE items the platform exports, the jury decision as evidence.
 */
export function awardCredentialFacts(
  config: Config,
  facts: {
    award: Award;
    blocks: Block[];
    blockCodes: string[];
    number: string;
    statusListId: number;
    index: number;
  },
): OpenBadgeFacts {
  const { award } = facts;
  const { code, title, referentialVersion: version } = award.qualification;
  return {
    credentialUrl: certificateUrl(config, facts.number),
    issuer: issuerOf(config, award.branch.code),
    achievement: {
      id: `${config.publicUrl}/api/qualifications/${encodeURIComponent(code)}/versions/${version}`,
      code,
      title,
      description: "",
      referentialVersion: version,
      caseFrameworkName: `Référentiel ${code} v${version}`,
      blocks: facts.blocks.map((block) => ({
        code: block.code,
        title: block.title,
        capacities: block.capacities.map((capacity) => ({
          code: capacity.code,
          title: capacity.title,
          caseItemUri: caseItemUri(config.publicUrl, code, version, [block.code, capacity.code]),
        })),
      })),
    },
    holderName: `${award.candidate.givenNames} ${award.candidate.familyName}`,
    kind: award.kind,
    acquiredBlockCodes: facts.blockCodes,
    branchName: award.branch.name,
    awardedOn: award.decidedOn,
    validFrom: `${award.decidedOn}T00:00:00Z`,
    evidence: {
      id: `${config.publicUrl}/api/jury-sessions/${award.jurySessionId}#decision-${award.juryDecisionId}`,
      narrative: `Décision n° ${award.juryDecisionId} du jury paritaire (session n° ${award.jurySessionId}) du ${award.decidedOn}.`,
    },
    status: { listCredentialUrl: statusListUrl(config, facts.statusListId), index: facts.index },
  };
}
