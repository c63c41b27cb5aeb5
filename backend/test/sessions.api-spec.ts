import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { createAccount, startTestApp, type TestApp } from './helpers/test-app';
import { hashToken } from '../src/modules/auth/tokens';

describe('server-side sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_TTL_DAYS: '30' });
  });
  afterAll(() => t.close());

  const sql = (q: string, params: unknown[] = []) => t.app.get(EntityManager).fork().getConnection().execute(q, params);

  it('stores only a hash of the token', async () => {
    const acc = await createAccount(t);
    const rows = (await sql('select token_hash from sessions where user_id = ?', [acc.id])) as { token_hash: string }[];
    expect(rows.map((r) => r.token_hash)).toContain(hashToken(acc.token));
    expect(JSON.stringify(rows)).not.toContain(acc.token);
  });

  it('slides the expiry forward when the session is used', async () => {
    const acc = await createAccount(t);
    await sql(`update sessions set last_seen_at = now() - interval '1 hour', expires_at = now() + interval '1 day' where token_hash = ?`, [hashToken(acc.token)]);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${acc.token}`).expect(200);
    const [row] = (await sql('select extract(epoch from expires_at - now()) as left from sessions where token_hash = ?', [hashToken(acc.token)])) as { left: string }[];
    expect(Number(row.left)).toBeGreaterThan(29 * 86_400);
  });

  it('sends the cookie again with a fresh Max-Age when a browser session slides', async () => {
    const acc = await createAccount(t);
    const fresh = await request(t.http).get('/api/auth/me').set('Cookie', `session=${acc.token}`).expect(200);
    expect(fresh.headers['set-cookie']).toBeUndefined();
    await sql(`update sessions set last_seen_at = now() - interval '1 hour' where token_hash = ?`, [hashToken(acc.token)]);
    const slid = await request(t.http).get('/api/auth/me').set('Cookie', `session=${acc.token}`).expect(200);
    const cookie = String(slid.headers['set-cookie']);
    expect(cookie).toContain(`session=${acc.token}`);
    expect(cookie).toMatch(/Max-Age=2592000/);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('refuses an expired or revoked session', async () => {
    const a = await createAccount(t);
    await sql(`update sessions set expires_at = now() - interval '1 second' where token_hash = ?`, [hashToken(a.token)]);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${a.token}`).expect(401);
    const b = await createAccount(t);
    await sql(`update sessions set revoked_at = now() where token_hash = ?`, [hashToken(b.token)]);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${b.token}`).expect(401);
  });

  it('logs out one device without touching the others', async () => {
    const acc = await createAccount(t);
    const other = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', '10.9.9.9').send({ email: acc.email, password: acc.password }).expect(200);
    await request(t.http).post('/api/auth/logout').set('Authorization', `Bearer ${acc.token}`).expect(204);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${acc.token}`).expect(401);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${other.body.token}`).expect(200);
  });
});
