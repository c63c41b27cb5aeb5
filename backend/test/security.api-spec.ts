import request from 'supertest';
import { createAccount, startTestApp, type Account, type TestApp } from './helpers/test-app';

describe('cross-cutting security', () => {
  let t: TestApp;
  let acc: Account;
  beforeAll(async () => {
    t = await startTestApp();
    acc = await createAccount(t);
  });
  afterAll(() => t.close());

  it('sends security headers with a real CSP on the API', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses cookie-authenticated writes from another origin (CSRF), allows same-origin and bearer', async () => {
    const evil = await request(t.http).patch('/api/me').set('Cookie', `session=${acc.token}`).set('Origin', 'https://evil.example').send({ displayName: 'Hacked' }).expect(403);
    expect(evil.body.message).toMatch(/origen/);
    await request(t.http).patch('/api/me').set('Cookie', `session=${acc.token}`).send({ displayName: 'Hacked' }).expect(403);
    await request(t.http).patch('/api/me').set('Cookie', `session=${acc.token}`).set('Referer', `${t.config.publicUrl}/cuenta`).send({ displayName: 'Via Referer' }).expect(200);
    await request(t.http).patch('/api/me').set('Cookie', `session=${acc.token}`).set('Origin', t.config.publicOrigin).send({ displayName: 'Same Origin' }).expect(200);
    await request(t.http).patch('/api/me').set('Authorization', `Bearer ${acc.token}`).set('Origin', 'https://evil.example').send({ displayName: 'Bearer Client' }).expect(200);
    const me = await request(t.http).get('/api/me').set('Authorization', `Bearer ${acc.token}`).expect(200);
    expect(me.body.displayName).toBe('Bearer Client');
  });

  it("never puts a person's email in a response to anyone else", async () => {
    const other = await createAccount(t);
    const as = (req: request.Test) => req.set('Authorization', `Bearer ${other.token}`);
    const responses = [
      await as(request(t.http).get('/api/auth/me')),
      await as(request(t.http).get('/api/me/export')),
      await as(request(t.http).get('/api/admin/users').query({ q: acc.email })),
      await request(t.http).post('/api/auth/login').set('X-Forwarded-For', '10.77.0.1').send({ email: acc.email, password: 'not the password' }),
      await request(t.http).post('/api/auth/password-reset/request').send({ email: acc.email }),
      await request(t.http).post('/api/auth/register').send({ email: acc.email, password: 'long enough password', displayName: 'Copia', locale: 'es' }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 403, 401, 202, 409]);
    for (const r of responses) expect(JSON.stringify(r.body) + JSON.stringify(r.headers)).not.toContain(acc.email);
  });

  it('keeps a trusted request id from the page server for correlation', async () => {
    const res = await request(t.http).get('/api/health').set('X-Request-Id', 'page-req-12345678').expect(200);
    expect(res.headers['x-request-id']).toBe('page-req-12345678');
    const bad = await request(t.http).get('/api/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(bad.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await request(t.http).get('/api/openapi.json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/admin/users', '/api/health']));
    const ui = await request(t.http).get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger');
    expect(ui.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
