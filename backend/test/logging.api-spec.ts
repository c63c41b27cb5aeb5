import { Writable } from 'node:stream';
import request from 'supertest';
import { PASSWORD, startTestApp, tokenFromMail, uniqueEmail, uniqueIp, type TestApp } from './helpers/test-app';

describe('structured request logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        cb();
      },
    });
    t = await startTestApp({}, sink);
  });
  afterAll(() => t.close());

  it('writes one JSON line per request with its id, and never a password, token or body', async () => {
    const email = uniqueEmail('logs');
    await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Registro Secreto', locale: 'es' }).expect(201);
    const verifyToken = tokenFromMail(await t.mail.waitFor(email));
    await request(t.http).post('/api/auth/verify-email').send({ token: verifyToken }).expect(200);
    const login = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(200);
    const me = await request(t.http).get('/api/auth/me?token=in-the-query').set('Cookie', `session=${login.body.token}`).expect(200);

    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requestLine = entries.find((e) => e.msg === 'request' && e.reqId === me.headers['x-request-id']);
    expect(requestLine).toMatchObject({ method: 'GET', path: '/api/auth/me', status: 200, userId: login.body.user.id });
    expect(typeof requestLine!.ms).toBe('number');
    expect(entries.filter((e) => e.msg === 'request').length).toBeGreaterThanOrEqual(4);

    const all = lines.join('\n');
    for (const secret of [PASSWORD, login.body.token, verifyToken, 'in-the-query', 'Registro Secreto']) expect(all).not.toContain(secret);
  });

  it('forum requests are logged without account, address or post id: a log line must not tie anyone to an anonymous thread', async () => {
    const email = uniqueEmail('forum-logs');
    await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Persona del foro', locale: 'es' }).expect(201);
    await request(t.http).post('/api/auth/verify-email').send({ token: tokenFromMail(await t.mail.waitFor(email)) }).expect(200);
    const login = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(200);
    const id = '00000000-0000-4000-8000-00000000f0f0';
    const calls = [
      await request(t.http).get(`/api/forum/questions/${id}`).set('Cookie', `session=${login.body.token}`),
      await request(t.http).post(`/api/forum/questions/${id}/answers`).set('Authorization', `Bearer ${login.body.token}`).send({ body: 'Una respuesta.' }),
      await request(t.http).post(`/api/forum/answers/${id}/accept`).set('Authorization', `Bearer ${login.body.token}`),
      await request(t.http).get('/api/forum/questions/mine').set('Authorization', `Bearer ${login.body.token}`),
    ];
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const call of calls) {
      const line = entries.find((e) => e.msg === 'request' && e.reqId === call.headers['x-request-id'])!;
      expect(line).toBeDefined();
      expect(line.userId).toBeUndefined();
      expect(line.ip).toBeUndefined();
      expect(String(line.path)).not.toContain(id);
    }
    expect(entries.find((e) => e.reqId === calls[0].headers['x-request-id'])!.path).toBe('/api/forum/questions/:id');
    expect(entries.find((e) => e.reqId === calls[3].headers['x-request-id'])!.path).toBe('/api/forum/questions/mine');
  });
});
