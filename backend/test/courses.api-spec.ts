import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { importCourses } from '../src/modules/courses/course-sync';
import { writeFixtureCourse } from '../src/modules/courses/testing/course-fixture';
import { startTestApp, testDatabaseUrl, type TestApp } from './helpers/test-app';

describe('course catalogue', () => {
  let t: TestApp;
  let root: string;
  beforeAll(async () => {
    t = await startTestApp();
    root = mkdtempSync(join(tmpdir(), 'puente-courses-api-'));
    writeFixtureCourse(root, {}, '91-curso-api');
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('synchronises idempotently, versioned by content', async () => {
    const first = await importCourses(testDatabaseUrl(), root);
    expect(first.created).toContain('curso-api');
    const again = await importCourses(testDatabaseUrl(), root);
    expect(again).toMatchObject({ created: [], updated: [], unchanged: expect.arrayContaining(['curso-api']) });
    const v1 = (await request(t.http).get('/api/courses/curso-api').expect(200)).body.version as number;

    writeFileSync(join(root, '91-curso-api', 'lessons', '03-tercera.md'), '---\nslug: tercera\ntitle: "Tercera"\nminutes: 5\nrequired: false\n---\nNueva lección.\n');
    const changed = await importCourses(testDatabaseUrl(), root);
    expect(changed.updated).toEqual(['curso-api']);
    const outline = (await request(t.http).get('/api/courses/curso-api').expect(200)).body;
    expect(outline.version).toBe(v1 + 1);
    expect(outline.lessons.map((l: { slug: string }) => l.slug)).toEqual(['primera', 'segunda', 'tercera']);

    rmSync(join(root, '91-curso-api', 'lessons', '03-tercera.md'));
    await importCourses(testDatabaseUrl(), root);
    const back = (await request(t.http).get('/api/courses/curso-api').expect(200)).body;
    expect(back.lessons).toHaveLength(2);
    expect(back.version).toBe(v1 + 2);
  });

  it('lists the public catalogue with filters', async () => {
    const all = await request(t.http).get('/api/courses').expect(200);
    const mine = all.body.find((c: { slug: string }) => c.slug === 'curso-api');
    expect(mine).toMatchObject({ title: { es: 'Curso de prueba', en: 'Test course' }, level: 'beginner', hours: 2, lessonCount: 2 });
    const byLevel = await request(t.http).get('/api/courses?level=advanced').expect(200);
    expect(byLevel.body.map((c: { slug: string }) => c.slug)).not.toContain('curso-api');
    const byText = await request(t.http).get('/api/courses?q=TEST COURSE').expect(200);
    // The run's database is shared with other test files' fixture courses: check what matched, not how many.
    expect(byText.body.map((c: { slug: string }) => c.slug)).toContain('curso-api');
    for (const c of byText.body as { title: { en: string } }[]) expect(c.title.en.toLowerCase()).toContain('test course');
    const none = await request(t.http).get('/api/courses?q=zzz-no-such-course').expect(200);
    expect(none.body).toEqual([]);
    const bad = await request(t.http).get('/api/courses?level=expert').expect(400);
    expect(bad.body.details[0].field).toBe('level');
  });

  it('shows the outline with only the first lesson as a preview, sanitised, and no quiz answers', async () => {
    const res = await request(t.http).get('/api/courses/curso-api').expect(200);
    const o = res.body;
    expect(o.preview.slug).toBe('primera');
    expect(o.preview.html).toContain('<h3>Qué vas a ver</h3>');
    expect(o.preview.html).not.toContain('<script');
    expect(o.lessons[1]).toEqual({ slug: 'segunda', position: 2, title: 'Segunda lección', minutes: 15, required: true });
    const text = JSON.stringify(o);
    expect(text).not.toContain('Texto de la segunda lección');
    expect(text).not.toMatch(/"correct"|"explanation"|Porque sí/);
    expect(o.quizzes).toEqual([{ slug: 'quiz-prueba', title: 'Comprueba', questionCount: 2, passMark: 50, maxAttempts: 2 }]);
    expect(o.sources[0]).toMatchObject({ id: 'ine-2019', url: 'https://www.ine.es' });
  });

  it('downloads the course as one printable PDF with an embedded font, without quiz answers', async () => {
    const res = await request(t.http).get('/api/courses/curso-api/pack.pdf').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="puente-curso-api.pdf"');
    const file = join(root, 'pack.pdf');
    writeFileSync(file, res.body as Buffer);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const expected of ['Curso de prueba', 'Primera lección', 'Qué vas a ver', '24 %', 'Segunda lección', 'Tarea: Tarea de prueba', 'INE, demografía empresarial']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Porque sí');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Curso de prueba — Puente/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).toMatch(/yes\s+yes/); // embedded and subset

    const again = await request(t.http).get('/api/courses/curso-api/pack.pdf').set('If-None-Match', res.headers.etag);
    expect(again.status).toBe(304);
    await request(t.http).get('/api/courses/no-existe/pack.pdf').expect(404);
  });

  it('answers 404 in the reader\'s language for an unknown course', async () => {
    const res = await request(t.http).get('/api/courses/no-existe').set('Accept-Language', 'en').expect(404);
    expect(res.body.message).toBe('There is no such course.');
  });
});
