import { EntityManager } from '@mikro-orm/postgresql';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { ConfigError, loadConfig } from '../src/config/config';
import { seedForumCategories } from '../src/modules/forum/forum-seed';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { bearer } from './helpers/classroom';
import { createAccount, startTestApp, type Account, type TestApp } from './helpers/test-app';

let t: TestApp;
let ana: Account;
let ben: Account;
let notifications: NotificationsService;

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.app.get(EntityManager).fork().getConnection().execute<T[]>(query, params);

/** The raw value of a header line, as the mail program sees it. */
function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

/** The token of the RFC 8058 link in a mail's List-Unsubscribe header. */
function unsubscribeUrl(mail: ParsedMail): URL {
  const value = header(mail, 'List-Unsubscribe');
  const m = /^<([^>]+)>$/.exec(value ?? '');
  if (!m) throw new Error(`no List-Unsubscribe in "${mail.subject}": ${value}`);
  return new URL(m[1]);
}

/** Nothing more arrives for `email` within a while (the mail job runs in well under a second). */
async function noNewMail(email: string, before: number, ms = 1500): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  expect(t.mail.to(email).length).toBe(before);
}

const grade = { classTitle: 'Plan de negocio', itemTitle: 'Tu primer presupuesto', kind: 'assignment' as const, passed: true };

beforeAll(async () => {
  // A schedule that never comes round in a test run: the digest runs when a test calls it.
  t = await startTestApp({ NOTIFY_DIGEST_CRON: '0 3 29 2 *' });
  notifications = t.app.get(NotificationsService);
  ana = await createAccount(t, { displayName: 'Ana Chicaiza' });
  ben = await createAccount(t, { displayName: 'Ben Walker', locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

describe('access', () => {
  it('refuses anonymous callers on every personal route with 401', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    await request(t.http).get('/api/notifications').expect(401);
    await request(t.http).get('/api/notifications/unread-count').expect(401);
    await request(t.http).post(`/api/notifications/${id}/read`).expect(401);
    await request(t.http).post('/api/notifications/read-all').expect(401);
    await request(t.http).get('/api/notifications/preferences').expect(401);
    await request(t.http).put('/api/notifications/preferences').send({ grade: 'never' }).expect(401);
  });
});

describe('immediately (the default)', () => {
  it('stores the notification and mails it at once with RFC 8058 one-click headers and a visible link', async () => {
    await notifications.notify(ana.id, 'message', { fromName: 'Carmen' }, '/mensajes/1');
    const mail = await t.mail.waitFor(ana.email, (m) => m.subject === 'Mensaje nuevo de Carmen');
    const url = unsubscribeUrl(mail);
    expect(url.pathname).toBe('/api/notifications/unsubscribe');
    expect(url.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(`/avisos/baja?token=${url.searchParams.get('token')}`);
    expect(mail.text).toContain('Dejar de recibir este tipo de correo');

    const list = await request(t.http).get('/api/notifications').set(bearer(ana)).expect(200);
    expect(list.body.items[0]).toMatchObject({ type: 'message', title: 'Mensaje nuevo de Carmen', link: '/mensajes/1', readAt: null });
    const count = await request(t.http).get('/api/notifications/unread-count').set(bearer(ana)).expect(200);
    expect(count.body.unread).toBeGreaterThanOrEqual(1);
  });

  it('keeps params plain text: control characters and markup are not interpreted', async () => {
    await notifications.notify(ben.id, 'message', { fromName: '<b>Eve</b>\u0000\nEvil' }, 'https://evil.example/phish');
    const list = await request(t.http).get('/api/notifications').set(bearer(ben)).expect(200);
    expect(list.body.items[0].title).toBe('New message from <b>Eve</b> Evil');
    // Only paths inside Puente are kept as links.
    expect(list.body.items[0].link).toBe('/avisos');
    const mail = await t.mail.waitFor(ben.email, (m) => m.subject?.startsWith('New message from') === true);
    expect(mail.html).not.toContain('<b>Eve</b>');
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });
});

describe('daily digest', () => {
  it('sends nothing until the digest runs, then one digest mail with everything that waited', async () => {
    const res = await request(t.http).put('/api/notifications/preferences').set(bearer(ana)).send({ grade: 'daily' }).expect(200);
    expect(res.body.items.find((p: { type: string }) => p.type === 'grade')).toMatchObject({ mode: 'daily', defaultMode: 'immediately' });
    const before = t.mail.to(ana.email).length;
    await notifications.notify(ana.id, 'grade', grade, '/aprendizaje');
    await notifications.notify(ana.id, 'grade', { ...grade, itemTitle: 'Cuestionario final', kind: 'quiz' }, '/aprendizaje');
    await noNewMail(ana.email, before);

    expect(await notifications.sendDigests()).toBeGreaterThanOrEqual(1);
    const digest = await t.mail.waitFor(ana.email, (m) => m.subject === 'Tu resumen de Puente: 2 avisos nuevos');
    expect(digest.text).toContain('Aprobado: «Tu primer presupuesto»');
    expect(digest.text).toContain('Aprobado: «Cuestionario final»');
    expect(header(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(t.mail.to(ana.email).length).toBe(before + 1);

    // Nothing is sent twice.
    const after = t.mail.to(ana.email).length;
    await notifications.sendDigests();
    await noNewMail(ana.email, after, 800);
  });

  it("the digest's one-click link turns every daily type to never", async () => {
    await request(t.http).put('/api/notifications/preferences').set(bearer(ben)).send({ announcement: 'daily' }).expect(200);
    await notifications.notify(ben.id, 'announcement', { classTitle: 'Business plan', title: 'No class on Friday' }, '/aprendizaje');
    await notifications.sendDigests();
    const digest = await t.mail.waitFor(ben.email, (m) => m.subject === 'Your Puente digest: 1 new notification');
    const url = unsubscribeUrl(digest);
    await request(t.http).post(`/api/notifications/unsubscribe${url.search}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    const prefs = await request(t.http).get('/api/notifications/preferences').set(bearer(ben)).expect(200);
    expect(prefs.body.items.find((p: { type: string }) => p.type === 'announcement').mode).toBe('never');
  });
});

describe('never', () => {
  it('sends no mail but keeps the in-app item', async () => {
    await request(t.http).put('/api/notifications/preferences').set(bearer(ana)).send({ announcement: 'never' }).expect(200);
    const before = t.mail.to(ana.email).length;
    await notifications.notify(ana.id, 'announcement', { classTitle: 'Plan de negocio', title: 'Cambio de horario' }, '/aprendizaje');
    await noNewMail(ana.email, before);
    const list = await request(t.http).get('/api/notifications').set(bearer(ana)).expect(200);
    expect(list.body.items[0]).toMatchObject({ type: 'announcement', title: 'Aviso en «Plan de negocio»', body: 'Cambio de horario' });
  });
});

describe('one-click unsubscribe', () => {
  it('GET changes nothing; POST (RFC 8058 form body) turns that type off; other types still mail', async () => {
    await notifications.notify(ana.id, 'certificate', { courseTitle: 'Derechos laborales', change: 'issued' }, '/certificados');
    const mail = await t.mail.waitFor(ana.email, (m) => m.subject === 'Tu certificado de «Derechos laborales» está listo');
    const url = unsubscribeUrl(mail);

    const info = await request(t.http).get(`/api/notifications/unsubscribe${url.search}`).expect(200);
    expect(info.body).toEqual({ scope: 'certificate', label: 'Certificados', unsubscribed: false });
    let prefs = await request(t.http).get('/api/notifications/preferences').set(bearer(ana)).expect(200);
    expect(prefs.body.items.find((p: { type: string }) => p.type === 'certificate').mode).toBe('immediately');

    await request(t.http).post(`/api/notifications/unsubscribe${url.search}`).set('Content-Type', 'application/x-www-form-urlencoded').send('List-Unsubscribe=One-Click').expect(200);
    prefs = await request(t.http).get('/api/notifications/preferences').set(bearer(ana)).expect(200);
    expect(prefs.body.items.find((p: { type: string }) => p.type === 'certificate').mode).toBe('never');
    // Again (a second click, a retry): still 200.
    const again = await request(t.http).post(`/api/notifications/unsubscribe${url.search}`).field('List-Unsubscribe', 'One-Click').expect(200);
    expect(again.body.unsubscribed).toBe(true);

    const before = t.mail.to(ana.email).length;
    await notifications.notify(ana.id, 'certificate', { courseTitle: 'Otro curso', change: 'issued' }, '/certificados');
    await noNewMail(ana.email, before);
    await notifications.notify(ana.id, 'enrolment', { classTitle: 'Plan de negocio', change: 'active' }, '/aprendizaje');
    await t.mail.waitFor(ana.email, (m) => m.subject === 'Ya estás en la clase «Plan de negocio»');
  });

  it('answers a forged token with 404 and a garbled or missing one with 400, never 500', async () => {
    const forged = await request(t.http).post('/api/notifications/unsubscribe?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').type('form').send('List-Unsubscribe=One-Click').expect(404);
    expect(forged.body.message).toContain('no es válido');
    await request(t.http).get('/api/notifications/unsubscribe?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(404);
    const garbled = await request(t.http).post('/api/notifications/unsubscribe?token=%3Cscript%3E').type('form').send('x=1').expect(400);
    expect(garbled.body.details[0].field).toBe('token');
    await request(t.http).post('/api/notifications/unsubscribe').expect(400);
    await request(t.http).get('/api/notifications/unsubscribe?token=a&token=b').expect(400);
  });
});

describe('centre', () => {
  it('marks one as read, then all; someone else’s notification is 404', async () => {
    await notifications.notify(ben.id, 'enrolment', { classTitle: 'Business plan', change: 'waitlisted' }, '/aprendizaje');
    const list = await request(t.http).get('/api/notifications').set(bearer(ben)).expect(200);
    const first = list.body.items[0];
    expect(first.title).toBe('You are on the waiting list for "Business plan"');
    const unreadBefore = (await request(t.http).get('/api/notifications/unread-count').set(bearer(ben)).expect(200)).body.unread as number;
    expect(unreadBefore).toBeGreaterThanOrEqual(2);

    await request(t.http).post(`/api/notifications/${first.id}/read`).set(bearer(ana)).expect(404);
    await request(t.http).post('/api/notifications/00000000-0000-4000-8000-000000000000/read').set(bearer(ben)).expect(404);
    await request(t.http).post('/api/notifications/not-a-uuid/read').set(bearer(ben)).expect(400);

    const read = await request(t.http).post(`/api/notifications/${first.id}/read`).set(bearer(ben)).expect(200);
    expect(read.body.unread).toBe(unreadBefore - 1);
    const again = await request(t.http).get('/api/notifications').set(bearer(ben)).expect(200);
    expect(again.body.items[0].readAt).not.toBeNull();

    await request(t.http).post('/api/notifications/read-all').set(bearer(ben)).expect(200, { unread: 0 });
    expect((await request(t.http).get('/api/notifications/unread-count').set(bearer(ben)).expect(200)).body.unread).toBe(0);
  });

  it('pages newest first, 20 at a time', async () => {
    const carla = await createAccount(t, { displayName: 'Carla' });
    await request(t.http).put('/api/notifications/preferences').set(bearer(carla)).send({ message: 'never' }).expect(200);
    for (let i = 1; i <= 23; i++) await notifications.notify(carla.id, 'message', { fromName: `Persona ${i}` }, '/mensajes');
    const p1 = await request(t.http).get('/api/notifications?page=1').set(bearer(carla)).expect(200);
    expect(p1.body).toMatchObject({ page: 1, pageSize: 20, hasMore: true, unread: 23 });
    expect(p1.body.items[0].title).toBe('Mensaje nuevo de Persona 23');
    const p2 = await request(t.http).get('/api/notifications?page=2').set(bearer(carla)).expect(200);
    expect(p2.body.items).toHaveLength(3);
    expect(p2.body.hasMore).toBe(false);
    expect(p2.body.items[2].title).toBe('Mensaje nuevo de Persona 1');
    await request(t.http).get('/api/notifications?page=0').set(bearer(carla)).expect(400);
  });
});

describe('preferences', () => {
  it('lists every type with its default, and names a bad field in the caller’s language', async () => {
    const prefs = await request(t.http).get('/api/notifications/preferences').set(bearer(ben)).expect(200);
    expect(prefs.body.items.map((p: { type: string }) => p.type)).toEqual(['forum_answer', 'message', 'grade', 'announcement', 'enrolment', 'certificate']);
    expect(prefs.body.items[0]).toMatchObject({ label: 'Answers to your forum questions', mode: 'immediately' });

    const es = await request(t.http).put('/api/notifications/preferences').set(bearer(ana)).send({ grade: 'weekly' }).expect(400);
    expect(es.body.details).toEqual([expect.objectContaining({ field: 'grade', rule: 'isIn' })]);
    expect(es.body.details[0].message).toContain('El campo «grade» debe ser uno de: immediately, daily, never');
    const en = await request(t.http).put('/api/notifications/preferences').set(bearer(ben)).set('Accept-Language', 'en').send({ sms: 'daily' }).expect(400);
    expect(en.body.details[0]).toMatchObject({ field: 'sms', rule: 'whitelistValidation' });
    await request(t.http).put('/api/notifications/preferences').set(bearer(ana)).send({ grade: null }).expect(400);
  });
});

describe('earlier features notify through the centre', () => {
  it('a new forum answer lands in the asker’s centre and is mailed with the forum’s own text and an unsubscribe link', async () => {
    await seedForumCategories(t.app.get(EntityManager));
    const [cat] = await sql<{ id: string }>(`select id from forum_categories where slug = 'nacionalidad'`);
    await sql(`update users set created_at = now() - interval '30 days' where id in (?, ?)`, [ana.id, ben.id]);
    const q = await request(t.http)
      .post('/api/forum/questions')
      .set(bearer(ana))
      .send({ categoryId: cat.id, title: 'Plazos de la nacionalidad por residencia', body: 'Llevo dos años con residencia legal en España. ¿Cuándo puedo pedir la nacionalidad siendo de Ecuador?', country: 'ES' })
      .expect(201);
    const questionId = q.body.questionId as string;
    await request(t.http).post(`/api/forum/questions/${questionId}/answers`).set(bearer(ben)).send({ body: 'Para personas de países iberoamericanos el plazo general es de dos años de residencia legal y continuada.' }).expect(201);
    const mail = await t.mail.waitFor(ana.email, (m) => m.subject === 'Nueva respuesta a tu pregunta');
    expect(mail.text).toContain('Plazos de la nacionalidad por residencia');
    expect(unsubscribeUrl(mail).pathname).toBe('/api/notifications/unsubscribe');
    const list = await request(t.http).get('/api/notifications').set(bearer(ana)).expect(200);
    expect(list.body.items[0]).toMatchObject({ type: 'forum_answer', title: 'Nueva respuesta a tu pregunta', body: '«Plazos de la nacionalidad por residencia»' });
    expect(list.body.items[0].link).toMatch(new RegExp(`^/foro/preguntas/${questionId}#respuesta-`));
  });
});

describe('personal data', () => {
  it('exports the notifications and choices, and erases them with the account', async () => {
    const dora = await createAccount(t, { displayName: 'Dora' });
    await request(t.http).put('/api/notifications/preferences').set(bearer(dora)).send({ message: 'never' }).expect(200);
    await notifications.notify(dora.id, 'message', { fromName: 'Eva' }, '/mensajes');
    const exported = await request(t.http).get('/api/me/export').set(bearer(dora)).expect(200);
    expect(exported.body.sections.notifications).toMatchObject({ notifications: [expect.objectContaining({ type: 'message', params: { fromName: 'Eva' } })], preferences: [{ type: 'message', mode: 'never' }] });
    await request(t.http).delete('/api/me').set(bearer(dora)).expect((res) => expect(res.status).toBeLessThan(300));
    const left = await sql<{ n: number }>(
      `select (select count(*) from notifications where recipient_id = ?)::int + (select count(*) from notification_preferences where user_id = ?)::int as n`,
      [dora.id, dora.id],
    );
    expect(left[0].n).toBe(0);
    // A later event for the deleted account is not recorded.
    expect(await notifications.notify(dora.id, 'message', { fromName: 'Eva' }, '/mensajes')).toEqual({ notified: false, mailed: false });
  });
});

describe('configuration', () => {
  it('keeps the digest schedule in pg-boss (registered before the job runner starts)', async () => {
    const rows = await sql<{ cron: string }>(`select cron from pgboss.schedule where name = 'notifications-digest'`);
    expect(rows).toEqual([{ cron: '0 3 29 2 *' }]);
  });

  it('reads the digest schedule from NOTIFY_DIGEST_CRON, `off` turns it off, a malformed one stops the start', () => {
    expect(loadConfig({}).notifyDigestCron).toBe('0 17 * * *');
    expect(loadConfig({ NOTIFY_DIGEST_CRON: 'off' }).notifyDigestCron).toBeNull();
    expect(() => loadConfig({ NOTIFY_DIGEST_CRON: 'every evening' })).toThrow(ConfigError);
  });
});
