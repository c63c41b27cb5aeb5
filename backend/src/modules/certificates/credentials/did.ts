/**
 * The instance's issuer identity: `did:web` built from PUBLIC_URL's host (and port, percent-encoded as
 * did:web requires); its DID document is served at PUBLIC_URL/.well-known/did.json. Puente is meant to be
 * served at the root of its host (a path in PUBLIC_URL would move the document, so it is not supported).
 */
export function didWebFor(publicUrl: string): string {
  return `did:web:${encodeURIComponent(new URL(publicUrl).host)}`;
}

/** Where a host-level `did:web` DID's document is served (https, as the method requires). */
export function didWebDocumentUrl(did: string): string | null {
  const m = /^did:web:([^:#/?]+)$/.exec(did.split('#')[0]);
  return m ? `https://${decodeURIComponent(m[1])}/.well-known/did.json` : null;
}

export interface VerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
}
