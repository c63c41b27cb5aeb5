import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { runCli } from '../src/cli/cli';
import { EntityManager } from '@mikro-orm/postgresql';
import { CredentialSigner } from '../src/modules/certificates/credential-signer.service';
import { StatusListsService } from '../src/modules/certificates/status-lists.service';
import { bearer, createClass } from './helpers/classroom';
import { binary, completeThroughApi, eventually, importLessonsOnlyCourse, myCertificates, readPdfWithTools } from './helpers/certificates';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

/**
 * Certificates through the API as their people use them: a learner completes and receives one (by email,
 * with the PDF), the trainer issues for the whole class (nothing doubles), anyone verifies by code, the
 * trainer revokes and every view and the published status list say so.
 */
describe('certificates', () => {
  let t: TestApp;
  let trainer: Account;
  let otherTrainer: Account;
  let admin: Account;
  let ana: Account;
  let bruno: Account;
  let classId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await importLessonsOnlyCourse('82-curso-certificado');
    [trainer, otherTrainer, admin, ana, bruno] = await Promise.all([
      createAccount(t, { displayName: 'Formadora Certifica' }),
      createAccount(t, { displayName: 'Otro Formador' }),
      createAccount(t, { displayName: 'Admin' }),
      createAccount(t, { displayName: 'José Núñez Peñafiel' }),
      createAccount(t, { displayName: 'Bruno', locale: 'en' }),
    ]);
    await grantRoles(t, trainer.id, ['trainer']);
    await grantRoles(t, otherTrainer.id, ['trainer']);
    await grantRoles(t, admin.id, ['admin']);
    classId = await createClass(t, trainer, { courseSlug: 'curso-certificado', startsOn: '2026-11-02', endsOn: '2027-01-29' });
  });
  afterAll(() => t.close());

  it('issues one certificate when an enrolment completes, emailed with the PDF', async () => {
    await completeThroughApi(t, classId, ana);
    const [mine] = await eventually(async () => {
      const list = await myCertificates(t, ana);
      return list.length ? list : null;
    });
    expect(mine).toMatchObject({ status: 'valid', classId, learnerName: 'José Núñez Peñafiel', hours: expect.any(Number), startsOn: '2026-11-02', endsOn: '2027-01-29', trainerName: 'Formadora Certifica', language: 'es', revokedAt: null });
    expect(mine.code).toMatch(/^[A-Z2-7]{25}$/);

    const mail = await t.mail.waitFor(ana.email, (m) => /Tu certificado/.test(m.subject ?? ''));
    expect(mail.text).toContain(`/verificar/${mine.code}`);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ contentType: 'application/pdf', filename: `certificado-curso-certificado-${mine.code}.pdf` });
    expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets anyone holding the code verify it, as JSON, PDF and signed credential', async () => {
    const [mine] = await myCertificates(t, ana);
    const res = await request(t.http).get(`/api/certificates/${mine.code}`).expect(200);
    expect(res.body).toMatchObject({ code: mine.code, status: 'valid', learnerName: 'José Núñez Peñafiel', issuer: { name: 'Puente', url: t.config.publicUrl, did: 'did:web:localhost%3A3000' } });
    expect(res.body).not.toHaveProperty('revokedReason');
    // Typed from paper: lower case, dashes, spaces.
    const typed = res.body.codeGrouped.toLowerCase().replace(/-/g, ' - ');
    await request(t.http).get(`/api/certificates/${encodeURIComponent(typed)}`).expect(200);

    const pdf = await request(t.http).get(`/api/certificates/${mine.code}/pdf`).buffer(true).parse(binary).expect(200).expect('Content-Type', 'application/pdf');
    const read = readPdfWithTools(pdf.body as Buffer);
    expect(read.text).toContain('José Núñez Peñafiel');
    expect(read.text).toContain('Curso de prueba');
    expect(read.text).toContain(res.body.codeGrouped);
    expect(read.qr).toBe(`${t.config.publicUrl}/verificar/${mine.code}`);
    expect(read.info).toMatch(/Tagged:\s+yes/);
    expect(read.info).toMatch(/Title:\s+Certificado · Certificate — José Núñez Peñafiel/);

    const credential = (await request(t.http).get(`/api/certificates/${mine.code}/credential`).expect(200).expect('Content-Type', /application\/vc\+ld\+json/)).body;
    expect(JSON.parse(read.attachment)).toEqual(credential);
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:web:localhost%3A3000', name: 'Puente' },
      credentialSubject: { name: 'José Núñez Peñafiel', achievement: { type: ['Achievement'], achievementType: 'Course' } },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: `${t.config.publicUrl}/api/credentials/status/1` },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
    });

    const signer = t.app.get(CredentialSigner);
    expect(await signer.check(credential)).toMatchObject({ proof: 'valid', revocation: 'not_revoked', issuer: 'did:web:localhost%3A3000' });
    const tampered = structuredClone(credential);
    tampered.credentialSubject.name = 'Otra Persona';
    expect((await signer.check(tampered)).proof).toBe('invalid');
  });

  it('verifies offline with the CLI, given the issuer DID document, and catches a tampered file', async () => {
    const [mine] = await myCertificates(t, ana);
    const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
    try {
      const pdfFile = join(dir, 'certificado.pdf');
      writeFileSync(pdfFile, (await request(t.http).get(`/api/certificates/${mine.code}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer);
      writeFileSync(join(dir, 'did.json'), (await request(t.http).get('/.well-known/did.json').expect(200)).text);
      const cli = async (...args: string[]) => {
        const lines: string[] = [];
        const code = await runCli(['certificates:verify', ...args], { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' }, (l) => lines.push(l), (l) => lines.push(l));
        return { code, text: lines.join('\n') };
      };
      // Offline with the DID document: the signature is checked, revocation is said to be unchecked.
      const offline = await cli(pdfFile, '--offline', '--did-document', join(dir, 'did.json'));
      expect(offline.text).toMatch(/Firma \/ signature: VÁLIDA/);
      expect(offline.text).toMatch(/Revocación \/ revocation: NO COMPROBADA/);
      expect(offline.text).toContain('Titular / holder: José Núñez Peñafiel');
      expect(offline.code).toBe(3);
      // Offline without it: nothing is claimed.
      const blind = await cli(pdfFile, '--offline');
      expect(blind.text).toMatch(/Firma \/ signature: NO COMPROBADA/);
      expect(blind.code).toBe(3);
      // A JSON whose holder was changed.
      const credential = (await request(t.http).get(`/api/certificates/${mine.code}/credential`).expect(200)).body;
      credential.credentialSubject.name = 'Otra Persona';
      writeFileSync(join(dir, 'tampered.json'), JSON.stringify(credential));
      const tampered = await cli(join(dir, 'tampered.json'), '--offline', '--did-document', join(dir, 'did.json'));
      expect(tampered.text).toMatch(/Firma \/ signature: NO VÁLIDA/);
      expect(tampered.code).toBe(1);
      // The right issuer named: fine; another one: refused even with a valid signature.
      expect((await cli(pdfFile, '--offline', '--did-document', join(dir, 'did.json'), '--issuer', 'did:web:localhost%3A3000')).code).toBe(3);
      const other = await cli(pdfFile, '--offline', '--did-document', join(dir, 'did.json'), '--issuer', 'did:web:puente.example.org');
      expect(other.text).toMatch(/EMISOR DISTINTO/);
      expect(other.code).toBe(1);
      // A proof naming a key the issuer never published is a forgery, not something left unchecked.
      const forged = (await request(t.http).get(`/api/certificates/${mine.code}/credential`).expect(200)).body;
      forged.proof.verificationMethod = 'did:web:localhost%3A3000#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
      writeFileSync(join(dir, 'forged.json'), JSON.stringify(forged));
      const forgedRun = await cli(join(dir, 'forged.json'), '--offline', '--did-document', join(dir, 'did.json'));
      expect(forgedRun.text).toMatch(/Firma \/ signature: NO VÁLIDA/);
      expect(forgedRun.code).toBe(1);
      writeFileSync(join(dir, 'nada.pdf'), '%PDF-1.7\n%%EOF');
      const notOurs = await cli(join(dir, 'nada.pdf'));
      expect(notOurs.text).toMatch(/no lleva credential.json/);
      expect(notOurs.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the DID document and the status list', async () => {
    const did = await request(t.http).get('/.well-known/did.json').expect(200).expect('Content-Type', /application\/did\+json/);
    expect(did.body.id).toBe('did:web:localhost%3A3000');
    // Every key this database ever signed with (other test files rotate keys on the same database).
    for (const m of did.body.verificationMethod) {
      expect(m).toEqual({ id: `did:web:localhost%3A3000#${m.publicKeyMultibase}`, type: 'Multikey', controller: 'did:web:localhost%3A3000', publicKeyMultibase: expect.stringMatching(/^z6Mk/) });
    }
    const [mine] = await myCertificates(t, ana);
    const credential = (await request(t.http).get(`/api/certificates/${mine.code}/credential`).expect(200)).body;
    expect(did.body.assertionMethod).toContain(credential.proof.verificationMethod);
    expect(did.body.assertionMethod).toEqual(did.body.verificationMethod.map((m: { id: string }) => m.id));
    const list = await request(t.http).get('/api/credentials/status/1').expect(200);
    expect(JSON.parse(list.text)).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer: 'did:web:localhost%3A3000', credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' } });
    await request(t.http).get('/api/credentials/status/999').expect(404);
    await request(t.http).get('/api/credentials/status/abc').expect(404);
  });

  it('issues for the whole class as a job, never twice for one enrolment', async () => {
    await completeThroughApi(t, classId, bruno);
    await request(t.http).post(`/api/classes/${classId}/certificates`).set(bearer(otherTrainer)).expect(403);
    await request(t.http).post(`/api/classes/${classId}/certificates`).set(bearer(ana)).expect(403);
    const started = await request(t.http).post(`/api/classes/${classId}/certificates`).set(bearer(trainer)).expect(202);
    expect(started.body).toMatchObject({ id: expect.any(String), status: expect.stringMatching(/queued|running|done/) });
    const finished = await eventually(async () => {
      const job = await request(t.http).get(`/api/classes/${classId}/certificates/jobs/${started.body.id}`).set(bearer(trainer)).expect(200);
      return job.body.status === 'done' ? job.body : null;
    });
    expect(finished).toMatchObject({ total: 2, failed: 0 });
    expect(finished.issued + finished.existing).toBe(2);

    const again = await request(t.http).post(`/api/classes/${classId}/certificates`).set(bearer(trainer)).expect(202);
    const second = await eventually(async () => {
      const job = await request(t.http).get(`/api/classes/${classId}/certificates/jobs/${again.body.id}`).set(bearer(trainer)).expect(200);
      return job.body.status === 'done' ? job.body : null;
    });
    expect(second).toMatchObject({ total: 2, issued: 0, existing: 2 });

    const list = await request(t.http).get(`/api/classes/${classId}/certificates`).set(bearer(trainer)).expect(200);
    expect(list.body.certificates).toHaveLength(2);
    expect(list.body).toMatchObject({ completedWithout: 0, latestBatch: { id: again.body.id, status: 'done' } });
    expect((await myCertificates(t, bruno))).toHaveLength(1);
    await request(t.http).get(`/api/classes/${classId}/certificates`).set(bearer(otherTrainer)).expect(403);
    await request(t.http).get(`/api/classes/${classId}/certificates/jobs/${again.body.id}`).set(bearer(ana)).expect(403);
  });

  it('revokes: trainer of the class or admin only; verify, lists and the status list say so', async () => {
    const [mine] = await myCertificates(t, bruno);
    const path = `/api/certificates/${mine.code}/revoke`;
    await request(t.http).post(path).send({ reason: 'Prueba' }).expect(401);
    await request(t.http).post(path).set(bearer(bruno)).send({ reason: 'Prueba' }).expect(403);
    const notYours = await request(t.http).post(path).set(bearer(otherTrainer)).send({ reason: 'Prueba' }).expect(403);
    expect(notYours.body.message).toMatch(/Solo la persona formadora/);
    for (const reason of ['', '   ', 'x'.repeat(501), 42, null]) {
      const bad = await request(t.http).post(path).set(bearer(trainer)).send({ reason }).expect(400);
      expect(JSON.stringify(bad.body.details)).toContain('reason');
    }

    const revoked = await request(t.http).post(path).set(bearer(trainer)).send({ reason: 'Entrega copiada de otra persona' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedReason: 'Entrega copiada de otra persona', revokedAt: expect.any(String) });
    await request(t.http).post(path).set(bearer(admin)).send({ reason: 'Otra vez' }).expect(409);

    const pub = await request(t.http).get(`/api/certificates/${mine.code}`).expect(200);
    expect(pub.body).toMatchObject({ status: 'revoked', revokedAt: revoked.body.revokedAt });
    expect(pub.body).not.toHaveProperty('revokedReason');
    expect((await myCertificates(t, bruno))[0]).toMatchObject({ status: 'revoked', revokedReason: 'Entrega copiada de otra persona' });
    const mail = await t.mail.waitFor(bruno.email, (m) => /has been revoked/.test(m.subject ?? ''));
    expect(mail.text).toContain('> Entrega copiada de otra persona');

    // The signed credential itself now checks as revoked through the published Bitstring Status List.
    const credential = (await request(t.http).get(`/api/certificates/${mine.code}/credential`).expect(200)).body;
    expect(await t.app.get(CredentialSigner).check(credential)).toMatchObject({ proof: 'valid', revocation: 'revoked' });
    const pdf = await request(t.http).get(`/api/certificates/${mine.code}/pdf`).buffer(true).parse(binary).expect(200);
    expect(readPdfWithTools(pdf.body as Buffer).text).toMatch(/REVOCADO .* REVOKED/);
    // A revocation whose publishing was interrupted (committed, list not re-signed) is caught up the next
    // time the list is read.
    const conn = t.app.get(EntityManager).fork().getConnection();
    const [anasBefore] = await myCertificates(t, ana);
    await conn.execute(`update certificates set status = 'revoked', revoked_at = now(), revoked_reason = 'Prueba' where code = ?`, [anasBefore.code]);
    const anasCredential = (await request(t.http).get(`/api/certificates/${anasBefore.code}/credential`).expect(200)).body;
    expect((await t.app.get(CredentialSigner).check(anasCredential)).revocation).toBe('revoked');
    await conn.execute(`update certificates set status = 'valid', revoked_at = null, revoked_reason = null where code = ?`, [anasBefore.code]);
    await t.app.get(StatusListsService).publish(1);
    // Ana's, in the same list, is untouched.
    const [anas] = await myCertificates(t, ana);
    const anaCredential = (await request(t.http).get(`/api/certificates/${anas.code}/credential`).expect(200)).body;
    expect((await t.app.get(CredentialSigner).check(anaCredential)).revocation).toBe('not_revoked');
  });

  it('answers every wrong code with the same 404', async () => {
    const [mine] = await myCertificates(t, ana);
    const nearMiss = mine.code.slice(0, 24) + (mine.code[24] === 'A' ? 'B' : 'A');
    const bodies = [];
    for (const code of [nearMiss, 'AAAAAAAAAAAAAAAAAAAAAAAAA', 'not-a-code', 'x'.repeat(300), '%27%20or%201%3D1']) {
      const res = await request(t.http).get(`/api/certificates/${code}`).expect(404);
      bodies.push(res.body.message);
      await request(t.http).get(`/api/certificates/${code}/pdf`).expect(404);
      await request(t.http).get(`/api/certificates/${code}/credential`).expect(404);
    }
    expect(new Set(bodies).size).toBe(1);
    await request(t.http).post(`/api/certificates/${nearMiss}/revoke`).set(bearer(admin)).send({ reason: 'Prueba' }).expect(404);
  });

  it('follows the authorization table', async () => {
    const [anas] = await myCertificates(t, ana);
    const outsider = await createAccount(t, { displayName: 'Fuera' });
    const job = (await request(t.http).get(`/api/classes/${classId}/certificates`).set(bearer(trainer)).expect(200)).body.latestBatch.id as string;
    type Who = Account | null;
    const as = (who: Who, r: request.Test) => (who ? r.set(bearer(who)) : r);
    const rows: [string, (who: Who) => request.Test, [Who, number][]][] = [
      ['verify', (w) => as(w, request(t.http).get(`/api/certificates/${anas.code}`)), [[null, 200], [outsider, 200]]],
      ['pdf', (w) => as(w, request(t.http).get(`/api/certificates/${anas.code}/pdf`)), [[null, 200], [ana, 200], [trainer, 200], [admin, 200]]],
      ['credential', (w) => as(w, request(t.http).get(`/api/certificates/${anas.code}/credential`)), [[null, 200]]],
      ['status list', (w) => as(w, request(t.http).get('/api/credentials/status/1')), [[null, 200]]],
      ['did', (w) => as(w, request(t.http).get('/.well-known/did.json')), [[null, 200]]],
      ['mine', (w) => as(w, request(t.http).get('/api/me/certificates')), [[null, 401], [outsider, 200], [ana, 200]]],
      ['class list', (w) => as(w, request(t.http).get(`/api/classes/${classId}/certificates`)), [[null, 401], [ana, 403], [outsider, 403], [otherTrainer, 403], [trainer, 200], [admin, 200]]],
      ['class job', (w) => as(w, request(t.http).get(`/api/classes/${classId}/certificates/jobs/${job}`)), [[null, 401], [ana, 403], [otherTrainer, 403], [trainer, 200], [admin, 200]]],
      ['issue for class', (w) => as(w, request(t.http).post(`/api/classes/${classId}/certificates`)), [[null, 401], [ana, 403], [outsider, 403], [otherTrainer, 403]]],
      ['revoke', (w) => as(w, request(t.http).post(`/api/certificates/${anas.code}/revoke`).send({ reason: 'Tabla' })), [[null, 401], [ana, 403], [outsider, 403], [otherTrainer, 403]]],
    ];
    for (const [name, call, expectations] of rows) {
      for (const [who, status] of expectations) {
        const res = await call(who);
        if (res.status !== status) throw new Error(`${name} as ${who ? who.email : 'anonymous'}: expected ${status}, got ${res.status}`);
      }
    }
  });

  it('keeps one live batch per class, and replaces a stale one', async () => {
    const conn = t.app.get(EntityManager).fork().getConnection();
    const [a, b] = await Promise.all([
      request(t.http).post(`/api/classes/${classId}/certificates`).set(bearer(trainer)).expect(202),
      request(t.http).post(`/api/classes/${classId}/certificates`).set(bearer(admin)).expect(202),
    ]);
    await eventually(async () => {
      const job = await request(t.http).get(`/api/classes/${classId}/certificates/jobs/${b.body.id}`).set(bearer(trainer)).expect(200);
      return job.body.status === 'done' || a.body.id !== b.body.id ? job.body : null;
    });
    expect(a.body.id).toBe(b.body.id);
    // A batch whose job was lost an hour ago does not block the class.
    await conn.execute(`insert into certificate_batches (id, class_id, status, created_at) values (gen_random_uuid(), ?, 'queued', now() - interval '1 hour')`, [classId]);
    const fresh = await request(t.http).post(`/api/classes/${classId}/certificates`).set(bearer(trainer)).expect(202);
    const [{ n }] = await conn.execute<{ n: string }[]>(`select count(*) as n from certificate_batches where class_id = ? and status = 'failed' and error like 'stale%'`, [classId]);
    expect(Number(n)).toBe(1);
    await eventually(async () => {
      const job = await request(t.http).get(`/api/classes/${classId}/certificates/jobs/${fresh.body.id}`).set(bearer(trainer)).expect(200);
      return job.body.status === 'done' ? job.body : null;
    });
  });

  it('lists only your own certificates', async () => {
    await request(t.http).get('/api/me/certificates').expect(401);
    const anas = await myCertificates(t, ana);
    const brunos = await myCertificates(t, bruno);
    expect(anas).toHaveLength(1);
    expect(brunos).toHaveLength(1);
    expect(anas[0].code).not.toBe(brunos[0].code);
    const other = await createAccount(t, { displayName: 'Sin certificados' });
    expect(await myCertificates(t, other)).toEqual([]);
  });
});

describe('certificate look-ups are rate-limited per client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CERTIFICATE_LOOKUPS_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('refuses the fourth guess in a minute with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i++) await request(t.http).get('/api/certificates/AAAAAAAAAAAAAAAAAAAAAAAA' + i).set('X-Forwarded-For', '10.9.9.9').expect(404);
    const res = await request(t.http).get('/api/certificates/BBBBBBBBBBBBBBBBBBBBBBBBB').set('X-Forwarded-For', '10.9.9.9').expect(429);
    expect(res.headers['retry-after']).toBeDefined();
    // Another client is not affected.
    await request(t.http).get('/api/certificates/BBBBBBBBBBBBBBBBBBBBBBBBB').set('X-Forwarded-For', '10.9.9.10').expect(404);
  });
});
