import request from 'supertest';
import { createAccount, PASSWORD, startTestApp, uniqueEmail, type Account, type TestApp } from './helpers/test-app';

type Case = [name: string, path: string, body: unknown, status: number, fields: string[]];

describe('bad input gets a clear 4xx naming the field, never a 500', () => {
  let t: TestApp;
  let acc: Account;
  beforeAll(async () => {
    t = await startTestApp();
    acc = await createAccount(t);
  });
  afterAll(() => t.close());

  const cases: Case[] = [
    ['missing everything', '/api/auth/register', {}, 400, ['email', 'password', 'displayName', 'locale']],
    ['wrong types', '/api/auth/register', { email: 42, password: ['x'], displayName: { a: 1 }, locale: true }, 400, ['email', 'password', 'displayName', 'locale']],
    ['unknown field', '/api/auth/register', { email: 'a@example.org', password: PASSWORD, displayName: 'Ana', locale: 'es', isAdmin: true }, 400, ['isAdmin']],
    ['roles cannot be self-assigned', '/api/auth/register', { email: 'b@example.org', password: PASSWORD, displayName: 'Ana', locale: 'es', roles: ['admin'] }, 400, ['roles']],
    ['short password', '/api/auth/register', { email: 'c@example.org', password: '123456789', displayName: 'Ana', locale: 'es' }, 400, ['password']],
    ['bad email and locale', '/api/auth/register', { email: 'not-an-email', password: PASSWORD, displayName: 'Ana', locale: 'fr' }, 400, ['email', 'locale']],
    ['blank display name', '/api/auth/register', { email: 'd@example.org', password: PASSWORD, displayName: '    ', locale: 'es' }, 400, ['displayName']],
    ['login without password', '/api/auth/login', { email: 'a@example.org' }, 400, ['password']],
    ['verify with a number', '/api/auth/verify-email', { token: 12345678901 }, 400, ['token']],
    ['reset without email', '/api/auth/password-reset/request', { mail: 'a@example.org' }, 400, ['email', 'mail']],
  ];

  it.each(cases)('%s → %i naming the fields', async (_name, path, body, status, fields) => {
    const res = await request(t.http).post(path).send(body as object).expect(status);
    expect(res.body).toMatchObject({ statusCode: status, error: 'Bad Request' });
    const named = [...new Set((res.body.details as { field: string }[]).map((d) => d.field))].sort();
    expect(named).toEqual([...fields].sort());
    for (const f of fields) expect(res.body.message).toContain(f);
  });

  it('rejects NUL characters (which PostgreSQL cannot store) in bodies and queries with 400, not 500', async () => {
    const reg = await request(t.http).post('/api/auth/register').send({ email: uniqueEmail('nul'), password: PASSWORD, displayName: 'Ana\u0000', locale: 'es' }).expect(400);
    expect(reg.body.details).toEqual([{ field: 'displayName', rule: 'noNulCharacter', message: expect.stringContaining('displayName') }]);
    const me = await request(t.http).patch('/api/me').set('Authorization', `Bearer ${acc.token}`).send({ displayName: 'x\u0000y' }).expect(400);
    expect(me.body.details[0].field).toBe('displayName');
    const query = await request(t.http).get('/api/admin/users?q=a%00b').set('Authorization', `Bearer ${acc.token}`).expect(400);
    expect(query.body.details[0].field).toBe('q');
  });

  it('explains field problems in English when asked', async () => {
    const res = await request(t.http).post('/api/auth/register').set('Accept-Language', 'en-GB,en;q=0.9').send({ email: 'x', password: 'short', displayName: 'Al', locale: 'es' }).expect(400);
    expect(res.body.message).toMatch(/^Some data is not valid/);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: 'email', rule: 'isEmail', message: 'The field "email" must be a valid email address' },
        { field: 'password', rule: 'minLength', message: 'The field "password" must be at least 10 characters long' },
      ]),
    );
    const es = await request(t.http).post('/api/auth/register').send({ email: 'x', password: 'short', displayName: 'Al', locale: 'es' }).expect(400);
    expect(es.body.details).toEqual(expect.arrayContaining([{ field: 'password', rule: 'minLength', message: 'El campo «password» debe tener al menos 10 caracteres' }]));
  });

  it('rejects a body that is not a JSON object', async () => {
    for (const body of ['[1,2,3]', '"text"', '42', 'null']) {
      const res = await request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send(body).expect(400);
      expect(res.body.message).toBe('El cuerpo de la petición debe ser un objeto JSON.');
    }
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "a@example.org", ').expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'El cuerpo de la petición no es JSON válido.' });
  });

  it('rejects bodies over 1 MB with 413', async () => {
    const res = await request(t.http).post('/api/auth/register').set('Content-Type', 'application/json').send(JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(1_100_000) })).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, message: 'El cuerpo de la petición supera el límite de 1 MB.' });
  });

  it('rejects non-JSON bodies with 415', async () => {
    const res = await request(t.http).post('/api/auth/login').set('Content-Type', 'application/x-www-form-urlencoded').send('email=a%40example.org&password=x').expect(415);
    expect(res.body.statusCode).toBe(415);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await request(t.http).get('/api/no-such-thing').expect(404).expect('Content-Type', /json/);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'No existe la ruta GET /api/no-such-thing.' });
    await request(t.http).delete('/api/auth/login').expect(404);
  });

  it('validates PATCH /api/me', async () => {
    const res = await request(t.http).patch('/api/me').set('Authorization', `Bearer ${acc.token}`).send({ locale: 'de', displayName: 'x', email: 'new@example.org' }).expect(400);
    expect([...new Set(res.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(['displayName', 'email', 'locale']);
  });

  it('survives a barrage of odd values on every public write route without a 5xx', async () => {
    const odd: unknown[] = [null, '', ' ', 0, -1, 1e308, true, [], {}, 'a'.repeat(5000), '\u0000', '💥', '<script>alert(1)</script>', "' or 1=1 --", { $gt: '' }];
    const routes: [string, string[]][] = [
      ['/api/auth/register', ['email', 'password', 'displayName', 'locale']],
      ['/api/auth/login', ['email', 'password']],
      ['/api/auth/verify-email', ['token']],
      ['/api/auth/password-reset/request', ['email']],
      ['/api/auth/password-reset/confirm', ['token', 'password']],
    ];
    for (const [path, fields] of routes) {
      for (const value of odd) {
        const body: Record<string, unknown> = { email: uniqueEmail('fuzz'), password: PASSWORD, displayName: 'Fuzz', locale: 'es', token: 'x'.repeat(43) };
        for (const f of fields) {
          const res = await request(t.http).post(path).set('X-Forwarded-For', '10.250.0.1').send({ ...Object.fromEntries(fields.map((k) => [k, body[k]])), [f]: value });
          expect(res.status).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(500);
        }
      }
    }
  });
});
