import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { bearer, createClass } from './helpers/classroom';
import { binary, completeThroughApi, eventually, importLessonsOnlyCourse, myCertificates, readPdfWithTools } from './helpers/certificates';
import { runCli } from '../src/cli/cli';
import { createAccount, grantRoles, startTestApp, testDatabaseUrl, type Account, type TestApp } from './helpers/test-app';

interface WalletResult {
  log?: { id: string; valid?: boolean; error?: { name: string; message: string } }[];
  errors?: { name: string; message: string }[];
}

/**
 * What a wallet's verifier says about our credentials: the Learner Credential Wallet's library
 * (@digitalcredentials/verifier-core) in its own process, resolving our did:web over real HTTPS (a TLS
 * front on loopback with a certificate made for this run, trusted through NODE_EXTRA_CA_CERTS) and fetching
 * our status list, with no trusted registries. The credential comes out of the PDF with poppler's pdfdetach.
 */
describe('certificates: a wallet verifier accepts our credentials', () => {
  let t: TestApp;
  let tls: Server;
  let dir: string;
  let trainer: Account;
  let learner: Account;
  let classId: string;

  /** Runs the wallet's verifier in its own process (asynchronously: this process serves what it fetches). */
  function walletVerify(credential: unknown): Promise<WalletResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(__dirname, 'wallet', 'verify-with-wallet.mjs')], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') },
        timeout: 60_000,
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => {
        const line = out.split('\n').find((l) => l.startsWith('RESULT '));
        if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)) as WalletResult);
        else reject(new Error(`wallet verifier failed (${code}): ${err}`));
      });
      child.stdin.end(JSON.stringify(credential));
    });
  }
  const step = (r: WalletResult, id: string) => r.log?.find((s) => s.id === id);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'puente-tls-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
    ], { stdio: 'ignore' });
    // The TLS front: every request passed to the app as it came.
    let target: AddressInfo | null = null;
    tls = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
      const up = httpRequest({ host: '127.0.0.1', port: target!.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      req.pipe(up);
    });
    await new Promise<void>((ok) => tls.listen(0, '127.0.0.1', ok));
    const port = (tls.address() as AddressInfo).port;
    t = await startTestApp({ PUBLIC_URL: `https://localhost:${port}` });
    target = t.http.address() as AddressInfo;

    await importLessonsOnlyCourse('83-curso-cartera');
    [trainer, learner] = await Promise.all([createAccount(t, { displayName: 'Formador Cartera' }), createAccount(t, { displayName: 'María José Añazco' })]);
    await grantRoles(t, trainer.id, ['trainer']);
    classId = await createClass(t, trainer, { courseSlug: 'curso-cartera' });
  });
  afterAll(async () => {
    await t?.close();
    tls?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the credential embedded in the PDF, refuses a tampered one, and sees the revocation', async () => {
    await completeThroughApi(t, classId, learner);
    const [cert] = await eventually(async () => {
      const list = await myCertificates(t, learner);
      return list.length ? list : null;
    });
    const pdf = await request(t.http).get(`/api/certificates/${cert.code}/pdf`).buffer(true).parse(binary).expect(200);
    const credential = JSON.parse(readPdfWithTools(pdf.body as Buffer).attachment);
    expect(credential.issuer.id).toMatch(/^did:web:localhost%3A\d+$/);

    const ok = await walletVerify(credential);
    expect(ok.errors).toBeUndefined();
    expect(step(ok, 'valid_signature')).toMatchObject({ valid: true });
    expect(step(ok, 'revocation_status')).toMatchObject({ valid: true });
    expect(step(ok, 'expiration')).toMatchObject({ valid: true });

    const tampered = structuredClone(credential);
    tampered.credentialSubject.achievement.name = 'Máster en Derecho';
    const bad = await walletVerify(tampered);
    expect(bad.errors?.[0]?.name).toBe('invalid_signature');

    // Our own CLI, as a verifier elsewhere would run it on the PDF: key and status list over HTTPS.
    const pdfFile = join(dir, 'certificado.pdf');
    writeFileSync(pdfFile, pdf.body as Buffer);
    const cli = async () => {
      const lines: string[] = [];
      const code = await runCli(['certificates:verify', pdfFile, '--ca', join(dir, 'cert.pem')], { ...process.env, DATABASE_URL: testDatabaseUrl() }, (l) => lines.push(l), (l) => lines.push(l));
      return { code, text: lines.join('\n') };
    };
    const valid = await cli();
    expect(valid.text).toContain('Titular / holder: María José Añazco');
    expect(valid.text).toMatch(/Firma \/ signature: VÁLIDA/);
    expect(valid.text).toMatch(/Revocación \/ revocation: no revocada/);
    expect(valid.code).toBe(0);

    await request(t.http).post(`/api/certificates/${cert.code}/revoke`).set(bearer(trainer)).send({ reason: 'Emitido por error' }).expect(200);
    const revoked = await walletVerify(credential);
    expect(step(revoked, 'valid_signature')).toMatchObject({ valid: true });
    expect(step(revoked, 'revocation_status')).toMatchObject({ valid: false });
    const cliRevoked = await cli();
    expect(cliRevoked.text).toMatch(/REVOCADA por el emisor/);
    expect(cliRevoked.code).toBe(1);
  });
});
