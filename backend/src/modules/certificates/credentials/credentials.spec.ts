import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { didWebDocumentUrl, didWebFor } from './did';
import { dereferenceDid, documentLoader, DID_V1, MULTIKEY_V1 } from './document-loader';
import { fromSecretKeyMultibase } from './multikey-secret';
import { openBadgeCredential, type CredentialFacts } from './open-badge';
import { checkCredential, signCredential } from './proof';

const FACTS: CredentialFacts = {
  code: 'ABCDEFGHIJKLMNOPQRSTUVWXY',
  learnerName: 'Jéssica Quiñónez',
  courseSlug: 'plan-de-negocio',
  courseTitle: { es: 'Plan de negocio', en: 'Business plan' },
  courseSummary: { es: 'Un curso práctico.', en: 'A practical course.' },
  outcomes: { es: ['Calcular costos'], en: ['Work out costs'] },
  criteria: { es: 'Completar el curso.', en: 'Complete the course.' },
  hours: 6.5,
  startsOn: '2026-10-01',
  endsOn: '2026-11-20',
  trainerId: '6f1c1a56-2f0e-4f39-8f5e-3c2a1d0b9e77',
  trainerName: 'Ana',
  issuedAt: new Date('2026-11-30T10:00:00Z'),
  language: 'es',
};

async function issuerFixture() {
  const did = didWebFor('https://puente.example.org');
  const key = await Ed25519Multikey.generate({ controller: did });
  const method = { id: `${did}#${key.publicKeyMultibase}`, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase };
  const didDocument = { '@context': [DID_V1, MULTIKEY_V1], id: did, verificationMethod: [method], assertionMethod: [method.id] };
  const loader = documentLoader((url) => Promise.resolve(url.startsWith(did) ? dereferenceDid(didDocument, url) : null));
  return { did, key, loader };
}

describe('did:web', () => {
  it('is built from the host, port percent-encoded, and resolves to /.well-known/did.json', () => {
    expect(didWebFor('https://puente.example.org')).toBe('did:web:puente.example.org');
    expect(didWebFor('http://localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(didWebDocumentUrl('did:web:localhost%3A3000#z6Mk')).toBe('https://localhost:3000/.well-known/did.json');
    expect(didWebDocumentUrl('did:key:z6Mk')).toBeNull();
    // Nothing but a host and a port: no path, query, user or other escapes smuggled into the address.
    for (const bad of ['did:web:intranet%2Fadmin%3Fx%3D', 'did:web:user%40host', 'did:web:host:path', 'did:web:..', 'did:web:a..b', 'did:web:169.254.169.254%3A80%2F']) {
      expect(didWebDocumentUrl(bad)).toBeNull();
    }
  });
});

describe('the document loader', () => {
  it('serves known contexts from packages and refuses any other URL', async () => {
    const load = documentLoader();
    await expect(load('https://www.w3.org/ns/credentials/v2')).resolves.toMatchObject({ document: { '@context': expect.any(Object) } });
    await expect(load('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json')).resolves.toBeDefined();
    await expect(load('https://evil.example.org/context.json')).rejects.toThrow(/unknown document, not fetched/);
  });
});

describe('Open Badges credentials', () => {
  it('signs with eddsa-rdfc-2022 and verifies; any change to what it states breaks the proof', async () => {
    const { key, loader } = await issuerFixture();
    const unsigned = openBadgeCredential(FACTS, { did: key.controller!, name: 'Puente', url: 'https://puente.example.org' }, { listUrl: 'https://puente.example.org/api/credentials/status/1', index: 7 });
    const { credentialStatus: _status, ...withoutStatus } = unsigned;
    const signed = await signCredential(withoutStatus, key, loader);
    expect(signed.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
    expect(await checkCredential(signed, loader)).toEqual({ proof: 'valid', revocation: 'none', issuer: key.controller, problems: [] });

    type Credential = { validFrom: string; issuer: { name: string }; credentialSubject: { name: string; achievement: { name: string } } };
    for (const change of [
      (c: Credential) => (c.credentialSubject.name = 'Otra Persona'),
      (c: Credential) => (c.credentialSubject.achievement.name = 'Máster'),
      (c: Credential) => (c.validFrom = '2020-01-01T00:00:00Z'),
      (c: Credential) => (c.issuer.name = 'Universidad'),
    ]) {
      const tampered = structuredClone(signed) as unknown as Credential & Record<string, unknown>;
      change(tampered);
      expect((await checkCredential(tampered, loader)).proof).toBe('invalid');
    }
  });

  it('refuses to sign a property the contexts do not define', async () => {
    const { key, loader } = await issuerFixture();
    const unsigned = openBadgeCredential(FACTS, { did: key.controller!, name: 'Puente', url: 'https://puente.example.org' }, { listUrl: 'https://puente.example.org/api/credentials/status/1', index: 7 });
    (unsigned.credentialSubject as Record<string, unknown>).horasLectivas = 6.5;
    await expect(signCredential(unsigned, key, loader)).rejects.toThrow();
  });

  it('reports a key it cannot obtain as unchecked, not invalid', async () => {
    const { key, loader } = await issuerFixture();
    const { credentialStatus: _s, ...unsigned } = openBadgeCredential(FACTS, { did: key.controller!, name: 'Puente', url: 'https://puente.example.org' }, { listUrl: 'x', index: 0 });
    const signed = await signCredential(unsigned, key, loader);
    expect((await checkCredential(signed, documentLoader())).proof).toBe('unchecked');
  });
});

describe('CREDENTIAL_SIGNING_KEY', () => {
  it('gives back the same key pair from its multibase secret, and refuses anything else', async () => {
    const key = await Ed25519Multikey.generate();
    const again = await fromSecretKeyMultibase(key.secretKeyMultibase!, 'did:web:puente.example.org');
    expect(again.publicKeyMultibase).toBe(key.publicKeyMultibase);
    await expect(fromSecretKeyMultibase(key.publicKeyMultibase, 'did:web:x')).rejects.toThrow(/not an Ed25519 secret key/);
    await expect(fromSecretKeyMultibase('abc', 'did:web:x')).rejects.toThrow(/multibase/);
  });
});
