import {
  buildOpenBadgeCredential,
  type OpenBadgeFacts,
} from "../modules/certificates/credential/build-open-badge.ts";
import { createDocumentLoader } from "../modules/certificates/credential/document-loader.ts";
import {
  buildDidDocument,
  didWebOf,
  keyIdOf,
  multikeyOf,
} from "../modules/certificates/credential/issuer-did.ts";
import {
  generateSigningKey,
  type SigningKey,
  signCredential,
} from "../modules/certificates/credential/sign-credential.ts";
import {
  buildStatusListCredential,
  STATUS_LIST_LENGTH,
} from "../modules/certificates/credential/status-list-credential.ts";

/**
 * Credentials without a database, for the pure credential tests and the signing benchmark: an issuer whose
 * DID document, keys and status list live in memory, and the facts of a typical award.
 */

/** An issuer of its own, with a current and a rotated-out key, serving its documents from memory. */
export async function buildMemoryIssuer() {
  const did = didWebOf("https://cqpi.example.org");
  const toKey = (k: { publicKeyMultibase: string; secretKeyMultibase: string }): SigningKey => ({
    ...k,
    id: keyIdOf(did, k.publicKeyMultibase),
    controller: did,
  });
  const oldKey = toKey(await generateSigningKey(did));
  const key = toKey(await generateSigningKey(did));
  const listUrl = "https://cqpi.example.org/api/status-lists/1";
  const revoked: number[] = [];
  const published = new Map<string, object>();
  const loader = createDocumentLoader(async (url) => published.get(url) ?? null);
  const publishList = async () => {
    const list = await buildStatusListCredential({
      url: listUrl,
      length: STATUS_LIST_LENGTH,
      issuerId: did,
      validFrom: "2026-01-01T00:00:00Z",
      revokedIndices: revoked,
    });
    published.set(
      listUrl,
      await signCredential(list, key, { created: "2026-01-01T00:00:00Z", documentLoader: loader }),
    );
  };
  published.set(did, buildDidDocument(did, [oldKey.publicKeyMultibase, key.publicKeyMultibase]));
  for (const k of [oldKey, key]) published.set(k.id, multikeyOf(did, k.publicKeyMultibase));
  await publishList();
  return { did, key, oldKey, listUrl, loader, revoke: (i: number) => revoked.push(i) && publishList() };
}

export function buildOpenBadgeFacts(
  issuer: { did: string; listUrl: string },
  overrides: Partial<OpenBadgeFacts> = {},
): OpenBadgeFacts {
  return {
    credentialUrl: "https://cqpi.example.org/api/certificates/UIMM-2026-123456782",
    issuer: { id: issuer.did, name: "Comité CQPI", url: "https://cqpi.example.org" },
    achievement: {
      id: "https://cqpi.example.org/api/qualifications/CEI/versions/1",
      code: "CEI",
      title: "Conducteur d'équipements industriels",
      description: "",
      referentialVersion: 1,
      caseFrameworkName: "CQPI CEI v1",
      blocks: [
        {
          code: "B1",
          title: "Préparer",
          capacities: [
            {
              code: "C1",
              title: "Préparer la production",
              caseItemUri: "https://cqpi.example.org/CFItems/1",
            },
          ],
        },
        {
          code: "B2",
          title: "Conduire",
          capacities: [
            { code: "C2", title: "Conduire l'équipement", caseItemUri: "https://cqpi.example.org/CFItems/2" },
          ],
        },
      ],
    },
    holderName: "Zoé Ðặng-Lefèvre",
    kind: "partial",
    acquiredBlockCodes: ["B1"],
    branchName: "Métallurgie",
    awardedOn: "2026-03-02",
    validFrom: "2026-03-02T00:00:00Z",
    evidence: {
      id: "https://cqpi.example.org/api/jury-decisions/7",
      narrative: "Session de jury 3, décision du 2 mars 2026.",
    },
    status: { listCredentialUrl: issuer.listUrl, index: 42 },
    ...overrides,
  };
}

/** The unsigned credential of `buildOpenBadgeFacts`. */
export const buildMemoryCredential = (issuer: { did: string; listUrl: string }) =>
  buildOpenBadgeCredential(buildOpenBadgeFacts(issuer));
