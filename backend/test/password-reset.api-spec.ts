import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { createAccount, PASSWORD, startTestApp, tokenFromMail, uniqueEmail, uniqueIp, type TestApp } from './helpers/test-app';

describe('password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 202 for unknown addresses and sends nothing (no account enumeration)', async () => {
    const conn = t.app.get(EntityManager).fork().getConnection();
    const jobs = async () => Number((await conn.execute<{ n: string }[]>(`select count(*) as n from pgboss.job where name = 'auth.token-mail'`))[0].n);
    const before = await jobs();
    const email = uniqueEmail('ghost');
    const res = await request(t.http).post('/api/auth/password-reset/request').send({ email }).expect(202);
    expect(res.body).toEqual({ accepted: true });
    // Nothing was even queued for it, so no mail can follow later.
    expect(await jobs()).toBe(before);
    expect(t.mail.to(email)).toHaveLength(0);
  });

  it('resets through the emailed one-time link, revokes every session and notifies the owner', async () => {
    const acc = await createAccount(t);
    const second = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email: acc.email, password: PASSWORD }).expect(200);

    const known = await request(t.http).post('/api/auth/password-reset/request').send({ email: acc.email.toUpperCase() }).expect(202);
    expect(known.body).toEqual({ accepted: true });
    const mail = await t.mail.waitFor(acc.email, (m) => m.subject === 'Cambia tu contraseña de Puente');
    const token = tokenFromMail(mail);
    expect(mail.text).toContain('/recuperar/nueva?token=');

    const bad = await request(t.http).post('/api/auth/password-reset/confirm').send({ token, password: 'short' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['password']);

    const newPassword = 'otra-contraseña-nueva';
    await request(t.http).post('/api/auth/password-reset/confirm').send({ token, password: newPassword }).expect(200);
    await request(t.http).post('/api/auth/password-reset/confirm').send({ token, password: 'y-otra-mas-larga' }).expect(400);

    for (const tok of [acc.token, second.body.token]) await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${tok}`).expect(401);
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email: acc.email, password: PASSWORD }).expect(401);
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email: acc.email, password: newPassword }).expect(200);
    await t.mail.waitFor(acc.email, (m) => m.subject === 'Tu contraseña de Puente ha cambiado');
  });

  it('refuses made-up and expired tokens', async () => {
    const res = await request(t.http).post('/api/auth/password-reset/confirm').set('Accept-Language', 'en').send({ token: 'x'.repeat(43), password: 'long enough password' }).expect(400);
    expect(res.body.message).toBe('The link is not valid or has expired.');
    const acc = await createAccount(t);
    await request(t.http).post('/api/auth/password-reset/request').send({ email: acc.email }).expect(202);
    const token = tokenFromMail(await t.mail.waitFor(acc.email, (m) => /contraseña/.test(m.subject ?? '')));
    await t.app.get(EntityManager).fork().getConnection().execute(`update auth_tokens set expires_at = now() - interval '1 minute' where purpose = 'password_reset' and used_at is null`);
    await request(t.http).post('/api/auth/password-reset/confirm').send({ token, password: 'long enough password' }).expect(400);
  });
});
