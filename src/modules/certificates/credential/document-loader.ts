import { bundledContexts } from "./contexts.ts";

/** What the JSON-LD processor receives for a URL. */
export interface LoadedDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}
export type DocumentLoader = (url: string) => Promise<LoadedDocument>;

/** The platform's own documents (its DID document and keys, its status lists), or null for any other URL. */
export type PlatformDocuments = (url: string) => Promise<object | null>;

/** Raised for a URL that is neither a bundled context nor one of the platform's own documents. */
export class DocumentRefusedError extends Error {
  constructor(readonly url: string) {
    super(`Refused to load ${url}: only bundled contexts and the platform's own documents are served`);
    this.name = "DocumentRefusedError";
  }
}

/**
 * The only document loader used to sign and verify: bundled contexts, then the platform's own documents
 * read from its database; every other URL is refused, never fetched.
 */
export function createDocumentLoader(
  platformDocuments: PlatformDocuments = async () => null,
): DocumentLoader {
  return async (url) => {
    const context = bundledContexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const own = await platformDocuments(url);
    if (own) return { contextUrl: null, documentUrl: url, document: own };
    throw new DocumentRefusedError(url);
  };
}
