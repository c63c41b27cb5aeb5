import { EntityManager } from '@mikro-orm/postgresql';
import { parseFeed as parseWithRowan } from '@rowanmanning/feed-parser';
import request from 'supertest';
import { bearer } from './helpers/classroom';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

let t: TestApp;
let author: Account;
let reader: Account;
let members: Account[];
let moderator: Account;

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.app.get(EntityManager).fork().getConnection().execute<T[]>(query, params);
const age = (a: Account) => sql(`update users set created_at = now() - interval '30 days' where id = ?`, [a.id]);
const BODY = 'Llegué a Madrid en marzo y quiero contar cómo pedí la cita para el empadronamiento.';

async function write(as: Account, extra: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
  const res = await request(t.http)
    .post('/api/blog/posts')
    .set(bearer(as))
    .send({ title: 'Mi primera cita en extranjería', body: BODY, language: 'es', tags: ['residence'], ...extra })
    .expect(201);
  return res.body;
}
const publish = (as: Account, id: string) => request(t.http).patch(`/api/blog/posts/${id}`).set(bearer(as)).send({ status: 'published' }).expect(200);
const comment = (as: Account, id: string, body = 'Gracias por contarlo, me sirvió mucho.') => request(t.http).post(`/api/blog/posts/${id}/comments`).set(bearer(as)).send({ body });
const queue = async () => (await request(t.http).get('/api/forum/moderation').set(bearer(moderator)).expect(200)).body;

beforeAll(async () => {
  t = await startTestApp();
  author = await createAccount(t, { displayName: 'Rosa Autora' });
  reader = await createAccount(t, { displayName: 'Lector Uno' });
  members = [];
  for (let i = 0; i < 3; i++) members.push(await createAccount(t, { displayName: `Miembro ${i + 1}` }));
  moderator = await createAccount(t, { displayName: 'Moderadora' });
  await grantRoles(t, moderator.id, ['moderator']);
  for (const a of [author, reader, ...members, moderator]) await age(a);
});

afterAll(async () => {
  await t.close();
});

describe('who may call what', () => {
  it('anonymous gets 401 on every member route, and the public routes answer without a session', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const routes: [string, string][] = [
      ['get', '/api/blog/posts/mine'],
      ['post', '/api/blog/posts'],
      ['patch', `/api/blog/posts/${id}`],
      ['delete', `/api/blog/posts/${id}`],
      ['post', `/api/blog/posts/${id}/comments`],
      ['delete', `/api/blog/comments/${id}`],
    ];
    for (const [method, path] of routes) {
      const res = await (request(t.http) as unknown as Record<string, (p: string) => request.Test>)[method](path).send({});
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
    for (const path of ['/api/blog/posts', '/api/blog/feed.rss', '/api/blog/feed.atom']) await request(t.http).get(path).expect(200);
  });
});

describe('posts', () => {
  it('a draft is seen by its author only; published, it is listed newest first', async () => {
    const draft = await write(author, { title: 'Cómo pedí cita en extranjería' });
    expect(draft.slug).toBe('como-pedi-cita-en-extranjeria');
    await request(t.http).get(`/api/blog/posts/${draft.slug}`).expect(404);
    await request(t.http).get(`/api/blog/posts/${draft.slug}`).set(bearer(reader)).expect(404);
    const own = (await request(t.http).get(`/api/blog/posts/${draft.slug}`).set(bearer(author)).expect(200)).body;
    expect(own).toMatchObject({ status: 'draft', publishedAt: null, viewer: { mine: true, canEdit: true } });
    expect((await request(t.http).get('/api/blog/posts').expect(200)).body.items.map((p: { id: string }) => p.id)).not.toContain(draft.id);
    const mine = (await request(t.http).get('/api/blog/posts/mine').set(bearer(author)).expect(200)).body;
    expect(mine.map((p: { id: string }) => p.id)).toContain(draft.id);
    expect((await request(t.http).get('/api/blog/posts/mine').set(bearer(reader)).expect(200)).body.map((p: { id: string }) => p.id)).not.toContain(draft.id);
    // Someone else cannot change or delete a draft they cannot see: 404, not 403.
    await request(t.http).patch(`/api/blog/posts/${draft.id}`).set(bearer(reader)).send({ status: 'published' }).expect(404);
    await request(t.http).delete(`/api/blog/posts/${draft.id}`).set(bearer(reader)).expect(404);

    await publish(author, draft.id);
    const shown = (await request(t.http).get(`/api/blog/posts/${draft.slug}`).expect(200)).body;
    expect(shown).toMatchObject({ status: 'published', author: { id: author.id, name: 'Rosa Autora' }, tags: ['residence'], language: 'es', commentsOpen: true, body: null });
    expect(shown.publishedAt).toBeTruthy();
    const later = await write(author, { title: 'Segunda entrada del blog', status: 'published', language: 'en' });
    const list = (await request(t.http).get('/api/blog/posts').expect(200)).body;
    expect(list.items.slice(0, 2).map((p: { id: string }) => p.id)).toEqual([later.id, draft.id]);
    expect((await request(t.http).get('/api/blog/posts').query({ lang: 'en' }).expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([later.id]);
    expect((await request(t.http).get('/api/blog/posts').query({ tag: 'residence', author: author.id }).expect(200)).body.items.map((p: { id: string }) => p.id)).toContain(draft.id);
    expect((await request(t.http).get('/api/blog/posts').query({ author: reader.id }).expect(200)).body).toMatchObject({ items: [], author: { id: reader.id, name: 'Lector Uno' } });
    await request(t.http).get('/api/blog/posts').query({ author: '00000000-0000-4000-8000-000000000000' }).expect(404);
  });

  it('only the author edits, unpublishes, closes comments and deletes; the slug stays the same', async () => {
    const p = await write(author, { title: 'Una entrada para editar', status: 'published' });
    await request(t.http).patch(`/api/blog/posts/${p.id}`).set(bearer(reader)).send({ title: 'Otro título distinto' }).expect(403);
    await request(t.http).delete(`/api/blog/posts/${p.id}`).set(bearer(reader)).expect(403);
    const edited = (await request(t.http).patch(`/api/blog/posts/${p.id}`).set(bearer(author)).send({ title: 'Un título nuevo y mejor', commentsOpen: false }).expect(200)).body;
    expect(edited.slug).toBe(p.slug);
    const shown = (await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(200)).body;
    expect(shown).toMatchObject({ title: 'Un título nuevo y mejor', commentsOpen: false });
    await request(t.http).patch(`/api/blog/posts/${p.id}`).set(bearer(author)).send({ status: 'draft' }).expect(200);
    await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(404);
    await request(t.http).delete(`/api/blog/posts/${p.id}`).set(bearer(author)).expect(204);
    await request(t.http).get(`/api/blog/posts/${p.slug}`).set(bearer(author)).expect(404);
    // The same title later gets its own address.
    const a = await write(author, { title: 'Título repetido' });
    const b = await write(author, { title: 'Título repetido' });
    expect(a.slug).toBe('titulo-repetido');
    expect(b.slug).toMatch(/^titulo-repetido-[a-z0-9]{4}$/);
  });

  it('sanitises the body: no script and no javascript: link come out', async () => {
    const p = await write(author, {
      status: 'published',
      title: 'Entrada con trampas',
      body: 'Hola <script>alert("x")</script> y [pincha aquí](javascript:alert(1)) y <img src=x onerror=alert(2)> y [bien](https://www.boe.es).',
    });
    const shown = (await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(200)).body;
    // The markup is escaped to text and the link is not made: nothing a browser would run.
    expect(shown.bodyHtml).not.toMatch(/<script|href="javascript:|<img|<[^>]+ onerror=/i);
    expect(shown.bodyHtml).toContain('&lt;script&gt;');
    expect(shown.bodyHtml).toMatch(/href="https:\/\/www\.boe\.es"/);
    const c = await comment(reader, p.id, 'Ojo <script>document.cookie</script> [x](javascript:void(0))').expect(201);
    const after = (await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(200)).body;
    const html = after.comments.find((x: { id: string }) => x.id === c.body.id).bodyHtml;
    expect(html).not.toMatch(/<script|href="javascript:/i);
    const rss = (await request(t.http).get('/api/blog/feed.rss').expect(200)).text;
    expect(rss).not.toMatch(/<script|href="javascript:/i);
  });

  it('bad input is a 400 naming the field, in the caller\'s language; unknown slugs are a 404', async () => {
    const es = await request(t.http).post('/api/blog/posts').set(bearer(author)).send({ title: 'ab', body: BODY, language: 'fr', tags: ['residence', 'nope'] }).expect(400);
    expect(es.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['language', 'tags', 'title']);
    expect(es.body.details.find((d: { field: string }) => d.field === 'title').message).toMatch(/^El campo «title»/);
    const english = await createAccount(t, { displayName: 'English Writer', locale: 'en' });
    const en = await request(t.http).post('/api/blog/posts').set(bearer(english)).send({ title: 'Un título válido', body: BODY, language: 'es', tags: ['visas', 'work', 'family', 'health', 'asylum', 'return'] }).expect(400);
    expect(en.body.details[0]).toMatchObject({ field: 'tags', message: 'The field "tags" accepts at most 5 items' });
    await request(t.http).post('/api/blog/posts').set(bearer(author)).send({ title: 'Un título válido', body: BODY, language: 'es', status: null }).expect(400);
    await request(t.http).post('/api/blog/posts').set(bearer(author)).send({ title: 'Un título válido', body: BODY, language: 'es', extra: 1 }).expect(400);
    await request(t.http).get('/api/blog/posts').query({ page: 0 }).expect(400);
    await request(t.http).patch('/api/blog/posts/no-es-un-id').set(bearer(author)).send({}).expect(400);
    await request(t.http).get('/api/blog/posts/no-existe-esta-entrada').expect(404);
    await request(t.http).get('/api/blog/posts/%00raro').expect(404);
  });
});

describe('comments', () => {
  it('members comment on open posts; closed comments and drafts are refused with a clear message', async () => {
    const p = await write(author, { title: 'Entrada con comentarios', status: 'published' });
    const c = await comment(reader, p.id).expect(201);
    expect(c.body.visibility).toBe('visible');
    const shown = (await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(200)).body;
    expect(shown.commentCount).toBe(1);
    expect(shown.comments[0]).toMatchObject({ author: { name: 'Lector Uno' }, canDelete: false });
    await request(t.http).patch(`/api/blog/posts/${p.id}`).set(bearer(author)).send({ commentsOpen: false }).expect(200);
    const closed = await comment(members[0], p.id).expect(409);
    expect(closed.body.message).toBe('Quien escribió esta entrada cerró los comentarios.');
    expect((await request(t.http).get(`/api/blog/posts/${p.slug}`).set(bearer(members[0])).expect(200)).body.viewer.canComment).toBe(false);
    const draft = await write(author, { title: 'Borrador sin comentarios' });
    await comment(reader, draft.id).expect(404);
    // Deleting: someone else 403, the post's author may.
    await request(t.http).delete(`/api/blog/comments/${c.body.id}`).set(bearer(members[1])).expect(403);
    await request(t.http).delete(`/api/blog/comments/${c.body.id}`).set(bearer(author)).expect(204);
    await request(t.http).delete(`/api/blog/comments/${c.body.id}`).set(bearer(author)).expect(404);
  });

  it('new accounts write at a limited rate', async () => {
    const fresh = await createAccount(t, { displayName: 'Cuenta Nueva' });
    for (let i = 0; i < 3; i++) await write(fresh, { title: `Entrada nueva número ${i + 1}` });
    const refused = await request(t.http).post('/api/blog/posts').set(bearer(fresh)).send({ title: 'Una cuarta entrada', body: BODY, language: 'es' }).expect(429);
    expect(refused.body.message).toMatch(/^Las cuentas nuevas pueden escribir 3 entradas al día/);
    expect(refused.headers['retry-after']).toBeTruthy();
    const p = await write(author, { title: 'Entrada para muchos comentarios', status: 'published' });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => comment(fresh, p.id, `Comentario número ${i + 1}`)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(results.filter((r) => r.status === 429)).toHaveLength(2);
  });
});

describe('moderation through the forum queue', () => {
  it('a reporter who deletes their account no longer counts on the post they reported', async () => {
    const p = await write(author, { title: 'Entrada denunciada por quien se va', status: 'published' });
    const leaving = await createAccount(t, { displayName: 'Se va' });
    await request(t.http).post(`/api/forum/posts/${p.id}/reports`).set(bearer(leaving)).send({ reason: 'spam' }).expect(201);
    expect((await queue()).reported.find((x: { id: string }) => x.id === p.id)).toMatchObject({ openReports: 1 });
    await request(t.http).delete('/api/me').set(bearer(leaving)).expect(204);
    expect((await queue()).reported.find((x: { id: string }) => x.id === p.id)).toBeUndefined();
  });

  it('a report on a comment shows in the moderators\' queue; hide and restore apply', async () => {
    const p = await write(author, { title: 'Entrada denunciable', status: 'published' });
    const c = (await comment(reader, p.id, 'Un comentario que alguien denuncia').expect(201)).body;
    await request(t.http).post(`/api/forum/posts/${c.id}/reports`).set(bearer(members[0])).send({ reason: 'abuse', note: 'Insulta' }).expect(201);
    await request(t.http).post(`/api/forum/posts/${c.id}/reports`).set(bearer(members[0])).send({ reason: 'abuse' }).expect(409);
    let q = await queue();
    const item = q.reported.find((x: { id: string }) => x.id === c.id);
    expect(item).toMatchObject({ kind: 'blog_comment', questionId: p.id, questionTitle: 'Entrada denunciable', blogSlug: p.slug, authorName: 'Lector Uno', openReports: 1, visibility: 'visible' });
    expect(item.reports[0]).toMatchObject({ reason: 'abuse', note: 'Insulta' });

    await request(t.http).post(`/api/forum/posts/${c.id}/hide`).set(bearer(moderator)).send({ reason: 'Falta de respeto' }).expect(200);
    let shown = (await request(t.http).get(`/api/blog/posts/${p.slug}`).set(bearer(members[1])).expect(200)).body;
    expect(shown.comments.map((x: { id: string }) => x.id)).not.toContain(c.id);
    // Its author and the post's author still see it, with its state.
    shown = (await request(t.http).get(`/api/blog/posts/${p.slug}`).set(bearer(author)).expect(200)).body;
    expect(shown.comments.find((x: { id: string }) => x.id === c.id).visibility).toBe('hidden');
    q = await queue();
    expect(q.hidden.map((x: { id: string }) => x.id)).toContain(c.id);
    expect(q.log[0]).toMatchObject({ action: 'hide', postKind: 'blog_comment', postId: c.id });

    await request(t.http).post(`/api/forum/posts/${c.id}/restore`).set(bearer(moderator)).send({}).expect(200);
    shown = (await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(200)).body;
    expect(shown.comments.map((x: { id: string }) => x.id)).toContain(c.id);

    // A post, too: reported, then deleted by a moderator, it is gone for the public.
    await request(t.http).post(`/api/forum/posts/${p.id}/reports`).set(bearer(members[1])).send({ reason: 'spam' }).expect(201);
    expect((await queue()).reported.find((x: { id: string }) => x.id === p.id)).toMatchObject({ kind: 'blog_post', blogSlug: p.slug });
    await request(t.http).post(`/api/forum/posts/${p.id}/delete`).set(bearer(moderator)).send({ reason: 'Publicidad' }).expect(200);
    await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(404);
    await request(t.http).patch(`/api/blog/posts/${p.id}`).set(bearer(author)).send({ title: 'Intento de volver' }).expect(409);
  });

  it('three reports from established accounts hide a post until a moderator looks; a draft cannot be reported', async () => {
    const p = await write(author, { title: 'Entrada con tres denuncias', status: 'published' });
    const fresh = await createAccount(t, { displayName: 'Recién llegada' });
    await request(t.http).post(`/api/forum/posts/${p.id}/reports`).set(bearer(fresh)).send({ reason: 'spam' }).expect(201);
    for (const m of members.slice(0, 2)) expect((await request(t.http).post(`/api/forum/posts/${p.id}/reports`).set(bearer(m)).send({ reason: 'spam' }).expect(201)).body.hidden).toBe(false);
    expect((await request(t.http).post(`/api/forum/posts/${p.id}/reports`).set(bearer(members[2])).send({ reason: 'spam' }).expect(201)).body.hidden).toBe(true);
    await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(404);
    expect((await request(t.http).get('/api/blog/posts').expect(200)).body.items.map((x: { id: string }) => x.id)).not.toContain(p.id);
    const mine = (await request(t.http).get(`/api/blog/posts/${p.slug}`).set(bearer(author)).expect(200)).body;
    expect(mine).toMatchObject({ visibility: 'hidden', moderationNote: '3 reports' });
    expect((await queue()).reported.find((x: { id: string }) => x.id === p.id)).toMatchObject({ openReports: 4, visibility: 'hidden' });
    await request(t.http).post(`/api/forum/posts/${p.id}/restore`).set(bearer(moderator)).send({ reason: 'Revisada' }).expect(200);
    await request(t.http).get(`/api/blog/posts/${p.slug}`).expect(200);

    const draft = await write(author, { title: 'Borrador que nadie ve' });
    await request(t.http).post(`/api/forum/posts/${draft.id}/reports`).set(bearer(reader)).send({ reason: 'spam' }).expect(404);
  });

  it('watched words apply to blog text: a block word refuses it, a review word holds it for moderators', async () => {
    const w = (await request(t.http).post('/api/forum/watched-words').set(bearer(moderator)).send({ word: 'estafabloq', action: 'block' }).expect(201)).body;
    const refused = await request(t.http).post('/api/blog/posts').set(bearer(author)).send({ title: 'Entrada con palabra', body: `Este texto habla de estafabloq y más cosas.`, language: 'es' }).expect(400);
    expect(refused.body.details[0]).toMatchObject({ field: 'body' });
    await request(t.http).delete(`/api/forum/watched-words/${w.id}`).set(bearer(moderator)).expect(204);
    // A "review" word holds the post for a moderator; approved, it is shown.
    const r = (await request(t.http).post('/api/forum/watched-words').set(bearer(moderator)).send({ word: 'revisablog', action: 'review' }).expect(201)).body;
    const held = await write(author, { title: 'Entrada retenida', body: 'Un texto que menciona revisablog y debe esperar.', status: 'published' });
    expect(held).toMatchObject({ visibility: 'pending' });
    await request(t.http).get(`/api/blog/posts/${held.slug}`).expect(404);
    expect((await queue()).pending.find((x: { id: string }) => x.id === held.id)).toMatchObject({ kind: 'blog_post', moderationNote: 'watched word: revisablog' });
    await request(t.http).post(`/api/forum/posts/${held.id}/restore`).set(bearer(moderator)).send({}).expect(200);
    await request(t.http).get(`/api/blog/posts/${held.slug}`).expect(200);
    await request(t.http).delete(`/api/forum/watched-words/${r.id}`).set(bearer(moderator)).expect(204);
  });
});

describe('feeds', () => {
  it('RSS 2.0 and Atom, overall and per author, read back by a feed parser', async () => {
    const other = await createAccount(t, { displayName: 'Otra Autora' });
    await age(other);
    const p = await write(other, { title: 'Entrada para el feed', status: 'published' });
    const rss = await request(t.http).get('/api/blog/feed.rss').expect(200);
    expect(rss.headers['content-type']).toMatch(/application\/rss\+xml/);
    expect(parseWithRowan(rss.text).items[0].title).toBe('Entrada para el feed');
    const atom = await request(t.http).get('/api/blog/feed.atom').expect(200);
    expect(atom.headers['content-type']).toMatch(/application\/atom\+xml/);
    const atomFeed = parseWithRowan(atom.text);
    expect(atomFeed.items[0].title).toBe('Entrada para el feed');
    expect(atomFeed.items[0].url).toMatch(new RegExp(`/blog/${p.slug}$`));
    const byOther = parseWithRowan((await request(t.http).get(`/api/blog/authors/${other.id}/feed.atom`).expect(200)).text);
    expect(byOther.items.map((i) => i.title)).toEqual(['Entrada para el feed']);
    expect(byOther.title).toMatch(/Otra Autora/);
    const byAuthor = parseWithRowan((await request(t.http).get(`/api/blog/authors/${author.id}/feed.rss`).expect(200)).text);
    expect(byAuthor.items.map((i) => i.title)).not.toContain('Entrada para el feed');
    expect(byAuthor.items.length).toBeGreaterThan(0);
    await request(t.http).get('/api/blog/authors/00000000-0000-4000-8000-000000000000/feed.rss').expect(404);
    await request(t.http).get('/api/blog/authors/nope/feed.rss').expect(400);
  });
});
