import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import request from 'supertest';
import { runCli } from '../src/cli/cli';
import { CredentialSigner } from '../src/modules/certificates/credential-signer.service';
import { IssuerKeysService } from '../src/modules/certificates/issuer-keys.service';
import { createClass } from './helpers/classroom';
import { completeThroughApi, eventually, importLessonsOnlyCourse, myCertificates } from './helpers/certificates';
import { createAccount, grantRoles, startTestApp, testDatabaseUrl, type Account, type TestApp } from './helpers/test-app';

async function certificateOf(t: TestApp, classId: string, learner: Account): Promise<{ code: string; credential: Record<string, unknown> & { proof: { verificationMethod: string } } }> {
  await completeThroughApi(t, classId, learner);
  const [cert] = await eventually(async () => {
    const list = await myCertificates(t, learner);
    return list.length ? list : null;
  });
  const credential = (await request(t.http).get(`/api/certificates/${cert.code}/credential`).expect(200)).body;
  return { code: cert.code, credential };
}

/** The issuer's keys over time (rotation, a key from configuration) and what deleting an account does. */
describe('certificates: issuer keys and personal data', () => {
  let t: TestApp;
  let trainer: Account;
  let classId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await importLessonsOnlyCourse('84-curso-claves');
    trainer = await createAccount(t, { displayName: 'Formadora Claves' });
    await grantRoles(t, trainer.id, ['trainer']);
    classId = await createClass(t, trainer, { courseSlug: 'curso-claves' });
  });
  afterAll(() => t.close());

  it('keeps credentials signed with a retired key verifiable after a rotation', async () => {
    const first = await certificateOf(t, classId, await createAccount(t, { displayName: 'Primera' }));
    const oldKey = first.credential.proof.verificationMethod;

    const newKey = await t.app.get(IssuerKeysService).rotate();
    const second = await certificateOf(t, classId, await createAccount(t, { displayName: 'Segunda' }));
    expect(second.credential.proof.verificationMethod).toBe(`did:web:localhost%3A3000#${newKey}`);
    expect(second.credential.proof.verificationMethod).not.toBe(oldKey);

    const did = (await request(t.http).get('/.well-known/did.json').expect(200)).body as { verificationMethod: { id: string }[]; assertionMethod: string[] };
    expect(did.assertionMethod).toEqual(expect.arrayContaining([oldKey, second.credential.proof.verificationMethod]));
    const signer = t.app.get(CredentialSigner);
    expect((await signer.check(first.credential)).proof).toBe('valid');
    expect((await signer.check(second.credential)).proof).toBe('valid');

    // The CLI does the same on the instance's database.
    const lines: string[] = [];
    expect(await runCli(['certificates:rotate-key'], { DATABASE_URL: testDatabaseUrl() }, (l) => lines.push(l))).toBe(0);
    const rotated = /Nueva clave \/ new key: (z6Mk\S+)/.exec(lines.join('\n'))![1];
    const after = (await request(t.http).get('/.well-known/did.json').expect(200)).body as { assertionMethod: string[] };
    expect(after.assertionMethod).toContain(`did:web:localhost%3A3000#${rotated}`);
    expect(after.assertionMethod).toEqual(expect.arrayContaining(did.assertionMethod));
  });

  it('revokes and blanks the certificates of a deleted account, and exports them before', async () => {
    const learner = await createAccount(t, { displayName: 'Persona Que Se Va' });
    const cert = await certificateOf(t, classId, learner);
    const exported = await request(t.http).get('/api/me/export').set('Authorization', `Bearer ${learner.token}`).expect(200);
    expect(JSON.stringify(exported.body)).toContain(cert.code);

    await request(t.http).delete('/api/me').set('Cookie', `session=${learner.token}`).set('Origin', t.config.publicOrigin).expect(204);
    const pub = await request(t.http).get(`/api/certificates/${cert.code}`).expect(200);
    expect(pub.body).toMatchObject({ status: 'revoked', learnerName: '[eliminado / deleted]' });
    expect(JSON.stringify(pub.body)).not.toContain('Persona Que Se Va');
    await request(t.http).get(`/api/certificates/${cert.code}/credential`).expect(410);
    // A copy of the credential kept elsewhere now checks as revoked.
    expect(await t.app.get(CredentialSigner).check(cert.credential)).toMatchObject({ proof: 'valid', revocation: 'revoked' });
  });
});

/** A key from configuration (its own app, so no other instance's worker signs in its place). */
describe('certificates: a signing key from configuration', () => {
  const key = Ed25519Multikey.generate();
  let t: TestApp;
  afterAll(() => t?.close());

  it('signs with CREDENTIAL_SIGNING_KEY when it is set, and lists it in the DID document', async () => {
    const { secretKeyMultibase, publicKeyMultibase } = await key;
    t = await startTestApp({ CREDENTIAL_SIGNING_KEY: secretKeyMultibase! });
    const trainer = await createAccount(t, { displayName: 'Formador Clave Propia' });
    await grantRoles(t, trainer.id, ['trainer']);
    const classId = await createClass(t, trainer, { courseSlug: 'curso-claves' });
    const cert = await certificateOf(t, classId, await createAccount(t, { displayName: 'Con clave propia' }));
    expect(cert.credential.proof.verificationMethod).toBe(`did:web:localhost%3A3000#${publicKeyMultibase}`);
    const did = (await request(t.http).get('/.well-known/did.json').expect(200)).text;
    expect(did).toContain(publicKeyMultibase);
    expect(did).not.toContain(secretKeyMultibase);
    expect((await t.app.get(CredentialSigner).check(cert.credential)).proof).toBe('valid');
  });
});
