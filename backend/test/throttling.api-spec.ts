import request from 'supertest';
import { PASSWORD, startTestApp, uniqueEmail, uniqueIp, type TestApp } from './helpers/test-app';

async function register(t: TestApp, email: string) {
  await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Throttle', locale: 'es' }).expect(201);
}

describe('login throttling (5 failures per account or IP in 15 minutes, in PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('locks an account after 5 failures, even for the right password, with Retry-After', async () => {
    const email = uniqueEmail('lock');
    await register(t, email);
    for (let i = 0; i < 5; i++) {
      await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: 'wrong password' }).expect(401);
    }
    const locked = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(429);
    const retry = Number(locked.headers['retry-after']);
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(locked.body.message).toMatch(/Demasiados intentos fallidos/);
  });

  it('cannot be outrun by parallel guesses: of 20 at once, only 5 are even checked', async () => {
    const email = uniqueEmail('burst');
    await register(t, email);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: 'wrong password' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('locks an IP that guesses across accounts, but not other IPs', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) {
      await request(t.http).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: uniqueEmail('guess'), password: 'wrong password' }).expect(401);
    }
    const email = uniqueEmail('victim');
    await register(t, email);
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password: PASSWORD }).expect(429);
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(200);
  });

  it('keeps counting across instances: a second app on the same database sees the same failures', async () => {
    const other = await startTestApp();
    try {
      const email = uniqueEmail('shared');
      await register(t, email);
      for (let i = 0; i < 3; i++) await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: 'nope nope nope' }).expect(401);
      for (let i = 0; i < 2; i++) await request(other.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: 'nope nope nope' }).expect(401);
      await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(429);
      await request(other.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(429);
    } finally {
      await other.close();
    }
  });

  it('a successful login clears the account counter', async () => {
    const email = uniqueEmail('clear');
    await register(t, email);
    for (let i = 0; i < 4; i++) await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: 'wrong password' }).expect(401);
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(200);
    for (let i = 0; i < 4; i++) await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: 'wrong password' }).expect(401);
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(200);
  });
});

describe('request rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '8', AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('limits auth routes more strictly than the rest, per client IP', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) {
      await request(t.http).post('/api/auth/password-reset/request').set('X-Forwarded-For', ip).send({ email: uniqueEmail() }).expect(202);
    }
    const limited = await request(t.http).post('/api/auth/password-reset/request').set('X-Forwarded-For', ip).send({ email: uniqueEmail() }).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, message: 'Demasiadas peticiones. Espera un momento.' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client is not affected.
    await request(t.http).post('/api/auth/password-reset/request').set('X-Forwarded-For', uniqueIp()).send({ email: uniqueEmail() }).expect(202);
  });

  it('applies the global limit to every other route', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 8; i++) await request(t.http).get('/api/me').set('X-Forwarded-For', ip).expect(401);
    await request(t.http).get('/api/me').set('X-Forwarded-For', ip).expect(429);
    // Health checks from load balancers are never limited.
    for (let i = 0; i < 12; i++) await request(t.http).get('/api/health').set('X-Forwarded-For', ip).expect(200);
  });
});
