import { EntityManager } from '@mikro-orm/postgresql';
import request from 'supertest';
import { seedForumCategories } from '../src/modules/forum/forum-seed';
import { SEED_CATEGORIES } from '../src/modules/forum/seed/categories.data';
import { bearer } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

let t: TestApp;
let asker: Account;
let other: Account;
let counsellor: Account;
let moderator: Account;
let english: Account;
const ASKER_NAME = 'Rosa Guamán Pérez';
const categories = new Map<string, string>();

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.app.get(EntityManager).fork().getConnection().execute<T[]>(query, params);
/** Accounts older than a week post without the new-account limits. */
const age = (a: Account) => sql(`update users set created_at = now() - interval '30 days' where id = ?`, [a.id]);

const VALID_NIE = 'X1234567L';
const QUESTION = {
  title: 'Renovación de la residencia con el contrato vencido',
  body: 'Tengo la tarjeta de residencia y mi contrato terminó hace dos meses. ¿Puedo renovar la autorización si ahora estoy buscando trabajo y cobro el paro?',
  country: 'ES',
};

function ask(as: Account, body: Record<string, unknown>, lang = 'es') {
  return request(t.http).post('/api/forum/questions').set(bearer(as)).set('Accept-Language', lang).send({ categoryId: categories.get('residencia-y-papeles'), ...QUESTION, ...body });
}

beforeAll(async () => {
  t = await startTestApp();
  await seedForumCategories(t.app.get(EntityManager));
  for (const r of await sql<{ id: string; slug: string }>(`select id, slug from forum_categories`)) categories.set(r.slug, r.id);
  asker = await createAccount(t, { displayName: ASKER_NAME });
  other = await createAccount(t, { displayName: 'Otra Persona' });
  counsellor = await createAccount(t, { displayName: 'Abogada Asesora' });
  moderator = await createAccount(t, { displayName: 'Moderador del Foro' });
  english = await createAccount(t, { displayName: 'English Speaker', locale: 'en' });
  await grantRoles(t, counsellor.id, ['counsellor']);
  await grantRoles(t, moderator.id, ['moderator']);
  for (const a of [asker, other, counsellor, moderator, english]) await age(a);
  await sql(`insert into forum_members (user_id, credential) values (?, ?)`, [counsellor.id, 'Abogada, Ilustre Colegio de la Abogacía de Madrid']);
});

afterAll(async () => {
  await t.close();
});

describe('categories', () => {
  it('ships the eight categories once, in Spanish and English, some anonymous by default', async () => {
    expect(await seedForumCategories(t.app.get(EntityManager))).toBe(0); // a second start adds nothing
    const res = await request(t.http).get('/api/forum/categories').expect(200);
    expect(res.body.map((c: { slug: string }) => c.slug)).toEqual(SEED_CATEGORIES.map((c) => c.slug));
    const papers = res.body.find((c: { slug: string }) => c.slug === 'residencia-y-papeles');
    expect(papers).toMatchObject({ name: { es: 'Residencia y papeles', en: 'Residence and papers' }, anonymousByDefault: true });
    expect(res.body.find((c: { slug: string }) => c.slug === 'nacionalidad').anonymousByDefault).toBe(false);
  });
});

describe('asking', () => {
  it('masks personal data and shows the author what was masked before anything is stored; confirming publishes the masked text', async () => {
    const before = (await sql<{ n: number }>(`select count(*)::int as n from forum_questions`))[0].n;
    const body = `Mi NIE es ${VALID_NIE} y mi móvil 612 345 678. ${QUESTION.body}`;
    const preview = await ask(asker, { body }).expect(200);
    expect(preview.body.outcome).toBe('preview');
    expect(preview.body.questionId).toBeNull();
    expect(preview.body.preview.masked).toEqual([
      expect.objectContaining({ field: 'body', kind: 'nie', original: VALID_NIE, replacement: '[NIE oculto]', reason: expect.stringMatching(/NIE/) }),
      expect.objectContaining({ field: 'body', kind: 'phone', original: '612 345 678', replacement: '[teléfono oculto]' }),
    ]);
    expect(preview.body.preview.body).toBe(`Mi NIE es [NIE oculto] y mi móvil [teléfono oculto]. ${QUESTION.body}`);
    expect((await sql<{ n: number }>(`select count(*)::int as n from forum_questions`))[0].n).toBe(before);

    // In the language of the account (its setting wins over the browser's).
    const inEnglish = await ask(english, { body }, 'en').expect(200);
    expect(inEnglish.body.preview.masked[0]).toMatchObject({ replacement: '[NIE hidden]', reason: expect.stringMatching(/foreigner|NIE/i) });

    const published = await ask(asker, { body, confirm: true }).expect(201);
    expect(published.body).toMatchObject({ outcome: 'published', preview: null });
    const [stored] = await sql<{ body: string }>(`select body from forum_questions where id = ?`, [published.body.questionId]);
    expect(stored.body).not.toContain(VALID_NIE);
    expect(stored.body).not.toContain('612 345 678');
    expect(stored.body).toContain('[NIE oculto]');
  });

  it('is anonymous by default in anonymous categories, with a pseudonym made for the question; named elsewhere unless asked', async () => {
    const anon = (await ask(asker, {}).expect(201)).body.questionId;
    const named = (await ask(asker, { categoryId: categories.get('nacionalidad'), title: 'Plazo para la nacionalidad con estudios en España' }).expect(201)).body.questionId;
    const chosen = (await ask(asker, { categoryId: categories.get('nacionalidad'), title: 'Examen CCSE para la nacionalidad española', anonymous: true }).expect(201)).body.questionId;
    const a = (await request(t.http).get(`/api/forum/questions/${anon}`).expect(200)).body;
    expect(a.asker).toEqual({ anonymous: true, name: expect.stringMatching(/^Persona [A-HJ-NP-Z2-9]{4}$/) });
    expect((await request(t.http).get(`/api/forum/questions/${named}`).expect(200)).body.asker).toEqual({ anonymous: false, name: ASKER_NAME });
    const c = (await request(t.http).get(`/api/forum/questions/${chosen}`).expect(200)).body;
    expect(c.asker.anonymous).toBe(true);
    expect(c.asker.name).not.toBe(a.asker.name); // one pseudonym per question: two questions cannot be linked
    expect(a.viewer).toEqual({ mine: false, canAnswer: false, canAccept: false, canReport: false });
    const own = (await request(t.http).get(`/api/forum/questions/${anon}`).set(bearer(asker)).expect(200)).body;
    expect(own.viewer).toMatchObject({ mine: true, canAnswer: true, canReport: true });
  });

  it('refuses bad input with the field named, in the user’s language', async () => {
    const es = await ask(asker, { title: 'Corta', country: 'PE', categoryId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(es.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['country', 'title']);
    expect(es.body.details.find((d: { field: string }) => d.field === 'title').message).toMatch(/^El campo «title»/);
    const unknown = await ask(english, { categoryId: '00000000-0000-4000-8000-000000000000' }, 'en').expect(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'categoryId', message: 'The field "categoryId" is not a forum category' });
    await request(t.http).post('/api/forum/questions').send({ categoryId: categories.get('nacionalidad'), ...QUESTION }).expect(401);
    await request(t.http).get('/api/forum/questions/not-a-uuid').expect(400);
    await request(t.http).get('/api/forum/questions/00000000-0000-4000-8000-000000000000').expect(404);
    await request(t.http).get('/api/forum/questions').query({ status: 'lost', page: '0' }).expect(400);
  });

  it('limits new accounts to three questions a day, saying when they can ask again', async () => {
    const fresh = await createAccount(t, { displayName: 'Cuenta Nueva' });
    for (let i = 0; i < 3; i++) await ask(fresh, { title: `Pregunta número ${i + 1} de una cuenta nueva` }).expect(201);
    const limited = await ask(fresh, { title: 'Cuarta pregunta de una cuenta nueva' }).expect(429);
    expect(limited.body.message).toMatch(/Las cuentas nuevas pueden hacer 3 preguntas al día/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await age(fresh);
    await ask(fresh, { title: 'Cuarta pregunta, ya con una cuenta antigua' }).expect(201);
  });
});

describe('answers', () => {
  it('counsellor answers carry the badge; the accepted answer comes first, then counsellors, then the rest; the asker is told by mail', async () => {
    const qid = (await ask(asker, { title: 'Reagrupar a mi madre que vive en Cuenca' }).expect(201)).body.questionId;
    const first = await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(other)).send({ body: 'A mí me pidieron el certificado de empadronamiento y los medios económicos.' }).expect(201);
    const mail = await t.mail.waitFor(asker.email, (m) => /Nueva respuesta a tu pregunta/.test(m.subject ?? ''));
    expect(mail.text).toContain('Reagrupar a mi madre que vive en Cuenca');
    const byCounsellor = await request(t.http)
      .post(`/api/forum/questions/${qid}/answers`)
      .set(bearer(counsellor))
      .send({ body: 'La reagrupación de ascendientes exige, en general, que la persona reagrupante tenga residencia de larga duración. Consulta el artículo 17 de la Ley Orgánica 4/2000.' })
      .expect(201);
    await t.mail.waitFor(asker.email, (m) => /asesora ha respondido/.test(m.subject ?? ''));
    const own = await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(asker)).send({ body: 'Gracias, lo consultaré en la oficina de extranjería.' }).expect(201);

    let q = (await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body;
    // Two answers: the asker's own follow-up is shown but does not count as one.
    expect(q).toMatchObject({ status: 'answered', answerCount: 2, counsellorAnswered: true });
    expect(q.answers.map((a: { id: string }) => a.id)).toEqual([byCounsellor.body.answerId, first.body.answerId, own.body.answerId]);
    expect(q.answers[0].author).toEqual({ name: 'Abogada Asesora', isAsker: false, counsellor: { credential: 'Abogada, Ilustre Colegio de la Abogacía de Madrid' } });
    // The asker answering in their own anonymous thread shows the question's pseudonym.
    expect(q.answers[2].author).toEqual({ name: q.asker.name, isAsker: true, counsellor: null });

    await request(t.http).post(`/api/forum/answers/${first.body.answerId}/accept`).set(bearer(other)).expect(403);
    const accepted = await request(t.http).post(`/api/forum/answers/${first.body.answerId}/accept`).set(bearer(asker)).expect(200);
    expect(accepted.body.status).toBe('resolved');
    expect(accepted.body.answers[0]).toMatchObject({ id: first.body.answerId, accepted: true });
    // A counsellor may mark another person's answer, not their own; a moderator may mark any.
    await request(t.http).post(`/api/forum/answers/${byCounsellor.body.answerId}/accept`).set(bearer(counsellor)).expect(403);
    q = (await request(t.http).post(`/api/forum/answers/${byCounsellor.body.answerId}/accept`).set(bearer(moderator)).expect(200)).body;
    expect(q.answers.map((a: { accepted: boolean }) => a.accepted)).toEqual([true, false, false]);
    expect(q.acceptedAnswerId).toBe(byCounsellor.body.answerId);
    await request(t.http).post(`/api/forum/answers/${own.body.answerId}/accept`).set(bearer(moderator)).expect(200);
    // One mail per answer by someone else; none for the asker's own.
    expect(t.mail.messages.filter((m) => (m.text ?? '').includes('Reagrupar a mi madre que vive en Cuenca'))).toHaveLength(2);
    expect(t.mail.messages.filter((m) => (m.text ?? '').includes('Reagrupar a mi madre')).every((m) => (m.to as { text: string }).text === asker.email)).toBe(true);
  });

  it('masks personal data in answers too, and renders Markdown without scripts', async () => {
    const qid = (await ask(asker, { title: 'Empadronamiento sin contrato de alquiler' }).expect(201)).body.questionId;
    const body = 'Escríbeme a ana.perez@example.org o llama al +34 612 345 678. <script>alert(1)</script> <img src=x onerror=alert(2)> **Importante**';
    const preview = await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(other)).send({ body }).expect(200);
    expect(preview.body.preview.masked.map((m: { kind: string }) => m.kind)).toEqual(['email', 'phone']);
    const done = await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(other)).send({ body, confirm: true }).expect(201);
    const q = (await request(t.http).get(`/api/forum/questions/${qid}`).expect(200)).body;
    const html = q.answers.find((a: { id: string }) => a.id === done.body.answerId).bodyHtml as string;
    expect(html).toContain('<strong>Importante</strong>');
    expect(html).toContain('[correo oculto]');
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror/);
    expect(html).toContain('&lt;script&gt;'); // shown as text, harmless
  });
});

describe('finding questions', () => {
  it('lists visible questions newest activity first, filters by category and status, and searches in Spanish without accents', async () => {
    const qid = (await ask(asker, { title: 'Regularización extraordinaria y antecedentes penales', country: 'ES' }).expect(201)).body.questionId;
    const found = await request(t.http).get('/api/forum/questions').query({ q: 'regularizacion antecedentes' }).expect(200);
    expect(found.body.items[0]).toMatchObject({ id: qid, title: 'Regularización extraordinaria y antecedentes penales', category: { slug: 'residencia-y-papeles' } });
    const list = await request(t.http).get('/api/forum/questions').query({ category: 'residencia-y-papeles', status: 'open' }).expect(200);
    expect(list.body.items.every((i: { category: { slug: string }; status: string }) => i.category.slug === 'residencia-y-papeles' && i.status === 'open')).toBe(true);
    const dates = list.body.items.map((i: { lastActivityAt: string }) => Date.parse(i.lastActivityAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(list.body.items[0].excerpt.length).toBeLessThanOrEqual(221);
  });

  it('the author’s own list is theirs alone', async () => {
    const mine = await request(t.http).get('/api/forum/questions/mine').set(bearer(asker)).expect(200);
    expect(mine.body.length).toBeGreaterThan(3);
    expect((await request(t.http).get('/api/forum/questions/mine').set(bearer(other)).expect(200)).body).toEqual([]);
    await request(t.http).get('/api/forum/questions/mine').expect(401);
  });
});

describe('personal data', () => {
  it('the export has everything the person wrote in the forum; deleting the account keeps the threads but points at nobody', async () => {
    const leaving = await createAccount(t, { displayName: 'Persona Que Se Va' });
    await age(leaving);
    const named = (await ask(leaving, { categoryId: categories.get('nacionalidad'), title: 'Pregunta con nombre antes de borrar la cuenta' }).expect(201)).body.questionId;
    const anon = (await ask(leaving, { title: 'Pregunta anónima antes de borrar la cuenta' }).expect(201)).body.questionId;
    await request(t.http).post(`/api/forum/questions/${named}/answers`).set(bearer(counsellor)).send({ body: 'Respuesta que debe seguir ahí después.' }).expect(201);
    const exported = (await request(t.http).get('/api/me/export').set(bearer(leaving)).expect(200)).body.sections.forum;
    expect(exported.questions.map((q: { id: string; anonymous: boolean }) => [q.id, q.anonymous])).toEqual([
      [named, false],
      [anon, true],
    ]);
    await request(t.http).delete('/api/me').set(bearer(leaving)).expect(204);
    const after = (await request(t.http).get(`/api/forum/questions/${named}`).expect(200)).body;
    expect(after.asker).toEqual({ anonymous: true, name: expect.stringMatching(/^Persona [A-Z0-9]{4}$/) });
    expect(after.answers).toHaveLength(1);
  });
});

describe('anonymity', () => {
  it('an anonymous question never shows its author: every public route, as a visitor, another member and a counsellor', async () => {
    // Someone whose only question is anonymous: anything naming them would link them to it.
    const secretName = 'Zoila Quishpe Filtración';
    const hidden = await createAccount(t, { displayName: secretName });
    await age(hidden);
    const qid = (await ask(hidden, { title: 'Trabajo sin contrato y miedo a denunciar', categoryId: categories.get('trabajo-y-seguridad-social') }).expect(201)).body.questionId;
    await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(hidden)).send({ body: 'Añado que llevo dos años en España.' }).expect(201);
    await request(t.http).post(`/api/forum/questions/${qid}/answers`).set(bearer(counsellor)).send({ body: 'Puedes denunciar ante la Inspección de Trabajo sin dar tus datos a la empresa.' }).expect(201);
    const secrets = [hidden.id, hidden.email, hidden.email.split('@')[0], secretName, 'Zoila', 'Quishpe'];
    const routes = [
      '/api/forum/categories',
      '/api/forum/questions',
      '/api/forum/questions?q=denunciar%20contrato',
      '/api/forum/questions?category=trabajo-y-seguridad-social',
      `/api/forum/questions/${qid}`,
      `/api/forum/questions/${qid}/nothing-here`,
    ];
    for (const viewer of [null, other, counsellor]) {
      for (const route of routes) {
        const req = request(t.http).get(route);
        const res = viewer ? await req.set(bearer(viewer)) : await req;
        const text = JSON.stringify(res.body) + JSON.stringify(res.headers);
        for (const secret of secrets) expect({ route, leaked: text.includes(secret) ? secret : null }).toEqual({ route, leaked: null });
      }
    }
    // No mail about it went to anyone but the asker.
    await t.mail.waitFor(hidden.email, (m) => (m.text ?? '').includes('Trabajo sin contrato'));
    await new Promise((r) => setTimeout(r, 300));
    const about = t.mail.messages.filter((m) => (m.text ?? '').includes('Trabajo sin contrato'));
    expect(about.length).toBe(1); // the counsellor's answer, to the asker
    for (const m of about) expect((m.to as { text: string }).text).toBe(hidden.email);
  });
});
