import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { createAccount, PASSWORD, startTestApp, uniqueIp, type TestApp } from './helpers/test-app';

describe('my account: profile, export, delete', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('updates display name and language', async () => {
    const acc = await createAccount(t);
    const res = await request(t.http).patch('/api/me').set('Authorization', `Bearer ${acc.token}`).send({ displayName: ' Nuevo Nombre ', locale: 'en' }).expect(200);
    expect(res.body).toMatchObject({ displayName: 'Nuevo Nombre', locale: 'en' });
    // Messages now follow the chosen language.
    const err = await request(t.http).patch('/api/me').set('Authorization', `Bearer ${acc.token}`).send({ locale: 'xx' }).expect(400);
    expect(err.body.message).toMatch(/^Some data is not valid/);
  });

  it('exports every piece of personal data as a JSON download, without secrets', async () => {
    const acc = await createAccount(t, { displayName: 'Exportadora' });
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email: acc.email, password: 'wrong password' }).expect(401);
    const res = await request(t.http).get('/api/me/export').set('Authorization', `Bearer ${acc.token}`).set('User-Agent', 'jest-agent').expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="puente-mis-datos.json"/);
    expect(res.body.account).toMatchObject({ id: acc.id, email: acc.email, displayName: 'Exportadora' });
    expect(res.body.sessions.length).toBeGreaterThanOrEqual(1);
    expect(res.body.emailTokens.map((x: { purpose: string }) => x.purpose)).toContain('verify_email');
    expect(res.body.failedLogins).toHaveLength(1);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/argon2|passwordHash|tokenHash/);
    expect(text).not.toContain(acc.token);
  });

  it('deletes the account: personal data gone, sessions revoked, the row kept as "deleted user"', async () => {
    const acc = await createAccount(t, { displayName: 'Borrable' });
    const cookieRes = await request(t.http)
      .delete('/api/me')
      .set('Cookie', `session=${acc.token}`)
      .set('Origin', t.config.publicOrigin)
      .expect(204);
    expect(String(cookieRes.headers['set-cookie'])).toMatch(/session=;/);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${acc.token}`).expect(401);
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email: acc.email, password: PASSWORD }).expect(401);
    const conn = t.app.get(EntityManager).fork().getConnection();
    const [row] = await conn.execute<Record<string, unknown>[]>('select email, password_hash, display_name, roles, deleted_at from users where id = ?', [acc.id]);
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: 'Usuario eliminado', roles: [] });
    expect(row.deleted_at).not.toBeNull();
    const [{ n }] = await conn.execute<{ n: string }[]>('select (select count(*) from sessions where user_id = ?) + (select count(*) from auth_tokens where user_id = ?) as n', [acc.id, acc.id]);
    expect(Number(n)).toBe(0);

    // The address is free again.
    await request(t.http).post('/api/auth/register').send({ email: acc.email, password: PASSWORD, displayName: 'De nuevo', locale: 'es' }).expect(201);
  });

  it('requires a session for every /api/me route', async () => {
    await request(t.http).get('/api/me').expect(401);
    await request(t.http).get('/api/me/export').expect(401);
    await request(t.http).patch('/api/me').send({ locale: 'en' }).expect(401);
    await request(t.http).delete('/api/me').expect(401);
  });
});
