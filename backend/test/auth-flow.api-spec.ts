import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { PASSWORD, startTestApp, tokenFromMail, uniqueEmail, uniqueIp, type TestApp } from './helpers/test-app';

describe('register → verify → login → me → logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('runs the whole account journey with the token read from a real SMTP server', async () => {
    const email = uniqueEmail('ana');
    const reg = await request(t.http)
      .post('/api/auth/register')
      .send({ email: email.toUpperCase(), password: PASSWORD, displayName: '  Ana Q.  ', locale: 'es' })
      .expect(201);
    expect(reg.body).toEqual({
      id: expect.any(String),
      email,
      displayName: 'Ana Q.',
      roles: ['learner'],
      locale: 'es',
      emailVerified: false,
      createdAt: expect.any(String),
    });
    expect(reg.body).not.toHaveProperty('passwordHash');

    const mail = await t.mail.waitFor(email);
    expect(mail.subject).toBe('Confirma tu correo en Puente');
    expect(mail.html).toContain('lang="es"');
    const token = tokenFromMail(mail);
    expect(mail.text).toContain(`${t.config.publicUrl}/verificar-correo?token=${token}`);

    // The link's token exists only in the email and as a hash: never in the job queue's tables.
    const em = t.app.get(EntityManager).fork();
    const stored = await em.getConnection().execute<{ data: string }[]>(
      `select data::text as data from pgboss.job union all select data::text from pgboss.archive`,
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((r) => r.data?.includes(token))).toEqual([]);

    const verified = await request(t.http).post('/api/auth/verify-email').send({ token }).expect(200);
    expect(verified.body.emailVerified).toBe(true);
    // One-time: the same link does not work twice.
    await request(t.http).post('/api/auth/verify-email').send({ token }).expect(400);

    const ip = uniqueIp();
    const login = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password: PASSWORD }).expect(200);
    expect(login.body.user).toMatchObject({ email, emailVerified: true });
    expect(login.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = login.headers['set-cookie'] as unknown as string[];
    expect(cookie[0]).toMatch(/^session=[A-Za-z0-9_-]{43};/);
    expect(cookie[0]).toMatch(/HttpOnly/);
    expect(cookie[0]).toMatch(/SameSite=Lax/);
    expect(cookie[0]).toMatch(/Max-Age=2592000/);

    const viaCookie = await request(t.http).get('/api/auth/me').set('Cookie', `session=${login.body.token}`).expect(200);
    expect(viaCookie.body.id).toBe(reg.body.id);
    const viaBearer = await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${login.body.token}`).expect(200);
    expect(viaBearer.body.id).toBe(reg.body.id);

    const out = await request(t.http)
      .post('/api/auth/logout')
      .set('Cookie', `session=${login.body.token}`)
      .set('Origin', t.config.publicOrigin)
      .expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/session=;/);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${login.body.token}`).expect(401);
  });

  it('answers 401 to /me without a session, and with a made-up token', async () => {
    const anon = await request(t.http).get('/api/auth/me').expect(401);
    expect(anon.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Inicia sesión para continuar.' });
    await request(t.http).get('/api/auth/me').set('Authorization', 'Bearer not-a-real-token').expect(401);
  });

  it('refuses a second account with the same email (any case) with 409', async () => {
    const email = uniqueEmail('dup');
    await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Uno', locale: 'es' }).expect(201);
    const again = await request(t.http)
      .post('/api/auth/register')
      .set('Accept-Language', 'en')
      .send({ email: email.toUpperCase(), password: PASSWORD, displayName: 'Dos', locale: 'en' })
      .expect(409);
    expect(again.body.message).toBe('An account with that email already exists.');
    expect(again.body.details[0].field).toBe('email');
  });

  it('sends the verification email in the language the person chose', async () => {
    const email = uniqueEmail('en');
    await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'John', locale: 'en' }).expect(201);
    const mail = await t.mail.waitFor(email);
    expect(mail.subject).toBe('Confirm your email on Puente');
  });

  it('rejects wrong passwords and unknown accounts alike', async () => {
    const email = uniqueEmail('wrong');
    await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Wrong', locale: 'es' }).expect(201);
    const a = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: 'not the password' }).expect(401);
    const b = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email: uniqueEmail('nobody'), password: 'not the password' }).expect(401);
    expect(a.body).toEqual(b.body);
  });

  it('lets a logged-in member ask for a new verification email', async () => {
    const email = uniqueEmail('resend');
    await request(t.http).post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Resend', locale: 'es' }).expect(201);
    const first = tokenFromMail(await t.mail.waitFor(email));
    const login = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(200);
    await request(t.http).post('/api/auth/verify-email/resend').set('Authorization', `Bearer ${login.body.token}`).expect(202);
    const second = tokenFromMail(await t.mail.waitFor(email, (m) => tokenFromMail(m) !== first));
    // The new link replaces the old one.
    await request(t.http).post('/api/auth/verify-email').send({ token: first }).expect(400);
    await request(t.http).post('/api/auth/verify-email').send({ token: second }).expect(200);
  });
});
