import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { seedForumCategories } from '../src/modules/forum/forum-seed';
import { bearer, createClass, importFixtureCourse } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

let t: TestApp;
let alice: Account;
let bob: Account;
let carol: Account;
let dave: Account;
let english: Account;
let counsellor: Account;
let moderator: Account;

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.app.get(EntityManager).fork().getConnection().execute<T[]>(query, params);
const age = (a: Account) => sql(`update users set created_at = now() - interval '30 days' where id = ?`, [a.id]);
const send = (as: Account, body: Record<string, unknown>, lang = 'es') => request(t.http).post('/api/messages').set(bearer(as)).set('Accept-Language', lang).send(body);
const threads = async (as: Account) => (await request(t.http).get('/api/messages/threads').set(bearer(as)).expect(200)).body;
const unread = async (as: Account) => (await request(t.http).get('/api/messages/unread-count').set(bearer(as)).expect(200)).body.unread as number;
const open = (as: Account, id: string, query = '') => request(t.http).get(`/api/messages/threads/${id}${query}`).set(bearer(as));
const notices = async (as: Account) => (await request(t.http).get('/api/notifications').set(bearer(as)).expect(200)).body.items as { type: string; title: string; link: string; readAt: string | null }[];
const messageNotices = async (as: Account, threadId: string) => (await notices(as)).filter((n) => n.type === 'message' && n.link === `/mensajes/${threadId}`);
/** Nothing more arrives for `email` within a while (the mail job runs in well under a second). */
const noNewMail = async (email: string, before: number, ms = 1200) => {
  await new Promise((r) => setTimeout(r, ms));
  expect(t.mail.to(email).length).toBe(before);
};
const aged = async (name: string, locale: 'es' | 'en' = 'es') => {
  const a = await createAccount(t, { displayName: name, locale });
  await age(a);
  return a;
};

beforeAll(async () => {
  t = await startTestApp();
  await seedForumCategories(t.app.get(EntityManager));
  alice = await aged('Alicia Quito');
  bob = await aged('Bolívar Cuenca');
  carol = await aged('Carolina Loja');
  dave = await aged('David Ambato');
  english = await aged('English Speaker', 'en');
  counsellor = await aged('Abogada Asesora');
  moderator = await aged('Moderadora');
  await grantRoles(t, counsellor.id, ['counsellor']);
  await grantRoles(t, moderator.id, ['moderator']);
  await sql(`insert into forum_members (user_id, credential) values (?, ?)`, [counsellor.id, 'Abogada, Ilustre Colegio de la Abogacía de Madrid']);
});

afterAll(async () => {
  await t.close();
});

describe('who may call what', () => {
  it('anonymous gets 401 on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const routes: [string, string][] = [
      ['post', '/api/messages'],
      ['get', '/api/messages/threads'],
      ['get', `/api/messages/threads/${id}`],
      ['get', '/api/messages/unread-count'],
      ['get', '/api/messages/blocks'],
      ['post', '/api/messages/blocks'],
      ['delete', `/api/messages/blocks/${id}`],
      ['get', '/api/messages/settings'],
      ['put', '/api/messages/settings'],
      ['post', `/api/messages/threads/${id}/block`],
      ['delete', `/api/messages/threads/${id}/block`],
      ['get', `/api/messages/contacts/${id}`],
    ];
    for (const [method, path] of routes) {
      const res = await (request(t.http) as unknown as Record<string, (p: string) => request.Test>)[method](path).send({});
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
  });
});

describe('conversations', () => {
  it('sends, reuses the thread, renders Markdown safely, counts unread and shows read receipts', async () => {
    const first = (await send(alice, { toUserId: bob.id, body: 'Hola **Bolívar**, ¿cómo te fue con el NIE? <script>alert(1)</script>' }).expect(201)).body;
    expect(first.threadId).toEqual(expect.any(String));
    expect(first.message).toMatchObject({ mine: true, hidden: false, readByOther: false });
    expect(first.message.bodyHtml).toContain('<strong>Bolívar</strong>');
    expect(first.message.bodyHtml).not.toContain('<script');
    const second = (await send(alice, { toUserId: bob.id, body: 'Te paso el enlace luego.' }).expect(201)).body;
    expect(second.threadId).toBe(first.threadId);

    expect(await unread(bob)).toBe(2);
    const bobList = await threads(bob);
    expect(bobList[0]).toMatchObject({ id: first.threadId, other: { id: alice.id, name: 'Alicia Quito', pseudonymous: false, credential: null }, unread: 2, lastMine: false, lastExcerpt: 'Te paso el enlace luego.' });
    const aliceView = (await open(alice, first.threadId).expect(200)).body;
    expect(aliceView.messages.map((m: { readByOther: boolean }) => m.readByOther)).toEqual([false, false]);

    const bobView = (await open(bob, first.threadId).expect(200)).body;
    expect(bobView.messages).toHaveLength(2);
    expect(bobView.messages[0]).toMatchObject({ mine: false, readByOther: null });
    expect(await unread(bob)).toBe(0);
    expect((await threads(bob))[0].unread).toBe(0);
    const afterRead = (await open(alice, first.threadId).expect(200)).body;
    expect(afterRead.messages.map((m: { readByOther: boolean }) => m.readByOther)).toEqual([true, true]);

    // A reply goes into the same thread, by the other person's id or by the thread's.
    expect((await send(bob, { toUserId: alice.id, body: 'Bien, gracias.' }).expect(201)).body.threadId).toBe(first.threadId);
    expect((await send(bob, { threadId: first.threadId, body: 'Ya tengo cita.' }).expect(201)).body.threadId).toBe(first.threadId);
    expect(await unread(alice)).toBe(2);
  });

  it('lists threads newest activity first', async () => {
    const withCarol = (await send(alice, { toUserId: carol.id, body: 'Hola Carolina' }).expect(201)).body.threadId;
    const list = await threads(alice);
    expect(list[0].id).toBe(withCarol);
    const withBob = list.find((th: { other: { id: string } }) => th.other.id === bob.id).id;
    await send(bob, { threadId: withBob, body: 'Otra cosa' }).expect(201);
    expect((await threads(alice))[0].id).toBe(withBob);
  });

  it('pages the history: newest 50, then older with the cursor', async () => {
    const thread = (await send(dave, { toUserId: carol.id, body: 'Mensaje 0' }).expect(201)).body.threadId;
    for (let i = 1; i < 60; i++) await send(dave, { threadId: thread, body: `Mensaje ${i}` }).expect(201);
    const page1 = (await open(carol, thread).expect(200)).body;
    expect(page1.messages).toHaveLength(50);
    expect(page1.messages[49].bodyHtml).toContain('Mensaje 59');
    expect(page1.messages[0].bodyHtml).toContain('Mensaje 10');
    expect(page1.nextBefore).toBe(page1.messages[0].id);
    const page2 = (await open(carol, thread, `?before=${page1.nextBefore}`).expect(200)).body;
    expect(page2.messages).toHaveLength(10);
    expect(page2.messages[0].bodyHtml).toContain('Mensaje 0');
    expect(page2.messages[9].bodyHtml).toContain('Mensaje 9');
    expect(page2.nextBefore).toBeNull();
    // A smaller page on request (the thread page shows 20), within 1..50.
    const small = (await open(carol, thread, `?limit=20&before=${page1.nextBefore}`).expect(200)).body;
    expect(small.messages).toHaveLength(10);
    const newest = (await open(carol, thread, '?limit=20').expect(200)).body;
    expect(newest.messages).toHaveLength(20);
    expect(newest.messages[0].bodyHtml).toContain('Mensaje 40');
    expect(newest.nextBefore).toBe(newest.messages[0].id);
    const invalid = (await open(carol, thread, '?limit=51').expect(400)).body;
    expect(JSON.stringify(invalid.details)).toContain('limit');
  });

  it('a thread is 404 for anyone but its two members, moderators included', async () => {
    const thread = (await send(alice, { toUserId: dave.id, body: 'Privado' }).expect(201)).body.threadId;
    for (const other of [bob, moderator, counsellor]) await open(other, thread).expect(404);
    await send(bob, { threadId: thread, body: 'Me cuelo' }).expect(404);
    expect((await threads(bob)).map((th: { id: string }) => th.id)).not.toContain(thread);
  });
});

describe('refusals', () => {
  it('to yourself, to an unknown or deleted account', async () => {
    expect((await send(alice, { toUserId: alice.id, body: 'Hola' }).expect(400)).body.message).toMatch(/ti misma/);
    await send(alice, { toUserId: '00000000-0000-4000-8000-000000000000', body: 'Hola' }).expect(404);
    const gone = await aged('Cuenta Borrada');
    await sql(`update users set deleted_at = now() where id = ?`, [gone.id]);
    expect((await send(alice, { toUserId: gone.id, body: 'Hola' }).expect(404)).body.message).toBe('No existe esa persona.');
  });

  it('validation names the field, in Spanish and in English', async () => {
    const es = (await send(alice, { toUserId: bob.id, body: '   ' }).expect(400)).body;
    expect(es.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body' })]));
    expect(JSON.stringify(es.details)).toMatch(/al menos 1 caracteres/);
    const en = (await send(english, { toUserId: bob.id, body: 'x'.repeat(5001) }, 'en').expect(400)).body;
    expect(en.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body' })]));
    expect(JSON.stringify(en.details)).toMatch(/at most 5000 characters/);
    const none = (await send(alice, { body: 'Hola' }).expect(400)).body;
    expect(none.details[0]).toMatchObject({ field: 'toUserId' });
    const bad = (await send(alice, { toUserId: 'nope', body: 'Hola' }).expect(400)).body;
    expect(bad.details[0]).toMatchObject({ field: 'toUserId' });
  });

  it('a block stops both directions, without saying who blocked whom; unblocking restores it', async () => {
    const x = await aged('Xavier Manta');
    const y = await aged('Yolanda Ibarra', 'en');
    await send(x, { toUserId: y.id, body: 'Hola' }).expect(201);
    await request(t.http).post('/api/messages/blocks').set(bearer(y)).send({ userId: x.id }).expect(204);
    await request(t.http).post('/api/messages/blocks').set(bearer(y)).send({ userId: x.id }).expect(204);
    expect((await request(t.http).get('/api/messages/blocks').set(bearer(y)).expect(200)).body).toEqual([{ userId: x.id, threadId: null, name: 'Xavier Manta', pseudonymous: false, createdAt: expect.any(String) }]);
    const fromBlocked = (await send(x, { toUserId: y.id, body: 'Otra vez' }).expect(403)).body;
    const fromBlocker = (await send(y, { toUserId: x.id, body: 'Hello' }, 'en').expect(403)).body;
    expect(fromBlocked.message).toBe('No puedes escribir a esta persona.');
    expect(fromBlocker.message).toBe('You cannot write to this person.');
    await request(t.http).post('/api/messages/blocks').set(bearer(y)).send({ userId: y.id }).expect(400);
    await request(t.http).delete(`/api/messages/blocks/${x.id}`).set(bearer(y)).expect(204);
    await send(x, { toUserId: y.id, body: 'Perdona' }).expect(201);
    expect((await request(t.http).get('/api/messages/blocks').set(bearer(y)).expect(200)).body).toEqual([]);
  });

  it("the recipient's setting: nobody, and classmates with and without a shared class", async () => {
    const shy = await aged('Persona Reservada');
    expect((await request(t.http).get('/api/messages/settings').set(bearer(shy)).expect(200)).body).toEqual({ whoCanMessage: 'everyone' });
    await request(t.http).put('/api/messages/settings').set(bearer(shy)).send({ whoCanMessage: 'sometimes' }).expect(400);
    await request(t.http).put('/api/messages/settings').set(bearer(shy)).send({ whoCanMessage: 'nobody' }).expect(200, { whoCanMessage: 'nobody' });
    expect((await send(alice, { toUserId: shy.id, body: 'Hola' }).expect(403)).body.message).toBe('Esta persona no recibe mensajes privados.');

    await request(t.http).put('/api/messages/settings').set(bearer(shy)).send({ whoCanMessage: 'classmates' }).expect(200);
    expect((await send(alice, { toUserId: shy.id, body: 'Hola' }).expect(403)).body.message).toMatch(/comparten una clase/);

    await importFixtureCourse('86-curso-mensajes');
    const trainer = await aged('Formadora Clase');
    await grantRoles(t, trainer.id, ['trainer']);
    const classId = await createClass(t, trainer, { courseSlug: 'curso-mensajes' });
    const classmate = await aged('Compañera de Clase');
    const waiting = await aged('En Lista de Espera');
    const enrol = (a: Account, status = 'active') =>
      sql(`insert into enrolments (id, class_id, user_id, status, queued_at, activated_at) values (gen_random_uuid(), ?, ?, ?, now(), now())`, [classId, a.id, status]);
    await enrol(shy);
    await enrol(classmate);
    await enrol(waiting, 'waitlisted');
    await send(classmate, { toUserId: shy.id, body: 'Hola, compañera' }).expect(201);
    await send(trainer, { toUserId: shy.id, body: 'Bienvenida a la clase' }).expect(201);
    await send(waiting, { toUserId: shy.id, body: 'Hola' }).expect(403);
    await send(alice, { toUserId: shy.id, body: 'Hola' }).expect(403);
    // Once she has written to someone in a thread, they may answer her there.
    const started = (await send(shy, { toUserId: alice.id, body: 'Hola Alicia, te escribo yo' }).expect(201)).body.threadId;
    await send(alice, { threadId: started, body: 'Gracias por escribir' }).expect(201);
  });

  it('new accounts: 5 new conversations and 20 messages a day, then 429 with Retry-After', async () => {
    const fresh = await createAccount(t, { displayName: 'Cuenta Nueva' });
    const people: Account[] = [];
    for (let i = 0; i < 6; i++) people.push(await aged(`Destino ${i}`));
    for (let i = 0; i < 5; i++) await send(fresh, { toUserId: people[i].id, body: `Hola ${i}` }).expect(201);
    const tooMany = await send(fresh, { toUserId: people[5].id, body: 'Hola 5' }).expect(429);
    expect(tooMany.headers['retry-after']).toMatch(/^\d+$/);
    expect(tooMany.body.message).toMatch(/5 conversaciones al día/);
    // Replies in existing threads still count towards the messages limit.
    for (let i = 5; i < 20; i++) await send(fresh, { toUserId: people[i % 5].id, body: `Mensaje ${i}` }).expect(201);
    const limited = await send(fresh, { toUserId: people[0].id, body: 'Uno más' }).expect(429);
    expect(limited.body.message).toMatch(/20 mensajes al día/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // An older account has no such limit.
    await age(fresh);
    await send(fresh, { toUserId: people[5].id, body: 'Ahora sí' }).expect(201);
  });
});

describe('at the same time', () => {
  it('two people writing to each other first at once get one thread', async () => {
    const x = await aged('Simultánea Uno');
    const y = await aged('Simultánea Dos');
    const [a, b] = await Promise.all([send(x, { toUserId: y.id, body: 'Hola' }), send(y, { toUserId: x.id, body: 'Hola' })]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.threadId).toBe(b.body.threadId);
  });

  it('a new account firing conversations in parallel still starts only 5', async () => {
    const fresh = await createAccount(t, { displayName: 'Nueva en Paralelo' });
    const people: Account[] = [];
    for (let i = 0; i < 8; i++) people.push(await aged(`Paralelo ${i}`));
    const results = await Promise.all(people.map((p) => send(fresh, { toUserId: p.id, body: 'Hola' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  });
});

describe('reports', () => {
  it('only a member of the thread may report a message; moderators see reported messages only, and can hide one', async () => {
    const sent = (await send(dave, { toUserId: bob.id, body: 'Mensaje **ofensivo** de prueba' }).expect(201)).body;
    const quiet = (await send(dave, { toUserId: bob.id, body: 'Un mensaje que nadie denunció' }).expect(201)).body;
    await request(t.http).post(`/api/forum/posts/${sent.message.id}/reports`).set(bearer(carol)).send({ reason: 'abuse' }).expect(404);
    await request(t.http).post(`/api/forum/posts/${sent.message.id}/reports`).set(bearer(bob)).send({ reason: 'abuse', note: 'Me insulta' }).expect(201);
    const queue = (await request(t.http).get('/api/forum/moderation').set(bearer(moderator)).expect(200)).body;
    const item = queue.reported.find((p: { id: string }) => p.id === sent.message.id);
    expect(item).toMatchObject({ kind: 'message', authorName: 'David Ambato', anonymous: false, openReports: 1, reports: [{ reason: 'abuse', note: 'Me insulta' }] });
    expect(item.bodyHtml).toContain('<strong>ofensivo</strong>');
    const everything = JSON.stringify(queue);
    expect(everything).not.toContain(quiet.message.id);
    expect(everything).not.toContain('nadie denunció');
    await open(moderator, sent.threadId).expect(404);

    await request(t.http).post(`/api/forum/posts/${sent.message.id}/hide`).set(bearer(moderator)).send({ reason: 'Insultos' }).expect(200);
    const view = (await open(bob, sent.threadId).expect(200)).body;
    expect(view.messages.find((m: { id: string }) => m.id === sent.message.id)).toMatchObject({ hidden: true, bodyHtml: null });
  });
});

describe('counsellors', () => {
  async function question(asker: Account, anonymous: boolean): Promise<{ id: string; pseudonym: string }> {
    const [cat] = await sql<{ id: string }>(`select id from forum_categories order by position limit 1`);
    const pseudonym = `Persona ${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    const [q] = await sql<{ id: string }>(
      `insert into forum_questions (id, category_id, author_id, anonymous, pseudonym, title, body, country, created_at, updated_at, last_activity_at)
       values (gen_random_uuid(), ?, ?, ?, ?, 'Renovación de la tarjeta de residencia', 'Se me caduca la tarjeta el mes que viene, ¿qué hago?', 'ES', now(), now(), now()) returning id`,
      [cat.id, asker.id, anonymous, pseudonym],
    );
    return { id: q.id, pseudonym };
  }

  it('a counsellor holding the claim writes to an anonymous asker, who stays a pseudonym to them in every response', async () => {
    const asker = await aged('Nombre Muy Secreto');
    const q = await question(asker, true);
    // Without the claim: refused; with someone else's role: refused.
    expect((await send(counsellor, { questionId: q.id, body: 'Hola' }).expect(403)).body.message).toMatch(/reservada/);
    await send(alice, { questionId: q.id, body: 'Hola' }).expect(403);
    await request(t.http).post(`/api/forum/questions/${q.id}/claim`).set(bearer(counsellor)).expect(204);

    const responses: unknown[] = [];
    const first = await send(counsellor, { questionId: q.id, body: 'Hola, soy la abogada que ha reservado tu pregunta.' }).expect(201);
    responses.push(first.body);
    const threadId = first.body.threadId;
    // The asker's ordinary privacy setting does not stop help they asked for.
    await request(t.http).put('/api/messages/settings').set(bearer(asker)).send({ whoCanMessage: 'classmates' }).expect(200);
    const again = await send(counsellor, { questionId: q.id, body: 'Te escribo otra vez.' }).expect(201);
    expect(again.body.threadId).toBe(threadId);

    // The asker sees the counsellor's name and credential, and answers.
    const askerList = await threads(asker);
    expect(askerList[0]).toMatchObject({ id: threadId, questionId: q.id, other: { id: counsellor.id, name: 'Abogada Asesora', credential: 'Abogada, Ilustre Colegio de la Abogacía de Madrid', pseudonymous: false } });
    await send(asker, { threadId, body: 'Gracias, me llamo como me llamo pero no lo digo.' }).expect(201);

    const list = await threads(counsellor);
    responses.push(list);
    expect(list.find((th: { id: string }) => th.id === threadId)).toMatchObject({ questionId: q.id, other: { id: null, name: q.pseudonym, pseudonymous: true, credential: null } });
    responses.push((await open(counsellor, threadId).expect(200)).body);
    responses.push((await send(counsellor, { threadId, body: 'Perfecto.' }).expect(201)).body);
    responses.push((await request(t.http).get('/api/messages/unread-count').set(bearer(counsellor)).expect(200)).body);
    responses.push((await request(t.http).get('/api/messages/blocks').set(bearer(counsellor)).expect(200)).body);
    const text = JSON.stringify(responses);
    expect(text).toContain(q.pseudonym);
    expect(text).not.toContain(asker.id);
    expect(text).not.toContain('Nombre Muy Secreto');
    // A moderator reading a report on the asker's message sees the pseudonym too.
    const askerMsg = (await open(asker, threadId).expect(200)).body.messages.find((m: { mine: boolean }) => m.mine);
    await request(t.http).post(`/api/forum/posts/${askerMsg.id}/reports`).set(bearer(counsellor)).send({ reason: 'other' }).expect(201);
    const queue = (await request(t.http).get('/api/forum/moderation').set(bearer(moderator)).expect(200)).body;
    const item = queue.reported.find((p: { id: string }) => p.id === askerMsg.id);
    expect(item).toMatchObject({ kind: 'message', authorName: q.pseudonym, anonymous: true, questionId: q.id });
    expect(JSON.stringify(item)).not.toContain('Nombre Muy Secreto');
  });

  it('a named question shows the asker by name; the claim must be fresh and the counsellor’s own', async () => {
    const asker = await aged('Pregunta Con Nombre');
    const q = await question(asker, false);
    const other = await aged('Otro Asesor');
    await grantRoles(t, other.id, ['counsellor']);
    await request(t.http).post(`/api/forum/questions/${q.id}/claim`).set(bearer(counsellor)).expect(204);
    await send(other, { questionId: q.id, body: 'Hola' }).expect(403);
    const threadId = (await send(counsellor, { questionId: q.id, body: 'Hola' }).expect(201)).body.threadId;
    expect((await threads(counsellor)).find((th: { id: string }) => th.id === threadId).other).toMatchObject({ id: asker.id, name: 'Pregunta Con Nombre', pseudonymous: false });
    await sql(`update forum_questions set claimed_at = now() - interval '2 days' where id = ?`, [q.id]);
    await send(counsellor, { questionId: q.id, body: 'Hola' }).expect(403);
    // The thread itself goes on.
    await send(counsellor, { threadId, body: 'Sigo aquí' }).expect(201);
  });
});

describe('personal data', () => {
  it('the export has what one sent; deleting the account erases it and the other member keeps the thread', async () => {
    const leaving = await aged('Se Va Pronto');
    const stays = await aged('Se Queda');
    const threadId = (await send(leaving, { toUserId: stays.id, body: 'Mi número es privado' }).expect(201)).body.threadId;
    await send(stays, { threadId, body: 'Te contesto' }).expect(201);
    const reported = (await send(stays, { threadId, body: 'Algo que ella denuncia' }).expect(201)).body.message.id;
    await request(t.http).post(`/api/forum/posts/${reported}/reports`).set(bearer(leaving)).send({ reason: 'spam' }).expect(201);
    await request(t.http).post('/api/messages/blocks').set(bearer(leaving)).send({ userId: dave.id }).expect(204);
    const exported = (await request(t.http).get('/api/me/export').set(bearer(leaving)).expect(200)).body.sections.messages;
    expect(exported).toMatchObject({ sent: [{ threadId, body: 'Mi número es privado' }], blocks: [{ userId: dave.id }], settings: { whoCanMessage: 'everyone' } });

    await request(t.http).delete('/api/me').set(bearer(leaving)).expect(204);
    const view = (await open(stays, threadId).expect(200)).body;
    expect(view.thread.other).toMatchObject({ name: 'Usuario eliminado', deleted: true });
    expect(view.messages.map((m: { mine: boolean }) => m.mine)).toEqual([true, true]);
    const [row] = await sql<{ open_reports: number }>(`select open_reports from messages where id = ?`, [reported]);
    expect(row.open_reports).toBe(0);
    expect(await sql(`select 1 from message_blocks where blocker_id = ?`, [leaving.id])).toHaveLength(0);
  });
});

async function anonymousQuestion(asker: Account): Promise<{ id: string; pseudonym: string }> {
  const [cat] = await sql<{ id: string }>(`select id from forum_categories order by position limit 1`);
  const pseudonym = `Persona ${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
  const [q] = await sql<{ id: string }>(
    `insert into forum_questions (id, category_id, author_id, anonymous, pseudonym, title, body, country, created_at, updated_at, last_activity_at)
     values (gen_random_uuid(), ?, ?, true, ?, 'Arraigo social y contrato de trabajo', 'Tengo una oferta de trabajo, ¿puedo pedir el arraigo social?', 'ES', now(), now(), now()) returning id`,
    [cat.id, asker.id, pseudonym],
  );
  await request(t.http).post(`/api/forum/questions/${q.id}/claim`).set(bearer(counsellor)).expect(204);
  return { id: q.id, pseudonym };
}

describe('the message notification', () => {
  it('reaches the recipient in Puente and by mail at once (the default), in their language, with the thread as link', async () => {
    const from = await aged('Rosa Guayaquil');
    const to = await aged('Tomás Riobamba', 'en');
    const threadId = (await send(from, { toUserId: to.id, body: 'Hola Tomás, ¿vienes al taller del sábado?' }).expect(201)).body.threadId;
    const mail = await t.mail.waitFor(to.email, (m) => m.subject === 'New message from Rosa Guayaquil');
    expect(mail.text).toContain(`/mensajes/${threadId}`);
    // The message itself is never in the mail: only who wrote and where to read it.
    expect(mail.text).not.toContain('taller del sábado');
    expect(await messageNotices(to, threadId)).toEqual([expect.objectContaining({ title: 'New message from Rosa Guayaquil', readAt: null })]);
    // The sender is not notified of their own message.
    expect(await messageNotices(from, threadId)).toEqual([]);
  });

  it('follows the recipient’s choice: no mail with «never», still in Puente', async () => {
    const from = await aged('Sara Esmeraldas');
    const to = await aged('Ulises Tena');
    await request(t.http).put('/api/notifications/preferences').set(bearer(to)).send({ message: 'never' }).expect(200);
    const before = t.mail.to(to.email).length;
    const threadId = (await send(from, { toUserId: to.id, body: 'Hola' }).expect(201)).body.threadId;
    expect(await messageNotices(to, threadId)).toHaveLength(1);
    await noNewMail(to.email, before);
  });

  it('one notification per stretch of unread messages; opening the thread reads it, and the next message notifies again', async () => {
    const from = await aged('Vera Machala');
    const to = await aged('Wilson Puyo');
    const threadId = (await send(from, { toUserId: to.id, body: 'Uno' }).expect(201)).body.threadId;
    await t.mail.waitFor(to.email, (m) => m.subject === 'Mensaje nuevo de Vera Machala');
    await send(from, { threadId, body: 'Dos' }).expect(201);
    await send(from, { threadId, body: 'Tres' }).expect(201);
    expect(await messageNotices(to, threadId)).toHaveLength(1);

    await open(to, threadId).expect(200);
    expect((await messageNotices(to, threadId)).every((n) => n.readAt !== null)).toBe(true);
    await send(from, { threadId, body: 'Cuatro' }).expect(201);
    const after = await messageNotices(to, threadId);
    expect(after).toHaveLength(2);
    expect(after[0].readAt).toBeNull();
    const vera = () => t.mail.to(to.email).filter((m) => m.subject === 'Mensaje nuevo de Vera Machala').length;
    await t.mail.waitFor(to.email, () => vera() >= 2);
    // Two mails in all: messages two and three were covered by the first.
    await new Promise((r) => setTimeout(r, 800));
    expect(vera()).toBe(2);
  });

  it('a blocked sender is refused and nobody is notified', async () => {
    const from = await aged('Ximena Tulcán');
    const to = await aged('Yuri Zamora');
    const threadId = (await send(from, { toUserId: to.id, body: 'Hola' }).expect(201)).body.threadId;
    await t.mail.waitFor(to.email, (m) => m.subject === 'Mensaje nuevo de Ximena Tulcán');
    await open(to, threadId).expect(200);
    await request(t.http).post('/api/messages/blocks').set(bearer(to)).send({ userId: from.id }).expect(204);
    const before = (await notices(to)).length;
    const mails = t.mail.to(to.email).length;
    await send(from, { threadId, body: 'Otra vez' }).expect(403);
    await send(from, { toUserId: to.id, body: 'Y otra' }).expect(403);
    expect(await notices(to)).toHaveLength(before);
    await noNewMail(to.email, mails);
  });

  it('names the counsellor to the asker, and only the pseudonym to the counsellor', async () => {
    const asker = await aged('Nombre Real Oculto');
    const q = await anonymousQuestion(asker);
    const threadId = (await send(counsellor, { questionId: q.id, body: 'Hola, he reservado tu pregunta.' }).expect(201)).body.threadId;
    expect((await messageNotices(asker, threadId))[0]).toMatchObject({ title: 'Mensaje nuevo de Abogada Asesora' });
    await send(asker, { threadId, body: 'Muchas gracias.' }).expect(201);
    const toCounsellor = await messageNotices(counsellor, threadId);
    expect(toCounsellor).toEqual([expect.objectContaining({ title: `Mensaje nuevo de ${q.pseudonym}` })]);
    const mail = await t.mail.waitFor(counsellor.email, (m) => m.subject === `Mensaje nuevo de ${q.pseudonym}`);
    const everything = JSON.stringify([await notices(counsellor), mail.subject, mail.text, mail.html]);
    expect(everything).not.toContain('Nombre Real Oculto');
    expect(everything).not.toContain(asker.id);
  });
});

describe('blocking by thread', () => {
  it('a counsellor blocks an anonymous asker by the thread, sees only the pseudonym, and can unblock', async () => {
    const asker = await aged('Otro Nombre Secreto');
    const q = await anonymousQuestion(asker);
    const responses: unknown[] = [];
    const threadId = (await send(counsellor, { questionId: q.id, body: 'Hola' }).expect(201)).body.threadId;
    await send(asker, { threadId, body: 'Hola, gracias' }).expect(201);

    await request(t.http).post(`/api/messages/threads/${threadId}/block`).set(bearer(counsellor)).expect(204);
    await request(t.http).post(`/api/messages/threads/${threadId}/block`).set(bearer(counsellor)).expect(204);
    const blocks = (await request(t.http).get('/api/messages/blocks').set(bearer(counsellor)).expect(200)).body;
    responses.push(blocks);
    expect(blocks.filter((b: { threadId: string | null }) => b.threadId === threadId)).toEqual([{ userId: null, threadId, name: q.pseudonym, pseudonymous: true, createdAt: expect.any(String) }]);
    const view = (await open(counsellor, threadId).expect(200)).body;
    responses.push(view);
    expect(view.thread.blockedByMe).toBe(true);
    // Both ways, without saying who blocked whom; the asker's own view does not say it was blocked.
    expect((await send(asker, { threadId, body: '¿Sigue ahí?' }).expect(403)).body.message).toBe('No puedes escribir a esta persona.');
    responses.push((await send(counsellor, { threadId, body: 'Perdona' }).expect(403)).body);
    responses.push((await send(counsellor, { questionId: q.id, body: 'Perdona' }).expect(403)).body);
    expect((await open(asker, threadId).expect(200)).body.thread.blockedByMe).toBe(false);
    // The export of the counsellor's data names the thread, not the account.
    const exported = (await request(t.http).get('/api/me/export').set(bearer(counsellor)).expect(200)).body.sections.messages;
    responses.push(exported);
    expect(exported.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ userId: null, threadId, pseudonym: q.pseudonym })]));

    // Someone who is not in the thread: 404, as if it did not exist; the unblock route as well.
    await request(t.http).post(`/api/messages/threads/${threadId}/block`).set(bearer(alice)).expect(404);
    await request(t.http).delete(`/api/messages/threads/${threadId}/block`).set(bearer(alice)).expect(404);
    await request(t.http).post(`/api/messages/threads/${threadId}/block`).set(bearer(moderator)).expect(404);
    await request(t.http).post('/api/messages/threads/no-es-un-id/block').set(bearer(counsellor)).expect(400);

    responses.push((await request(t.http).get('/api/messages/threads').set(bearer(counsellor)).expect(200)).body);
    await request(t.http).delete(`/api/messages/threads/${threadId}/block`).set(bearer(counsellor)).expect(204);
    responses.push((await send(counsellor, { threadId, body: 'Ya puedes escribirme otra vez.' }).expect(201)).body);
    await send(asker, { threadId, body: 'Gracias' }).expect(201);
    expect((await request(t.http).get('/api/messages/blocks').set(bearer(counsellor)).expect(200)).body.filter((b: { threadId: string | null }) => b.threadId === threadId)).toEqual([]);

    const text = JSON.stringify(responses);
    expect(text).toContain(q.pseudonym);
    expect(text).not.toContain(asker.id);
    expect(text).not.toContain('Otro Nombre Secreto');
  });

  it('the counsellor’s ordinary block of a person never touches their pseudonym thread (it would tell who they are)', async () => {
    const asker = await aged('Persona Conocida');
    await request(t.http).post('/api/messages/blocks').set(bearer(counsellor)).send({ userId: asker.id }).expect(204);
    const q = await anonymousQuestion(asker);
    const threadId = (await send(counsellor, { questionId: q.id, body: 'Hola' }).expect(201)).body.threadId;
    expect((await open(counsellor, threadId).expect(200)).body.thread.blockedByMe).toBe(false);
    await send(asker, { threadId, body: 'Hola' }).expect(201);
    // Blocking the pseudonym does not appear as, or lift, the named block.
    await request(t.http).post(`/api/messages/threads/${threadId}/block`).set(bearer(counsellor)).expect(204);
    await request(t.http).delete(`/api/messages/blocks/${asker.id}`).set(bearer(counsellor)).expect(204);
    await send(asker, { threadId, body: 'Hola' }).expect(403);
    await request(t.http).delete(`/api/messages/threads/${threadId}/block`).set(bearer(counsellor)).expect(204);
  });

  it('in an ordinary thread, blocking by thread is the ordinary block of the other member', async () => {
    const x = await aged('Zoe Milagro');
    const y = await aged('Zenón Playas');
    const threadId = (await send(x, { toUserId: y.id, body: 'Hola' }).expect(201)).body.threadId;
    await request(t.http).post(`/api/messages/threads/${threadId}/block`).set(bearer(y)).expect(204);
    expect((await request(t.http).get('/api/messages/blocks').set(bearer(y)).expect(200)).body).toEqual([{ userId: x.id, threadId: null, name: 'Zoe Milagro', pseudonymous: false, createdAt: expect.any(String) }]);
    await send(x, { toUserId: y.id, body: 'Hola' }).expect(403);
    expect((await open(y, threadId).expect(200)).body.thread.blockedByMe).toBe(true);
    await request(t.http).delete(`/api/messages/threads/${threadId}/block`).set(bearer(y)).expect(204);
    await send(x, { threadId, body: 'Hola de nuevo' }).expect(201);
  });
});

describe('contacts', () => {
  it('names the person to write to and the thread you already share; 404 for nobody, 400 for yourself', async () => {
    const x = await aged('Quien Escribe');
    const y = await aged('Quien Recibe');
    expect((await request(t.http).get(`/api/messages/contacts/${y.id}`).set(bearer(x)).expect(200)).body).toEqual({
      contact: { id: y.id, name: 'Quien Recibe', pseudonymous: false, credential: null, deleted: false },
      threadId: null,
      blockedByMe: false,
    });
    const threadId = (await send(x, { toUserId: y.id, body: 'Hola' }).expect(201)).body.threadId;
    expect((await request(t.http).get(`/api/messages/contacts/${y.id}`).set(bearer(x)).expect(200)).body.threadId).toBe(threadId);
    expect((await request(t.http).get(`/api/messages/contacts/${counsellor.id}`).set(bearer(x)).expect(200)).body.contact.credential).toMatch(/Abogada/);
    await request(t.http).get('/api/messages/contacts/00000000-0000-4000-8000-000000000000').set(bearer(x)).expect(404);
    await request(t.http).get(`/api/messages/contacts/${x.id}`).set(bearer(x)).expect(400);
  });
});
