import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { ConfigError, loadConfig } from '../src/config/config';
import { CounsellorService } from '../src/modules/forum/counsellor.service';
import { seedForumCategories } from '../src/modules/forum/forum-seed';
import { bearer } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

let t: TestApp;
let asker: Account;
let members: Account[];
let counsellor: Account;
let counsellor2: Account;
let moderator: Account;
let admin: Account;
const SECRET_NAME = 'Nayeli Chimbo Secreta';
const categories = new Map<string, string>();

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.app.get(EntityManager).fork().getConnection().execute<T[]>(query, params);
const age = (a: Account) => sql(`update users set created_at = now() - interval '30 days' where id = ?`, [a.id]);

async function ask(as: Account, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await request(t.http)
    .post('/api/forum/questions')
    .set(bearer(as))
    .send({ categoryId: categories.get('residencia-y-papeles'), title, body: 'Quisiera saber qué documentos necesito y cuánto tarda la resolución en mi provincia.', country: 'ES', ...extra })
    .expect(201);
  return res.body.questionId as string;
}
const answer = async (as: Account, qid: string, body = 'Según el reglamento, el plazo para resolver es de tres meses.') =>
  (await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(as)).send({ body }).expect(201)).body.answerId as string;
const queue = async () => (await request(t.http).get('/api/forum/moderation').set(bearer(moderator)).expect(200)).body;

beforeAll(async () => {
  t = await startTestApp();
  await seedForumCategories(t.app.get(EntityManager));
  for (const r of await sql<{ id: string; slug: string }>(`select id, slug from forum_categories`)) categories.set(r.slug, r.id);
  asker = await createAccount(t, { displayName: SECRET_NAME });
  members = [];
  for (let i = 0; i < 3; i++) members.push(await createAccount(t, { displayName: `Miembro ${i + 1}` }));
  counsellor = await createAccount(t, { displayName: 'Asesora Primera' });
  counsellor2 = await createAccount(t, { displayName: 'Asesor Segundo' });
  moderator = await createAccount(t, { displayName: 'Moderadora' });
  admin = await createAccount(t, { displayName: 'Administración' });
  await grantRoles(t, counsellor.id, ['counsellor']);
  await grantRoles(t, counsellor2.id, ['counsellor']);
  await grantRoles(t, moderator.id, ['moderator']);
  await grantRoles(t, admin.id, ['admin']);
  for (const a of [asker, ...members, counsellor, counsellor2, moderator, admin]) await age(a);
});

afterAll(async () => {
  await t.close();
});

describe('who may do what', () => {
  it('each route has its roles: 401 without a session, 403 for the wrong role', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const routes: [string, string, string[]][] = [
      ['get', '/api/forum/moderation', ['moderator', 'admin']],
      ['post', `/api/forum/posts/${id}/hide`, ['moderator', 'admin']],
      ['post', `/api/forum/posts/${id}/restore`, ['moderator', 'admin']],
      ['post', `/api/forum/posts/${id}/delete`, ['moderator', 'admin']],
      ['post', `/api/forum/posts/${id}/lock`, ['moderator', 'admin']],
      ['post', `/api/forum/posts/${id}/unlock`, ['moderator', 'admin']],
      ['post', `/api/forum/posts/${id}/suspend-author`, ['moderator', 'admin']],
      ['post', `/api/forum/questions/${id}/unmask`, ['moderator', 'admin']],
      ['post', '/api/forum/watched-words', ['moderator', 'admin']],
      ['delete', `/api/forum/watched-words/${id}`, ['moderator', 'admin']],
      ['get', '/api/forum/queue', ['counsellor', 'moderator', 'admin']],
      ['post', `/api/forum/questions/${id}/claim`, ['counsellor']],
      ['delete', `/api/forum/questions/${id}/claim`, ['counsellor', 'moderator', 'admin']],
      ['get', '/api/forum/metrics', ['counsellor', 'moderator', 'admin']],
      ['get', '/api/forum/counsellors', ['admin']],
      ['put', `/api/forum/counsellors/${id}`, ['admin']],
    ];
    const byRole: Record<string, Account> = { learner: members[0], counsellor, moderator, admin };
    for (const [method, path, allowed] of routes) {
      const call = (r: request.Test) => r.send({});
      expect({ path, status: (await call((request(t.http) as unknown as Record<string, (p: string) => request.Test>)[method](path))).status }).toEqual({ path, status: 401 });
      for (const [role, account] of Object.entries(byRole)) {
        const res = await call((request(t.http) as unknown as Record<string, (p: string) => request.Test>)[method](path).set(bearer(account)));
        if (allowed.includes(role)) expect({ path, role, status: res.status }).not.toEqual({ path, role, status: 403 });
        else expect({ path, role, status: res.status }).toEqual({ path, role, status: 403 });
      }
    }
    await request(t.http).post(`/api/forum/posts/${id}/reports`).send({ reason: 'spam' }).expect(401);
  });
});

describe('reports and moderation', () => {
  it('three open reports hide a post until a moderator looks; the queue shows reasons but never who wrote an anonymous post', async () => {
    const qid = await ask(asker, 'Denegación de la renovación por falta de cotizaciones');
    for (const [i, m] of members.entries()) {
      const res = await request(t.http).post(`/api/forum/posts/${qid}/reports`).set(bearer(m)).send({ reason: i === 0 ? 'personal_data' : 'spam', note: i === 0 ? 'Sale un nombre completo' : undefined }).expect(201);
      expect(res.body.hidden).toBe(i === 2);
    }
    const again = await request(t.http).post(`/api/forum/posts/${qid}/reports`).set(bearer(members[0])).send({ reason: 'spam' }).expect(409);
    expect(again.body.message).toMatch(/Ya denunciaste/);
    await request(t.http).get(`/api/forum/questions/${qid}`).expect(404);
    await request(t.http).get(`/api/forum/questions/${qid}`).set(bearer(members[0])).expect(404);
    const own = (await request(t.http).get(`/api/forum/questions/${qid}`).set(bearer(asker)).expect(200)).body;
    expect(own).toMatchObject({ visibility: 'hidden', moderationNote: '3 reports' });
    expect((await request(t.http).get('/api/forum/questions').expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(qid);

    const q = await queue();
    const post = q.reported.find((p: { id: string }) => p.id === qid);
    expect(post).toMatchObject({ kind: 'question', visibility: 'hidden', openReports: 3, anonymous: true, authorName: expect.stringMatching(/^Persona /) });
    expect(post.reports.map((r: { reason: string }) => r.reason)).toEqual(['personal_data', 'spam', 'spam']);
    expect(JSON.stringify(q)).not.toContain(SECRET_NAME);
    expect(JSON.stringify(q)).not.toContain(asker.email);
    expect(q.log[0]).toMatchObject({ action: 'auto_hide', actorName: null, postId: qid });

    const restored = await request(t.http).post(`/api/forum/posts/${qid}/restore`).set(bearer(moderator)).send({}).expect(200);
    expect(restored.body).toMatchObject({ visibility: 'visible', openReports: 0 });
    await request(t.http).get(`/api/forum/questions/${qid}`).expect(200);
    expect((await queue()).reported.map((p: { id: string }) => p.id)).not.toContain(qid);
  });

  it('hide, delete and lock, each with its reason in the log; answer counts follow what is visible', async () => {
    const qid = await ask(asker, 'Cita previa imposible en la oficina de extranjería');
    const a1 = await answer(members[0], qid);
    const a2 = await answer(members[1], qid, 'Compra la cita a un gestor que yo conozco, escríbeme por privado.');
    expect((await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body.answerCount).toBe(2);
    await request(t.http).post(`/api/forum/posts/${a2}/hide`).set(bearer(moderator)).send({}).expect(400); // a reason is required
    await request(t.http).post(`/api/forum/posts/${a2}/hide`).set(bearer(moderator)).send({ reason: 'Venta de citas: es un fraude' }).expect(200);
    let pub = (await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body;
    expect(pub.answers.map((a: { id: string }) => a.id)).toEqual([a1]);
    expect(pub.answerCount).toBe(1);
    await request(t.http).post(`/api/forum/posts/${a2}/delete`).set(bearer(moderator)).send({ reason: 'Fraude confirmado' }).expect(200);
    await request(t.http).post(`/api/forum/posts/${a2}/restore`).set(bearer(moderator)).send({}).expect(409); // deleted stays deleted

    await request(t.http).post(`/api/forum/posts/${a1}/lock`).set(bearer(moderator)).send({}).expect(400); // only questions
    const locked = await request(t.http).post(`/api/forum/posts/${qid}/lock`).set(bearer(moderator)).send({ reason: 'Resuelto en otro hilo' }).expect(200);
    expect(locked.body.questionStatus).toBe('locked');
    const refused = await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(members[2])).send({ body: 'Una respuesta más' }).expect(409);
    expect(refused.body.message).toMatch(/cerrada/);
    pub = (await request(t.http).get(`/api/forum/questions/${qid}`).set(bearer(members[2])).expect(200)).body;
    expect(pub.viewer.canAnswer).toBe(false);
    await request(t.http).post(`/api/forum/posts/${qid}/unlock`).set(bearer(moderator)).send({}).expect(200);
    expect((await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body.status).toBe('answered');

    const log = (await queue()).log.slice(0, 5).map((l: { action: string; reason: string | null; actorName: string }) => [l.action, l.reason, l.actorName]);
    expect(log).toEqual([
      ['unlock', null, 'Moderadora'],
      ['lock', 'Resuelto en otro hilo', 'Moderadora'],
      ['delete', 'Fraude confirmado', 'Moderadora'],
      ['hide', 'Venta de citas: es un fraude', 'Moderadora'],
      expect.anything(),
    ]);
  });

  it('watched words block a post (the field named) or hold it for review until a moderator shows it', async () => {
    const blocked = await request(t.http).post('/api/forum/watched-words').set(bearer(moderator)).send({ word: 'Estafador', action: 'block' }).expect(201);
    expect(blocked.body.word).toBe('estafador');
    await request(t.http).post('/api/forum/watched-words').set(bearer(moderator)).send({ word: 'contrato falso', action: 'review' }).expect(201);
    await request(t.http).post('/api/forum/watched-words').set(bearer(moderator)).send({ word: 'x', action: 'ban' }).expect(400);

    const refused = await request(t.http)
      .post('/api/forum/questions')
      .set(bearer(members[0]))
      .send({ categoryId: categories.get('otras-consultas'), title: 'Mi jefe es un ESTAFADOR, ¿qué hago?', body: 'Lleva tres meses sin pagarme las horas extra y no sé a quién acudir.', country: 'ES' })
      .expect(400);
    expect(refused.body.details[0]).toMatchObject({ field: 'title', message: 'El campo «title» contiene una palabra que no se admite en Puente: «estafador»' });

    const held = await request(t.http)
      .post('/api/forum/questions')
      .set(bearer(members[0]))
      .send({ categoryId: categories.get('otras-consultas'), title: 'Me ofrecen un contrato falso para el arraigo', body: 'Una persona me pide dinero por un Contrato Falso para presentar el arraigo.', country: 'ES' })
      .expect(201);
    expect(held.body.outcome).toBe('held');
    await request(t.http).get(`/api/forum/questions/${held.body.questionId}`).expect(404);
    const pending = (await queue()).pending;
    expect(pending.map((p: { id: string }) => p.id)).toContain(held.body.questionId);
    await request(t.http).post(`/api/forum/posts/${held.body.questionId}/restore`).set(bearer(moderator)).send({ reason: 'Pregunta legítima: avisa de un fraude' }).expect(200);
    await request(t.http).get(`/api/forum/questions/${held.body.questionId}`).expect(200);
    await request(t.http).delete(`/api/forum/watched-words/${blocked.body.id}`).set(bearer(moderator)).expect(204);
    await request(t.http).delete(`/api/forum/watched-words/${blocked.body.id}`).set(bearer(moderator)).expect(404);
  });

  it('suspends the author of a post without revealing who it is; unmasking needs a reason and is logged', async () => {
    const qid = await ask(asker, 'Pregunta anónima que acabará en moderación');
    const suspended = await request(t.http).post(`/api/forum/posts/${qid}/suspend-author`).set(bearer(moderator)).send({ days: 7, reason: 'Insultos reiterados a otras personas' }).expect(200);
    expect(Object.keys(suspended.body)).toEqual(['until']);
    const refused = await request(t.http)
      .post('/api/forum/questions')
      .set(bearer(asker))
      .send({ categoryId: categories.get('otras-consultas'), title: 'Otra pregunta durante la suspensión', body: 'Este texto no debería publicarse mientras dura la suspensión.', country: 'ES' })
      .expect(403);
    expect(refused.body.message).toMatch(/^Tu cuenta no puede publicar en el foro ni en los blogs hasta el \d{4}-\d{2}-\d{2}\.$/);
    expect((await request(t.http).get(`/api/forum/questions/${qid}`).set(bearer(asker)).expect(200)).body.viewer.canAnswer).toBe(false);

    await request(t.http).post(`/api/forum/questions/${qid}/unmask`).set(bearer(moderator)).send({}).expect(400);
    const unmasked = await request(t.http).post(`/api/forum/questions/${qid}/unmask`).set(bearer(moderator)).send({ reason: 'Orden judicial recibida el 1 de diciembre' }).expect(200);
    expect(unmasked.body).toEqual({ userId: asker.id, displayName: SECRET_NAME, email: asker.email });
    const log = (await queue()).log;
    expect(log[0]).toMatchObject({ action: 'unmask', actorName: 'Moderadora', postId: qid, reason: 'Orden judicial recibida el 1 de diciembre' });
    expect(log[1]).toMatchObject({ action: 'suspend', postId: qid, reason: '7 d: Insultos reiterados a otras personas' });
    // Reading the log unmasks nobody.
    expect(JSON.stringify(log)).not.toContain(SECRET_NAME);
    await sql(`update forum_members set suspended_until = null where user_id = ?`, [asker.id]);
  });
});

describe('threads stay consistent', () => {
  it('hiding the first counsellor answer puts the question back in the queue; hiding the accepted one unmarks it; a held answer, once approved, is published in full', async () => {
    await sql(`insert into forum_members (user_id, credential) values (?, ?) on conflict (user_id) do update set credential = excluded.credential`, [counsellor.id, 'Abogada, ICAM']);
    const qid = await ask(members[1], 'Pregunta para comprobar los recuentos al moderar');
    const a1 = await answer(counsellor, qid);
    await request(t.http).post(`/api/forum/answers/${a1}/accept`).set(bearer(members[1])).expect(200);
    expect((await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body).toMatchObject({ status: 'resolved', counsellorAnswered: true, acceptedAnswerId: a1 });
    await request(t.http).post(`/api/forum/posts/${a1}/hide`).set(bearer(moderator)).send({ reason: 'Contiene datos de otra persona' }).expect(200);
    const after = (await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'open', answerCount: 0, counsellorAnswered: false, acceptedAnswerId: null });
    expect((await request(t.http).get('/api/forum/queue').set(bearer(counsellor)).expect(200)).body.map((q: { id: string }) => q.id)).toContain(qid);

    // A counsellor's answer held by a watched word: once approved, it counts, and the asker is told.
    const word = await request(t.http).post('/api/forum/watched-words').set(bearer(moderator)).send({ word: 'gestoría', action: 'review' }).expect(201);
    const held = await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(counsellor)).send({ body: 'Cualquier gestoría puede ayudarte con la solicitud.' }).expect(201);
    expect(held.body.outcome).toBe('held');
    expect((await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body.counsellorAnswered).toBe(false);
    await request(t.http).post(`/api/forum/posts/${held.body.answerId}/restore`).set(bearer(moderator)).send({}).expect(200);
    expect((await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body).toMatchObject({ status: 'answered', answerCount: 1, counsellorAnswered: true });
    await t.mail.waitFor(members[1].email, (m) => (m.text ?? '').includes('Pregunta para comprobar los recuentos') && /asesora/.test(m.subject ?? ''));
    await request(t.http).delete(`/api/forum/watched-words/${word.body.id}`).set(bearer(moderator)).expect(204);
  });

  it('a counsellor asking anonymously and adding to their own thread shows no badge, and it stays in the queue', async () => {
    const qid = await ask(counsellor2, 'Pregunta anónima de una persona asesora sobre su propia residencia');
    await request(t.http).put(`/api/forum/counsellors/${counsellor2.id}`).set(bearer(admin)).send({ credential: 'Abogado, Colegio de la Abogacía de Valencia' }).expect(200);
    await answer(counsellor2, qid, 'Añado un dato: mi autorización caduca el mes que viene.');
    const q = (await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body;
    expect(q.answers[0].author).toEqual({ name: q.asker.name, isAsker: true, counsellor: null });
    expect(JSON.stringify(q)).not.toContain('Valencia');
    expect(q).toMatchObject({ status: 'open', answerCount: 0, counsellorAnswered: false });
    expect((await request(t.http).get('/api/forum/queue').set(bearer(counsellor)).expect(200)).body.map((x: { id: string }) => x.id)).toContain(qid);
  });

  it('reports from brand-new accounts are recorded but do not hide a post by themselves', async () => {
    const qid = await ask(members[2], 'Pregunta que denuncian cuentas recién creadas');
    for (let i = 0; i < 3; i++) {
      const fresh = await createAccount(t, { displayName: `Cuenta recién creada ${i}` });
      expect((await request(t.http).post(`/api/forum/posts/${qid}/reports`).set(bearer(fresh)).send({ reason: 'spam' }).expect(201)).body.hidden).toBe(false);
    }
    await request(t.http).get(`/api/forum/questions/${qid}`).expect(200);
    expect((await queue()).reported.find((p: { id: string }) => p.id === qid)).toMatchObject({ openReports: 3, visibility: 'visible' });
  });
});

describe('counsellors', () => {
  it('the queue lists questions waiting for a counsellor, oldest first; a claim shows to the others and blocks them; answering clears it', async () => {
    await sql(`update forum_questions set first_counsellor_answer_at = now() where first_counsellor_answer_at is null`);
    const older = await ask(asker, 'Primera pregunta en la cola de asesoría');
    const newer = await ask(members[0], 'Segunda pregunta en la cola de asesoría', { categoryId: categories.get('nacionalidad') });
    await sql(`update forum_questions set created_at = now() - interval '50 hours' where id = ?`, [older]);

    const list = (await request(t.http).get('/api/forum/queue').set(bearer(counsellor)).expect(200)).body;
    expect(list.map((q: { id: string }) => q.id)).toEqual([older, newer]);
    expect(list[0]).toMatchObject({ overdue: true, waitingHours: 50, claim: null, asker: { anonymous: true } });
    expect(JSON.stringify(list)).not.toContain(SECRET_NAME);

    await request(t.http).post(`/api/forum/questions/${older}/claim`).set(bearer(counsellor)).expect(204);
    const seen = (await request(t.http).get('/api/forum/queue').set(bearer(counsellor2)).expect(200)).body;
    expect(seen[0].claim).toMatchObject({ name: 'Asesora Primera', mine: false });
    const taken = await request(t.http).post(`/api/forum/questions/${older}/claim`).set(bearer(counsellor2)).expect(409);
    expect(taken.body.message).toBe('Asesora Primera ya se está encargando de esta pregunta.');
    await request(t.http).delete(`/api/forum/questions/${older}/claim`).set(bearer(counsellor2)).expect(403);
    // A claim nobody acts on lapses after a day.
    await sql(`update forum_questions set claimed_at = now() - interval '25 hours' where id = ?`, [older]);
    await request(t.http).post(`/api/forum/questions/${older}/claim`).set(bearer(counsellor2)).expect(204);
    await request(t.http).delete(`/api/forum/questions/${older}/claim`).set(bearer(counsellor2)).expect(204);

    await sql(`insert into forum_members (user_id, credential) values (?, ?) on conflict (user_id) do update set credential = excluded.credential`, [counsellor.id, 'Abogada, ICAM']);
    await answer(counsellor, older);
    expect((await request(t.http).get('/api/forum/queue').set(bearer(counsellor)).expect(200)).body.map((q: { id: string }) => q.id)).toEqual([newer]);
  });

  it('median and 90th percentile hours to a first counsellor answer, per category', async () => {
    await sql(`delete from forum_questions where category_id = ?`, [categories.get('retorno-a-ecuador')]);
    const hours = [2, 4, 6, 8, 10, 30, 50, 70, 90, 110];
    for (const h of hours) {
      const qid = await ask(members[1], `Retorno: pregunta de prueba que tardó ${h} horas`, { categoryId: categories.get('retorno-a-ecuador'), country: 'EC' });
      await sql(`update forum_questions set created_at = now() - interval '10 days', first_counsellor_answer_at = now() - interval '10 days' + make_interval(hours => ?) where id = ?`, [h, qid]);
    }
    const waiting = await ask(members[1], 'Retorno: pregunta que todavía espera', { categoryId: categories.get('retorno-a-ecuador'), country: 'EC' });
    await sql(`update forum_questions set created_at = now() - interval '3 days' where id = ?`, [waiting]);
    const m = (await request(t.http).get('/api/forum/metrics').set(bearer(moderator)).expect(200)).body;
    const retorno = m.categories.find((c: { slug: string }) => c.slug === 'retorno-a-ecuador');
    // percentile_cont over 2,4,6,8,10,30,50,70,90,110: median (10+30)/2 = 20; p90 = 90 + 0.1 × 20 = 92.
    expect(retorno).toMatchObject({ questions: 11, answered: 10, medianHours: 20, p90Hours: 92, within48h: 6, waiting: 1, overdue: 1 });
    expect(m).toMatchObject({ windowDays: 90, targetHours: 48, total: { slug: 'total' } });
    expect(m.total.questions).toBeGreaterThanOrEqual(11);
  });

  it('the daily digest mails every counsellor the overdue questions, saying nothing about who asked', async () => {
    const overdue = await ask(asker, 'Pregunta atrasada para el resumen diario');
    await sql(`update forum_questions set created_at = now() - interval '60 hours', first_counsellor_answer_at = null where id = ?`, [overdue]);
    const result = await t.app.get(CounsellorService).sendDigest();
    expect(result.overdue).toBeGreaterThanOrEqual(1);
    // Every counsellor of the database (other test files' too), and nobody else: not the asker, not the moderators.
    const everyCounsellor = (await sql<{ email: string }>(`select email from users where 'counsellor' = any(roles) and deleted_at is null and email_verified_at is not null`)).map((r) => r.email);
    expect(result.sent).toBe(everyCounsellor.length);
    const isDigest = (m: { subject?: string }) => /sin respuesta/.test(m.subject ?? '');
    const digests = [await t.mail.waitFor(counsellor.email, isDigest), await t.mail.waitFor(counsellor2.email, isDigest)];
    // Mail goes out through the job queue: wait for every counsellor's, not a fixed time (other files add counsellors).
    await Promise.all(everyCounsellor.map((email) => t.mail.waitFor(email, isDigest)));
    const to = t.mail.messages.filter(isDigest).map((d) => (d.to as { text: string }).text);
    expect(to).not.toContain(asker.email);
    expect(to).not.toContain(moderator.email);
    expect([...new Set(to)].sort()).toEqual([...everyCounsellor].sort());
    for (const d of digests) {
      expect(d.text).toContain('Pregunta atrasada para el resumen diario (Residencia y papeles, 60 h)');
      expect(d.text).not.toContain(SECRET_NAME);
      expect(d.text).not.toContain(asker.email);
    }
  });

  it('admins set the credential line that makes answers carry the badge', async () => {
    const res = await request(t.http).put(`/api/forum/counsellors/${counsellor2.id}`).set(bearer(admin)).send({ credential: 'Servicio jurídico de una asociación de personas migrantes' }).expect(200);
    expect(res.body).toMatchObject({ displayName: 'Asesor Segundo', verified: true });
    await request(t.http).put(`/api/forum/counsellors/${members[0].id}`).set(bearer(admin)).send({ credential: 'Sin rol de asesoría' }).expect(409);
    await request(t.http).put(`/api/forum/counsellors/${counsellor2.id}`).set(bearer(admin)).send({ credential: 'x' }).expect(400);
    const qid = await ask(members[2], 'Pregunta para comprobar la insignia de asesoría');
    await answer(counsellor2, qid);
    const q = (await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body;
    expect(q.answers[0].author.counsellor).toEqual({ credential: 'Servicio jurídico de una asociación de personas migrantes' });
    const list = (await request(t.http).get('/api/forum/counsellors').set(bearer(admin)).expect(200)).body;
    expect(list.map((c: { displayName: string }) => c.displayName)).toEqual(expect.arrayContaining(['Asesora Primera', 'Asesor Segundo']));
  });

  it('registers the digest schedule from FORUM_DIGEST_CRON and refuses a malformed one', () => {
    expect(loadConfig({}).forumDigestCron).toBe('0 7 * * *');
    expect(loadConfig({ FORUM_DIGEST_CRON: 'off' }).forumDigestCron).toBeNull();
    expect(() => loadConfig({ FORUM_DIGEST_CRON: 'daily' })).toThrow(ConfigError);
  });
});
