import { OB_V3_CONTEXT, VC_V2_CONTEXT } from "./contexts.ts";

/** Everything an award's Open Badges 3.0 credential says, gathered by the caller. */
export interface OpenBadgeFacts {
  /** Where the credential's public summary is read: also its `id`. */
  credentialUrl: string;
  issuer: { id: string; name: string; url: string; email?: string; description?: string };
  achievement: {
    /** The CQPI's referential version, as published by the platform. */
    id: string;
    code: string;
    title: string;
    description: string;
    referentialVersion: number;
    /** Every bloc of the referential, each with its capacities and their CASE item URIs. */
    blocks: {
      code: string;
      title: string;
      capacities: { code: string; title: string; caseItemUri: string }[];
    }[];
    /** The CASE document of the referential version (alignment framework). */
    caseFrameworkName: string;
  };
  holderName: string;
  kind: "full" | "partial";
  acquiredBlockCodes: readonly string[];
  branchName: string;
  awardedOn: string;
  validFrom: string;
  evidence: { id: string; narrative: string };
  status: { listCredentialUrl: string; index: number };
}

/**
 * The unsigned `OpenBadgeCredential` of an award: achievement = the CQPI with its capacities as
 * alignments to the CASE items the platform exports, one result per bloc acquired, the jury's decision as
 * evidence, and a revocation entry in the platform's status list. Pure: the same facts give the same JSON.
 */
export function buildOpenBadgeCredential(facts: OpenBadgeFacts): Record<string, unknown> {
  const { achievement } = facts;
  const { id: issuerId, ...issuerProfile } = facts.issuer;
  const blockResultId = (code: string) => `${achievement.id}#bloc-${encodeURIComponent(code)}`;
  const acquired = new Set(facts.acquiredBlockCodes);
  const isPartial = facts.kind === "partial";
  const name = isPartial ? `${achievement.title} (blocs de compétences)` : achievement.title;
  return {
    "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: facts.credentialUrl,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    issuer: { id: issuerId, type: ["Profile"], ...issuerProfile },
    name,
    validFrom: facts.validFrom,
    awardedDate: facts.validFrom,
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        { type: "IdentityObject", identityType: "name", hashed: false, identityHash: facts.holderName },
      ],
      achievement: {
        id: achievement.id,
        type: ["Achievement"],
        achievementType: "Certificate",
        name: achievement.title,
        humanCode: achievement.code,
        version: String(achievement.referentialVersion),
        inLanguage: "fr",
        description:
          achievement.description ||
          `Certificat de Qualification Professionnelle Interbranches ${achievement.title}.`,
        criteria: {
          narrative:
            "Délivré par le jury paritaire de la CPNE de la branche au vu de l'évaluation de chaque capacité " +
            "professionnelle du référentiel (livret, questionnement, observation en situation de travail, entretien).",
        },
        alignment: achievement.blocks.flatMap((block) =>
          block.capacities.map((capacity) => ({
            type: ["Alignment"],
            targetType: "CFItem",
            targetCode: capacity.code,
            targetName: capacity.title,
            targetUrl: capacity.caseItemUri,
            targetFramework: achievement.caseFrameworkName,
          })),
        ),
        resultDescription: achievement.blocks.map((block) => ({
          id: blockResultId(block.code),
          type: ["ResultDescription"],
          name: `${block.code} — ${block.title}`,
          resultType: "Status",
        })),
      },
      result: achievement.blocks
        .filter((block) => !isPartial || acquired.has(block.code))
        .map((block) => ({
          type: ["Result"],
          resultDescription: blockResultId(block.code),
          status: "Completed",
        })),
    },
    evidence: [
      {
        id: facts.evidence.id,
        type: ["Evidence"],
        name: `Décision du jury paritaire, CPNE ${facts.branchName}`,
        narrative: facts.evidence.narrative,
      },
    ],
    credentialStatus: {
      id: `${facts.status.listCredentialUrl}#${facts.status.index}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(facts.status.index),
      statusListCredential: facts.status.listCredentialUrl,
    },
  };
}
