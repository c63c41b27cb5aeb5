/**
 * The instance's issuer identity: `did:web` built from PUBLIC_URL's host (and port, percent-encoded as
 * did:web requires); its DID document is served at PUBLIC_URL/.well-known/did.json. Puente is meant to be
 * served at the root of its host (a path in PUBLIC_URL would move the document, so it is not supported).
 */
export function didWebFor(publicUrl: string): string {
  return `did:web:${encodeURIComponent(new URL(publicUrl).host)}`;
}

/**
 * The origin a host-level `did:web` DID names (https, as the method requires), or null. Only a host name
 * and an optional port (`%3A`) are accepted: no other escapes, so a crafted DID cannot smuggle a path,
 * a query or credentials into the address a verifier fetches.
 */
export function didWebOrigin(did: string): string | null {
  const m = /^did:web:([A-Za-z0-9.-]+)(?:%3A(\d{1,5}))?$/.exec(did.split('#')[0]);
  if (!m || m[1].startsWith('.') || m[1].endsWith('.') || m[1].includes('..')) return null;
  return `https://${m[1]}${m[2] ? `:${m[2]}` : ''}`;
}

/** Where a host-level `did:web` DID's document is served. */
export function didWebDocumentUrl(did: string): string | null {
  const origin = didWebOrigin(did);
  return origin ? `${origin}/.well-known/did.json` : null;
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
