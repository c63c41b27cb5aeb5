import { EntityManager } from '@mikro-orm/postgresql';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { importCourses } from '../src/modules/courses/course-sync';
import { seedForumCategories } from '../src/modules/forum/forum-seed';
import { LegalContentError } from '../src/modules/legal/legal-content.loader';
import { bearer } from './helpers/classroom';
import { createAccount, startTestApp, testDatabaseUrl, type TestApp } from './helpers/test-app';

const REPO = join(__dirname, '..', '..');

/** The law comparison over HTTP, served from the real legal-docs/ folder. */
describe('law comparison API', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'puente-legal-api-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the topics in order, with title, summary, date and tags in both languages', async () => {
    const res = await request(t.http).get('/api/legal/topics').expect(200);
    expect(res.body.length).toBeGreaterThanOrEqual(13);
    expect(res.body[0]).toEqual({
      slug: 'entrada-y-visados',
      order: 1,
      title: { es: expect.any(String), en: expect.any(String) },
      summary: { es: expect.any(String), en: expect.any(String) },
      lastChecked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      tags: expect.arrayContaining(['visas']),
    });
    expect(res.headers.etag).toBeTruthy();
    await request(t.http).get('/api/legal/topics').set('If-None-Match', res.headers.etag).expect(304);
    const related = (await request(t.http).get('/api/legal/topics?tags=family&limit=2').expect(200)).body as { slug: string; tags: string[] }[];
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(2);
    expect(related[0].slug).toBe('reagrupacion-familiar');
    const picked = (await request(t.http).get('/api/legal/topics?slugs=educacion,no-existe,derecho-al-voto').expect(200)).body as { slug: string }[];
    expect(picked.map((x) => x.slug)).toEqual(['educacion', 'derecho-al-voto']);
    const bad = await request(t.http).get('/api/legal/topics?tags=<b>&limit=0').set('Accept-Language', 'es').expect(400);
    expect(bad.body.details.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'tags']);
  });

  it('serves a topic with both sides, differences, steps and numbered sources; every citation points at a source', async () => {
    const res = await request(t.http).get('/api/legal/topics/reagrupacion-familiar').expect(200);
    const topic = res.body;
    for (const key of ['ecuador', 'spain', 'differences', 'steps']) expect(topic[key].blocks.length).toBeGreaterThan(0);
    expect(topic.spain.heading).toEqual({ es: 'España', en: 'Spain' });
    const numbers = new Set(topic.sources.map((s: { n: number }) => s.n));
    const points = ['ecuador', 'spain', 'agreement', 'differences', 'steps']
      .flatMap((k) => (topic[k] ? topic[k].blocks : []))
      .flatMap((b: { points: unknown[] }) => b.points) as { anchor: number; html: string; citations: { n: number; ref: string }[]; confidence: string }[];
    expect(points.length).toBeGreaterThan(10);
    for (const p of points) {
      expect(p.citations.length).toBeGreaterThan(0);
      for (const c of p.citations) expect(numbers.has(c.n)).toBe(true);
      expect(p.html).not.toMatch(/\[\[|<script|<p>/);
    }
    expect(new Set(points.map((p) => p.anchor)).size).toBe(points.length);
    expect(points.some((p) => p.citations.some((c) => c.ref === 'art. 18.1'))).toBe(true);
    // Ecuador's side rests on sources we could only partly check: those points say so.
    expect(topic.sources.some((s: { confidence: string; note?: string }) => s.confidence === 'partly' && s.note)).toBe(true);
    expect(points.some((p) => p.confidence === 'partly')).toBe(true);
    expect(topic.unconfirmedPoints).toBe(points.filter((p) => p.confidence !== 'verified').length);
    for (const s of topic.sources) expect(s.officialUrl).toMatch(/^https:\/\//);

    const missing = await request(t.http).get('/api/legal/topics/no-existe').set('Accept-Language', 'en').expect(404);
    expect(missing.body.message).toBe('There is no such topic in the law comparison.');
  });

  it('answers the matrix: one short, cited answer per topic and country', async () => {
    const res = await request(t.http).get('/api/legal/matrix').expect(200);
    expect(res.body.countries).toEqual(['EC', 'ES']);
    expect(res.body.rows.length).toBeGreaterThanOrEqual(13);
    for (const row of res.body.rows) {
      for (const side of ['EC', 'ES']) {
        expect(row[side].es.length).toBeGreaterThan(5);
        expect(row[side].en.length).toBeGreaterThan(5);
        expect(row[side].citations.length).toBeGreaterThan(0);
        for (const c of row[side].citations) expect(row.sources.map((s: { n: number }) => s.n)).toContain(c.n);
      }
    }
  });

  it.each([
    ['arraigo', 'regularizacion-y-arraigo'],
    ['reagrupación', 'reagrupacion-familiar'],
    ['reagrupacion', 'reagrupacion-familiar'],
    ['REAGRUPACIÓN familiar', 'reagrupacion-familiar'],
    ['nacionalidad española', 'nacionalidad-y-doble-nacionalidad'],
  ])('search for "%s" finds %s, with the words highlighted', async (q, slug) => {
    const res = await request(t.http).get('/api/legal/search').query({ q }).expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.hits.length).toBeLessThanOrEqual(40);
    expect(res.body.hits.map((h: { slug: string }) => h.slug)).toContain(slug);
    const hits = res.body.hits.filter((h: { slug: string }) => h.slug === slug) as { snippet: string; anchor: number }[];
    // Passages with the words in their own text come first, highlighted.
    expect(res.body.hits[0].snippet).toMatch(/<mark>[^<]+<\/mark>/);
    expect(hits.some((h) => /<mark>[^<]+<\/mark>/.test(h.snippet))).toBe(true);
    for (const h of hits) {
      expect(h.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(typeof h.anchor).toBe('number');
    }
  });

  it('search: no match is an empty list; a missing or too short query is a 400 naming q', async () => {
    const none = await request(t.http).get('/api/legal/search?q=zzzxqwv').expect(200);
    expect(none.body).toMatchObject({ total: 0, hits: [] });
    const short = await request(t.http).get('/api/legal/search?q=a').set('Accept-Language', 'es').expect(400);
    expect(short.body.details[0].field).toBe('q');
    const missing = await request(t.http).get('/api/legal/search').expect(400);
    expect(missing.body.details[0].field).toBe('q');
    // Operators and punctuation are words, never SQL.
    await request(t.http).get("/api/legal/search?q=arraigo' OR 1=1 --").expect(200);
    // Only words to leave out would match nearly everything, with nothing to highlight.
    for (const q of ['-visado', '-visado -"arraigo social"', '-visado or -residencia', '- visado de', '(-visado)']) {
      const res = await request(t.http).get('/api/legal/search').query({ q }).set('Accept-Language', 'es').expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'q', message: expect.stringContaining('al menos una palabra que buscar') })]);
    }
    const en = await request(t.http).get('/api/legal/search').query({ q: '-visado' }).set('Accept-Language', 'en').expect(400);
    expect(en.body.details[0].message).toContain('at least one word to look for');
    const mixed = await request(t.http).get('/api/legal/search').query({ q: 'arraigo -social' }).expect(200);
    expect(mixed.body.total).toBeGreaterThan(0);
    // Punctuation alone asks for nothing: nothing is found.
    const marks = await request(t.http).get('/api/legal/search').query({ q: '¿?' }).expect(200);
    expect(marks.body).toMatchObject({ total: 0, hits: [] });
  });

  it('search: a word found only in a point\'s sub-heading is highlighted there', async () => {
    await request(t.http).get('/api/legal/search?q=arraigo').expect(200); // indexes this version
    const conn = t.app.get(EntityManager).fork().getConnection();
    const [pick] = await conn.execute<{ word: string }[]>(
      `select w.word from legal_passages p, regexp_split_to_table(lower(p.heading), '[^[:alpha:]áéíóúñü]+') w(word)
        where p.section <> 'summary' and length(w.word) > 5
          and not exists (select 1 from legal_passages b where b.version = p.version and to_tsvector('puente_es', b.body) @@ plainto_tsquery('puente_es', w.word))
        order by w.word limit 1`,
    );
    expect(pick).toBeDefined();
    const res = await request(t.http).get('/api/legal/search').query({ q: pick.word }).expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    for (const h of res.body.hits as { snippet: string }[]) expect(h.snippet).toMatch(/<mark>[^<]+<\/mark>/);
  });

  it('search: an instance whose passages another instance removed puts them back at its next search', async () => {
    await request(t.http).get('/api/legal/search?q=arraigo').expect(200);
    const conn = t.app.get(EntityManager).fork().getConnection();
    // What an instance on newer content does to a version nobody refreshed for a day.
    await conn.execute(`delete from legal_passages`);
    const res = await request(t.http).get('/api/legal/search?q=arraigo').expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    const [n] = await conn.execute<{ n: number }[]>(`select count(*)::int as n from legal_passages`);
    expect(n.n).toBeGreaterThan(100);
  });

  it('exports a topic and the whole comparison as PDF with every citation, the dates and the disclaimer', async () => {
    const topic = await request(t.http).get('/api/legal/topics/regularizacion-y-arraigo').expect(200);
    const res = await request(t.http).get('/api/legal/topics/regularizacion-y-arraigo/pdf').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('puente-comparativa-legal-regularizacion-y-arraigo.pdf');
    const file = join(dir, 'topic.pdf');
    writeFileSync(file, res.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).not.toMatch(/\bno\s+no\b/); // every font embedded
    expect(text).toContain('Regularización y arraigo');
    expect(text).toContain('Contenido');
    expect(text).toContain('no asesoramiento legal');
    const checked = new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${topic.body.lastChecked}T00:00:00Z`));
    expect(text).toContain(`Comprobado el ${checked}`);
    // What is not fully confirmed says so in the PDF too: the short answers and every such point.
    const points = ['ecuador', 'spain', 'agreement', 'differences', 'steps']
      .flatMap((k) => (topic.body[k] ? topic.body[k].blocks : []))
      .flatMap((b: { points: { confidence: string }[] }) => b.points);
    expect(points.filter((p) => p.confidence !== 'verified').length).toBe(topic.body.unconfirmedPoints);
    const answers = [topic.body.glance.EC, topic.body.glance.ES] as { confidence: string }[];
    const marked = (c: string) => [...points, ...answers].filter((p) => p.confidence === c).length;
    expect(marked('partly')).toBeGreaterThan(0);
    expect(marked('unverified')).toBeGreaterThan(0);
    expect(topic.body.glance.EC.confidence).toBe('partly');
    expect(text).toContain('Ecuador: (Sin confirmar del todo)');
    const count = (label: string) => text.split(label).length - 1;
    expect(count('(Sin confirmar del todo)')).toBe(marked('partly'));
    expect(count('(Sin confirmar)')).toBe(marked('unverified'));
    const all = ['ecuador', 'spain', 'agreement', 'differences', 'steps']
      .flatMap((k) => (topic.body[k] ? topic.body[k].blocks : []))
      .flatMap((b: { points: { citations: { n: number; ref: string }[] }[] }) => b.points)
      .flatMap((p) => p.citations.map((c) => `[${c.n}, ${c.ref}]`));
    for (const c of new Set(all)) expect(text).toContain(c);
    // A long address wraps after one of its hyphens or slashes, which pdftotext reads as a space.
    const joined = text.replace(/([-/])\s+/g, '$1');
    for (const s of topic.body.sources) expect(joined).toContain(s.officialUrl);

    const etag = res.headers.etag;
    await request(t.http).get('/api/legal/topics/regularizacion-y-arraigo/pdf').set('If-None-Match', etag).expect(304);
    await request(t.http).get('/api/legal/topics/regularizacion-y-arraigo/pdf').set('If-None-Match', `"otro", W/${etag}`).expect(304);
    await request(t.http).get('/api/legal/topics/regularizacion-y-arraigo/pdf').set('If-None-Match', '"otro"').expect(200);
    await request(t.http).get('/api/legal/topics/no-existe/pdf').expect(404);

    const whole = await request(t.http).get('/api/legal/comparison.pdf').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    writeFileSync(join(dir, 'all.pdf'), whole.body as Buffer);
    const wholeText = execFileSync('pdftotext', ['-layout', join(dir, 'all.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const topics = (await request(t.http).get('/api/legal/topics').expect(200)).body as { title: { es: string } }[];
    for (const x of topics) expect(wholeText).toContain(x.title.es);
    const last = (await request(t.http).get('/api/legal/topics/retorno-a-ecuador-y-remesas').expect(200)).body;
    const lastCitations = ['ecuador', 'spain', 'agreement', 'differences', 'steps']
      .flatMap((k) => (last[k] ? last[k].blocks : []))
      .flatMap((b: { points: { citations: { n: number; ref: string }[] }[] }) => b.points)
      .flatMap((p) => p.citations.map((c) => `[${c.n}, ${c.ref}]`));
    for (const c of lastCitations) expect(wholeText).toContain(c);
    const info = execFileSync('pdfinfo', [join(dir, 'all.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(topics.length);
  });

  it('shows related topics on a forum question: those its thread links to, then those sharing its tags', async () => {
    const em = t.app.get(EntityManager);
    await seedForumCategories(em);
    const [category] = await em.fork().getConnection().execute<{ id: string }[]>(`select id from forum_categories where slug = 'residencia-y-papeles'`);
    const asker = await createAccount(t, { displayName: 'Persona Que Pregunta' });
    await em.fork().getConnection().execute(`update users set created_at = now() - interval '30 days' where id = ?`, [asker.id]);
    const asked = await request(t.http)
      .post('/api/forum/questions')
      .set(bearer(asker))
      .send({
        categoryId: category.id,
        country: 'ES',
        tags: ['family'],
        title: 'Traer a mi hija que vive en Guayaquil',
        body: 'Tengo residencia de larga duración. Leí /leyes/educacion y quiero saber qué pasa con el colegio cuando llegue mi hija de 12 años.',
      })
      .expect(201);
    const detail = (await request(t.http).get(`/api/forum/questions/${asked.body.questionId}`).expect(200)).body;
    const slugs = detail.relatedLegalTopics.map((x: { slug: string }) => x.slug);
    expect(slugs[0]).toBe('educacion');
    expect(slugs).toContain('reagrupacion-familiar');
    expect(slugs.length).toBeLessThanOrEqual(3);
    expect(detail.relatedLegalTopics[0]).toEqual({ slug: 'educacion', order: 7, title: expect.any(Object), summary: expect.any(Object), lastChecked: expect.any(String), tags: expect.any(Array) });
  });

  it('shows the topics a course lists as related', async () => {
    await importCourses(testDatabaseUrl(), join(REPO, 'courses'));
    const outline = (await request(t.http).get('/api/courses/trabajar-en-espana').expect(200)).body;
    expect(outline.relatedLegalTopics.map((x: { slug: string }) => x.slug)).toEqual(['derecho-a-trabajar', 'seguridad-social-y-pensiones', 'regularizacion-y-arraigo', 'autorizaciones-de-residencia']);
  });

  it('refuses to start with a broken topic file, naming the file and line', async () => {
    const broken = join(dir, 'legal-docs');
    cpSync(join(REPO, 'legal-docs'), broken, { recursive: true });
    const file = join(broken, 'educacion.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\[\[[a-z0-9-]+, [^\]]+\]\]\n\n## España/, '\n\n## España'));
    const started = startTestApp({ LEGAL_DOCS_DIR: broken });
    await expect(started).rejects.toThrow(LegalContentError);
    await expect(started).rejects.toThrow(/educacion\.md:\d+: punto sin cita/);
  });
});
