import { EntityManager } from '@mikro-orm/postgresql';
import { SchedulerRegistry } from '@nestjs/schedule';
import { parseFeed as parseWithRowan } from '@rowanmanning/feed-parser';
import { parseJsonFeed } from 'feedsmith';
import request from 'supertest';
import { ConfigError, loadConfig } from '../src/config/config';
import { NewsIngestService } from '../src/modules/news/news-ingest.service';
import { seedNewsSources } from '../src/modules/news/news-seed';
import { SEED_SOURCES } from '../src/modules/news/seed/sources.data';
import { bearer } from './helpers/classroom';
import { FIXTURE_FACTS as F, hostileLeftovers, rss2Xml, startFeedFixtures, type FeedFixtures } from './helpers/feed-fixtures';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: FeedFixtures;
let editor: Account;
let editor2: Account;
let learner: Account;

interface SourceBody {
  id: string;
  consecutiveFailures: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  flagged: boolean;
  etag: string | null;
  itemCount: number;
}

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.app.get(EntityManager).fork().getConnection().execute<T[]>(query, params);

/** Makes these the only active sources (every test of this file starts from its own set). */
async function onlySources(...paths: { path: string; keywordFilter?: boolean; name?: string; region?: string }[]): Promise<SourceBody[]> {
  await sql(`update news_sources set active = false`);
  const out: SourceBody[] = [];
  for (const p of paths) {
    const feedUrl = fx.url(p.path);
    const [existing] = await sql<{ id: string }>(`select id from news_sources where feed_url = ?`, [feedUrl]);
    if (existing) {
      await sql(`update news_sources set active = true, keyword_filter = ?, next_attempt_at = null where id = ?`, [p.keywordFilter ?? false, existing.id]);
      out.push((await request(t.http).get(`/api/news/sources/${existing.id}`).set(bearer(editor)).expect(200)).body);
    } else {
      const res = await request(t.http)
        .post('/api/news/sources')
        .set(bearer(editor))
        .send({ name: p.name ?? `Fuente ${p.path}`, feedUrl, siteUrl: fx.base, region: p.region ?? 'spain', language: 'es', tier: 'established_media', active: true, keywordFilter: p.keywordFilter ?? false })
        .expect(201);
      out.push(res.body);
    }
  }
  return out;
}

const ingest = async (as: Account = editor) => (await request(t.http).post('/api/news/ingest').set(bearer(as)).expect(200)).body;
const source = async (id: string): Promise<SourceBody> => (await request(t.http).get(`/api/news/sources/${id}`).set(bearer(editor)).expect(200)).body;
const listed = async (query: Record<string, string> = {}) => (await request(t.http).get('/api/news').query(query).expect(200)).body;

beforeAll(async () => {
  t = await startTestApp();
  fx = await startFeedFixtures();
  editor = await createAccount(t, { displayName: 'Editora Uno' });
  editor2 = await createAccount(t, { displayName: 'Editor Dos' });
  learner = await createAccount(t, { displayName: 'Persona lectora' });
  await grantRoles(t, editor.id, ['editor']);
  await grantRoles(t, editor2.id, ['editor']);
});

afterAll(async () => {
  await fx.close();
  await t.close();
});

describe('who may do what', () => {
  it('editor routes: 401 without a session, 403 for a learner; public routes for everyone', async () => {
    const some = '00000000-0000-4000-8000-000000000000';
    const editorRoutes: [string, string][] = [
      ['get', '/api/news/sources'],
      ['post', '/api/news/sources'],
      ['get', `/api/news/sources/${some}`],
      ['patch', `/api/news/sources/${some}`],
      ['post', '/api/news/ingest'],
      ['get', '/api/news/ingest/runs'],
      ['get', '/api/news/editorial'],
      ['post', '/api/news/editorial'],
      ['get', `/api/news/editorial/${some}`],
      ['patch', `/api/news/editorial/${some}`],
      ['post', `/api/news/editorial/${some}/submit`],
      ['post', `/api/news/editorial/${some}/return`],
      ['post', `/api/news/editorial/${some}/verify`],
      ['post', `/api/news/editorial/${some}/corrections`],
    ];
    for (const [method, path] of editorRoutes) {
      const agent = request(t.http) as unknown as Record<string, (p: string) => request.Test>;
      await agent[method](path).send({}).expect(401);
      const res = await agent[method](path).set(bearer(learner)).send({});
      expect([path, res.status]).toEqual([path, 403]);
    }
    for (const path of ['/api/news', '/api/news/sources/public', '/api/news/feed.xml', '/api/news/feed.atom', '/api/news/feed.json']) await request(t.http).get(path).expect(200);
  });
});

describe('sources', () => {
  it('ships the real sources once, never overwriting an editor’s changes, with no invented feed', async () => {
    const em = t.app.get(EntityManager);
    const added = await seedNewsSources(em);
    expect(added).toBe(SEED_SOURCES.length);
    const [one] = await sql<{ id: string }>(`select id from news_sources where seed_key = ?`, [SEED_SOURCES[0].key]);
    await sql(`update news_sources set name = 'Cambiado por la redacción' where id = ?`, [one.id]);
    expect(await seedNewsSources(em)).toBe(0);
    expect((await sql<{ name: string }>(`select name from news_sources where id = ?`, [one.id]))[0].name).toBe('Cambiado por la redacción');
    const withoutFeed = await sql<{ active: boolean }>(`select active from news_sources where seed_key is not null and feed_url is null`);
    expect(withoutFeed.length).toBeGreaterThan(0);
    expect(withoutFeed.every((r) => !r.active)).toBe(true);
    const publicList = (await request(t.http).get('/api/news/sources/public').expect(200)).body as { name: string; tier: string }[];
    expect(publicList.length).toBeGreaterThanOrEqual(SEED_SOURCES.length);
    await sql(`update news_sources set active = false`);
  });

  it('validates in the caller’s language and naming the field; a feed URL belongs to one source', async () => {
    const base = { name: 'Fuente de prueba', siteUrl: 'https://example.org', region: 'spain', language: 'es', tier: 'community' };
    const bad = await request(t.http).post('/api/news/sources').set(bearer(editor)).send({ ...base, feedUrl: 'ftp://example.org/feed' }).expect(400);
    expect(bad.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'feedUrl' })]));
    const es = await request(t.http).post('/api/news/sources').set(bearer(editor)).send({ ...base, region: 'mars' }).expect(400);
    expect(es.body.details[0]).toMatchObject({ field: 'region', message: 'El campo «region» debe ser uno de: ecuador, spain, eu, world' });
    const en = await request(t.http).get('/api/news').set('Accept-Language', 'en').query({ region: 'mars' }).expect(400);
    expect(en.body.details[0].message).toBe('The field "region" must be one of: ecuador, spain, eu, world');
    const noFeed = await request(t.http).post('/api/news/sources').set(bearer(editor)).send({ ...base, active: true }).expect(400);
    expect(noFeed.body.details[0]).toMatchObject({ field: 'feedUrl' });
    expect(noFeed.body.details[0].message).toMatch(/obligatorio para activar/);
    const made = await request(t.http).post('/api/news/sources').set(bearer(editor)).send({ ...base, feedUrl: 'https://example.org/unico.xml' }).expect(201);
    expect(made.body).toMatchObject({ active: false, keywordFilter: true, consecutiveFailures: 0, flagged: false });
    const taken = await request(t.http).post('/api/news/sources').set(bearer(editor)).send({ ...base, feedUrl: 'https://example.org/unico.xml' }).expect(400);
    expect(taken.body.details[0]).toMatchObject({ field: 'feedUrl' });
    await request(t.http).patch(`/api/news/sources/${made.body.id}`).set(bearer(editor)).send({ active: true }).expect(200);
    await request(t.http).patch('/api/news/sources/not-a-uuid').set(bearer(editor)).send({}).expect(400);
    for (const siteUrl of ['https://example.org/"><script>alert(1)</script>', 'https://example.org/a b', 'https:///example.org'])
      expect((await request(t.http).post('/api/news/sources').set(bearer(editor)).send({ ...base, siteUrl }).expect(400)).body.details[0]).toMatchObject({ field: 'siteUrl' });
  });
});

describe('ingestion', () => {
  it('reads RSS 2.0, RSS 1.0, Atom, JSON Feed and a Latin-1 feed; the second run uses conditional GET', async () => {
    const [rss2] = await onlySources({ path: F.rss2.path }, { path: F.rss1.path }, { path: F.atom.path }, { path: F.json.path }, { path: F.latin1.path }, { path: F.empty.path });
    const first = await ingest();
    expect(first).toMatchObject({ trigger: 'manual', sources: 6, fetched: 6, notModified: 0, failed: [] });
    const expected = [F.rss2, F.rss1, F.atom, F.json, F.latin1, F.empty].reduce((n, f) => n + f.items.length, 0);
    expect(first.newItems).toBe(expected);

    const items = (await sql<{ guid: string; title: string; link: string; tags: string[] }>(`select guid, title, link, tags from news_items where kind = 'feed'`));
    const byGuid = new Map(items.map((i) => [i.guid, i]));
    for (const f of [F.rss2, F.rss1, F.atom, F.json, F.latin1]) for (const i of f.items) expect(byGuid.get(i.guid)?.title).toBe(i.title);
    expect(byGuid.get(F.atom.items.find((i) => i.link === F.atom.relativeLink.resolved)!.guid)!.link).toBe(F.atom.relativeLink.resolved);
    const latin = byGuid.get(F.latin1.items[0].guid)!.title;
    for (const w of F.latin1.accentedWords.filter((word) => F.latin1.items[0].title.includes(word))) expect(latin).toContain(w);
    expect(items.some((i) => i.tags.includes('regularisation'))).toBe(true);
    expect((await source(rss2.id)).etag).toBe(F.rss2.etag);

    const second = await ingest();
    expect(second).toMatchObject({ sources: 6, newItems: 0, failed: [] });
    expect(second.notModified).toBeGreaterThanOrEqual(1);
    expect(second.fetched + second.notModified).toBe(6);
    const sent = fx.requests(F.rss2.path);
    expect(sent.at(-1)?.ifNoneMatch).toBe(F.rss2.etag);
    expect(sent.at(-1)?.userAgent).toMatch(/^PuenteNews\//);
  });

  it('records each broken source’s error without stopping the run, backs off, flags repeated failures and recovers by itself', async () => {
    const broken = [F.slow.path, F.huge.path, F.huge.declaredPath, F.malformed.path, F.bomb.path, F.htmlPage.path, F.redirects.loop.path, F.redirects.chain.path, '/status/500', '/status/404', '/status/429'];
    const sources = await onlySources(...broken.map((path) => ({ path })), { path: F.redirects.once.path }, { path: '/flaky.xml' });
    fx.set('/flaky.xml', { status: 503 });
    const report = await ingest();
    expect(report.sources).toBe(13);
    expect(report.fetched).toBe(1); // the one redirect to a good feed
    const errors = new Map<string, string>(report.failed.map((f: { sourceId: string; error: string }) => [sources.find((s) => s.id === f.sourceId) ? f.sourceId : '', f.error]));
    const errorOf = (path: string) => errors.get(sources[[...broken, F.redirects.once.path, '/flaky.xml'].indexOf(path)].id);
    expect(errorOf(F.slow.path)).toMatch(/no complete answer within 1\.5 s/);
    expect(errorOf(F.huge.path)).toMatch(/larger than 5 MB/);
    expect(errorOf(F.huge.declaredPath)).toMatch(/larger than 5 MB/);
    expect(errorOf(F.malformed.path)).toMatch(/malformed|not a feed/);
    expect(errorOf(F.bomb.path)).toMatch(/entities/);
    expect(errorOf(F.htmlPage.path)).toMatch(/HTML page/);
    expect(errorOf(F.redirects.loop.path)).toMatch(/redirects/);
    expect(errorOf(F.redirects.chain.path)).toMatch(/redirects/);
    expect(errorOf('/status/500')).toMatch(/HTTP 500/);
    expect(errorOf('/status/404')).toMatch(/HTTP 404/);
    expect(errorOf('/status/429')).toMatch(/HTTP 429/);
    expect(errorOf('/flaky.xml')).toMatch(/HTTP 503/);
    expect(report.failed).toHaveLength(12);

    const flaky = sources.at(-1)!;
    let state = await source(flaky.id);
    expect(state).toMatchObject({ consecutiveFailures: 1, flagged: false, lastError: 'HTTP 503 Service Unavailable' });
    expect(Date.parse(state.nextAttemptAt!) - Date.now()).toBeGreaterThan(170 * 60_000); // NEWS_BACKOFF_MINUTES = 180

    // While it backs off, runs leave it alone.
    const meanwhile = await ingest();
    expect(meanwhile).toMatchObject({ sources: 1, skipped: 12 });

    // Two more failures: the wait doubles each time and editors see it flagged.
    const waits: number[] = [];
    for (let i = 0; i < 2; i++) {
      await sql(`update news_sources set next_attempt_at = now() - interval '1 second' where id = ?`, [flaky.id]);
      const before = Date.now();
      await ingest();
      state = await source(flaky.id);
      waits.push(Date.parse(state.nextAttemptAt!) - before);
    }
    expect(state).toMatchObject({ consecutiveFailures: 3, flagged: true });
    expect(waits[1] / waits[0]).toBeGreaterThan(1.8);
    const list = (await request(t.http).get('/api/news/sources').set(bearer(editor)).expect(200)).body as SourceBody[];
    expect(list.find((s) => s.id === flaky.id)).toMatchObject({ flagged: true, lastError: expect.stringMatching(/HTTP 503/) });

    // The feed works again: the next attempt succeeds and the source is back to normal.
    fx.set('/flaky.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: rss2Xml({ title: 'Vuelve', link: 'https://example.org/vuelve' }, [{ guid: 'flaky-1', title: 'La oficina de extranjería amplía sus citas para renovar la residencia', link: 'https://example.org/vuelve/1', pubDate: new Date().toUTCString() }]) });
    await sql(`update news_sources set next_attempt_at = now() - interval '1 second' where id = ?`, [flaky.id]);
    const back = await ingest();
    expect(back.failed.map((f: { sourceId: string }) => f.sourceId)).not.toContain(flaky.id);
    expect(await source(flaky.id)).toMatchObject({ consecutiveFailures: 0, flagged: false, lastError: null, nextAttemptAt: null, itemCount: 1 });
  });

  it('sanitises hostile feeds: no scripts, handlers, frames, pixels or javascript: links; tracking removed from links; dates and titles kept sane', async () => {
    const [hostile] = await onlySources({ path: F.hostile.path });
    const report = await ingest();
    expect(report.failed).toEqual([]);
    const rows = await sql<{ guid: string; title: string; link: string | null; summary_html: string; published_at: Date }>(`select guid, title, link, summary_html, published_at from news_items where source_id = ?`, [hostile.id]);
    expect(rows.length).toBe(F.hostile.items.length);
    for (const r of rows) {
      expect(hostileLeftovers(r.summary_html)).toEqual([]);
      for (const bad of F.hostile.titleForbidden) expect(r.title).not.toContain(bad);
      expect(r.title.length).toBeLessThanOrEqual(300);
      expect(new Date(r.published_at).getTime()).toBeLessThanOrEqual(Date.now() + 3600_000);
    }
    const all = rows.map((r) => r.summary_html).join('\n');
    for (const s of F.hostile.survivors) expect(all).toContain(s);
    expect(all).toContain(`href="${F.hostile.inlineLink.canonical}"`);
    const tracked = F.hostile.cases.trackedLink;
    expect(rows.find((r) => r.guid === tracked.guid)!.link).toBe(tracked.canonicalLink);
    const undated = rows.find((r) => r.guid === F.hostile.cases.undated.guid)!;
    expect(Math.abs(new Date(undated.published_at).getTime() - Date.now())).toBeLessThan(120_000);
    // The public API serves the same cleaned text.
    const page = await listed({ source: hostile.id });
    for (const i of page.items) expect(hostileLeftovers(JSON.stringify(i))).toEqual([]);
  });

  it('one item per GUID or canonical link; the same story from two sources within 48 h is one cluster, "also reported by"', async () => {
    const [a] = await onlySources({ path: F.dupA.path, name: 'Diario A' });
    const first = await ingest();
    expect(first.duplicates).toBeGreaterThanOrEqual(1); // dup-a repeats one item
    const [, b] = await onlySources({ path: F.dupA.path, name: 'Diario A' }, { path: F.dupB.path, name: 'Diario B' });
    const second = await ingest();
    expect(second.failed).toEqual([]);
    expect(second.duplicates).toBeGreaterThanOrEqual(1 + F.dupA.items.length); // dup-a unchanged + the same link in dup-b

    const rows = await sql<{ guid: string; id: string; cluster_id: string; source_id: string; link: string }>(`select guid, id, cluster_id, source_id, link from news_items where source_id in (?, ?)`, [a.id, b.id]);
    const byGuid = new Map(rows.map((r) => [r.guid, r]));
    const [sa, sb] = F.clustering.sameStory.guids;
    expect(byGuid.get(sb)!.cluster_id).toBe(byGuid.get(sa)!.id);
    expect(rows.filter((r) => r.link === F.clustering.sameLink.canonical)).toHaveLength(1);
    const [da, db] = F.clustering.differentStories.guids;
    expect(byGuid.get(db)!.cluster_id).toBe(byGuid.get(db)!.id);
    expect(byGuid.get(da)!.cluster_id).toBe(byGuid.get(da)!.id);
    const [fa, fb] = F.clustering.sameTitleFarApart.guids;
    expect(byGuid.get(fb)!.cluster_id).toBe(byGuid.get(fb)!.id);
    expect(byGuid.get(fa)!.cluster_id).toBe(byGuid.get(fa)!.id);

    // Listed once, with the other outlet named.
    const page = await listed({ source: b.id });
    const story = page.items.find((i: { id: string }) => i.id === byGuid.get(sa)!.id);
    expect(story.alsoReportedBy).toEqual([expect.objectContaining({ source: 'Diario B' })]);
    expect(page.items.filter((i: { title: string }) => i.title === F.clustering.sameStory.titles[1])).toHaveLength(0);
    const detail = (await request(t.http).get(`/api/news/${story.slug}`).expect(200)).body;
    expect(detail.alsoReportedBy[0].source).toBe('Diario B');

    // Filters look at every report of a story: only the second outlet's report is about Ecuador and uses
    // this word, and the story (listed under its first report) is found by both.
    await sql(`update news_items set region = 'ecuador', tags = '{asylum}', summary_text = 'Crónica desde Guayaquil sobre los retornados.' where id = ?`, [byGuid.get(sb)!.id]);
    expect(byGuid.get(sa)!.cluster_id).toBe(byGuid.get(sa)!.id);
    for (const query of [{ region: 'ecuador' }, { tag: 'asylum' }, { q: 'guayaquil retornados' }, { region: 'ecuador', q: 'Guayaquil' }] as Record<string, string>[])
      expect((await listed(query)).items.map((i: { id: string }) => i.id)).toContain(byGuid.get(sa)!.id);
    expect((await listed({ region: 'eu', q: 'Guayaquil' })).items.map((i: { id: string }) => i.id)).not.toContain(byGuid.get(sa)!.id);
    const ecuadorFeed = parseWithRowan((await request(t.http).get('/api/news/feed.xml').query({ region: 'ecuador' }).expect(200)).text);
    expect(ecuadorFeed.items.map((i) => i.title)).toContain(F.clustering.sameStory.titles[0]);
    await sql(`update news_items set region = 'spain', tags = '{}', summary_text = '' where id = ?`, [byGuid.get(sb)!.id]);
  });

  it('a feed behind a permanent redirect: editors see where it moved, and the next read is a conditional GET to the new address', async () => {
    const [moved] = await onlySources({ path: F.redirects.once.path });
    const first = await ingest();
    expect(first).toMatchObject({ sources: 1, failed: [] });
    expect(await source(moved.id)).toMatchObject({ movedTo: fx.url(F.redirects.once.target), etag: F.rss2.etag });
    const second = await ingest();
    expect(second).toMatchObject({ sources: 1, fetched: 0, notModified: 1, failed: [] });
    expect(fx.requests(F.redirects.once.target).at(-1)?.ifNoneMatch).toBe(F.rss2.etag);
    // A new feed address forgets what was known about the old one.
    await request(t.http).patch(`/api/news/sources/${moved.id}`).set(bearer(editor)).send({ feedUrl: fx.url(`${F.redirects.once.path}?v=2`) }).expect(200);
    expect(await source(moved.id)).toMatchObject({ movedTo: null, etag: null });
  });

  it('a failed source’s pause counts from the start of its run, so a 3-hour pause meets the next 3-hourly run', async () => {
    const [down] = await onlySources({ path: '/down-for-a-while.xml' });
    fx.set('/down-for-a-while.xml', { status: 500 });
    const report = await ingest();
    expect(report.failed).toHaveLength(1);
    expect(Date.parse((await source(down.id)).nextAttemptAt!) - Date.parse(report.startedAt)).toBe(180 * 60_000);
    // The next scheduled run starts a little before the pause ends (the last one took some minutes): it reads the source.
    await sql(`update news_sources set next_attempt_at = now() + interval '5 minutes' where id = ?`, [down.id]);
    expect(await ingest()).toMatchObject({ sources: 1, skipped: 0 });
    await sql(`update news_sources set next_attempt_at = now() + interval '1 hour' where id = ?`, [down.id]);
    expect(await ingest()).toMatchObject({ sources: 0, skipped: 1 });
  });

  it('stores entries with control characters or enormous GUIDs without spoiling the others; a permalink GUID is the link', async () => {
    const [odd] = await onlySources({ path: '/odd-guids.xml' });
    const long = `https://example.org/n/${'x'.repeat(3000)}`;
    const when = new Date().toUTCString();
    const item = (guid: string, title: string, link?: string, permaLink = false) =>
      `<item><title>${title}</title>${link ? `<link>${link}</link>` : ''}<guid${permaLink ? '' : ' isPermaLink="false"'}>${guid}</guid><pubDate>${when}</pubDate></item>`;
    fx.set('/odd-guids.xml', {
      headers: { 'Content-Type': 'application/rss+xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Rara</title><link>https://example.org/</link><description>d</description>
        ${item('odd\u0000guid\u0007-1', 'Primera noticia sobre los visados de estudiante en España', 'https://example.org/odd/1')}
        ${item(long, 'Segunda noticia sobre el arraigo familiar y las renovaciones', 'https://example.org/odd/2')}
        ${item('https://example.org/odd/3?utm_source=rss', 'Tercera noticia sobre las remesas enviadas a Ecuador', undefined, true)}
      </channel></rss>`,
    });
    const report = await ingest();
    expect(report).toMatchObject({ newItems: 3, failed: [] });
    const rows = await sql<{ guid: string; link: string | null }>(`select guid, link from news_items where source_id = ? order by title`, [odd.id]);
    expect(rows).toEqual([
      { guid: 'oddguid-1', link: 'https://example.org/odd/1' },
      { guid: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), link: 'https://example.org/odd/2' },
      { guid: 'https://example.org/odd/3?utm_source=rss', link: 'https://example.org/odd/3' },
    ]);
    expect(await ingest()).toMatchObject({ newItems: 0, duplicates: 3 });
  });

  it('keeps only items about migration from a sitewide feed', async () => {
    const [mixed] = await onlySources({ path: F.mixedTopics.path, keywordFilter: true });
    const report = await ingest();
    expect(report).toMatchObject({ newItems: F.mixedTopics.onTopicGuids.length, filtered: F.mixedTopics.offTopicGuids.length, failed: [] });
    const guids = (await sql<{ guid: string }>(`select guid from news_items where source_id = ?`, [mixed.id])).map((r) => r.guid).sort();
    expect(guids).toEqual([...F.mixedTopics.onTopicGuids].sort());
  });

  it('two runs started at once: one does the work, the other is told one is running; a scheduled slot runs once', async () => {
    await onlySources({ path: F.slow.path });
    const [x, y] = await Promise.all([request(t.http).post('/api/news/ingest').set(bearer(editor)), request(t.http).post('/api/news/ingest').set(bearer(editor2)).set('Accept-Language', 'en')]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const refused = x.status === 409 ? x : y;
    expect(refused.body.message).toMatch(/being read right now|Ya se están leyendo/);

    await sql(`update news_sources set active = false`);
    const service = t.app.get(NewsIngestService);
    const slot = '2026-12-01T03:00:00.000Z';
    const results = await Promise.all([service.run('schedule', { slot }), service.run('schedule', { slot })]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await service.run('schedule', { slot })).toBeNull();
    expect(await sql(`select id from news_ingest_runs where slot = ?`, [slot])).toHaveLength(1);
  });

  it('refuses feeds on private or local addresses unless NEWS_ALLOW_PRIVATE_HOSTS is set', async () => {
    const strict = await startTestApp({ NEWS_ALLOW_PRIVATE_HOSTS: 'false' });
    try {
      await onlySources({ path: F.rss2.path });
      const report = await strict.app.get(NewsIngestService).run('manual');
      expect(report!.failed).toEqual([expect.objectContaining({ error: expect.stringMatching(/127\.0\.0\.1 is a private or local address/) })]);
    } finally {
      await strict.close();
    }
  });

  it('shutting down stops the reads in flight, records the run, and does not count it against the sources', async () => {
    const [stalled] = await onlySources({ path: F.slow.path });
    const before = await source(stalled.id);
    const other = await startTestApp({ NEWS_FETCH_TIMEOUT_MS: '60000' });
    let running: Promise<unknown> | undefined;
    try {
      running = other.app.get(NewsIngestService).run('manual');
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await other.close(); // waits for the run: the 60-second timeout is not what ends it
    }
    const report = (await running) as { runId: string; failed: { error: string }[] };
    expect(report.failed).toEqual([expect.objectContaining({ error: 'stopped: the server is shutting down' })]);
    expect(await sql(`select 1 from news_ingest_runs where id = ? and finished_at is not null`, [report.runId])).toHaveLength(1);
    expect(await source(stalled.id)).toMatchObject({ consecutiveFailures: before.consecutiveFailures, nextAttemptAt: before.nextAttemptAt });
  });
});

describe('the schedule', () => {
  it('registers NEWS_CRON (every 3 hours by default) and refuses a malformed one at start', async () => {
    expect(loadConfig({}).newsCron).toBe('0 */3 * * *');
    expect(loadConfig({ NEWS_CRON: 'off' }).newsCron).toBeNull();
    expect(() => loadConfig({ NEWS_CRON: 'every three hours' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEWS_CRON: 'every three hours' })).toThrow(/NEWS_CRON/);
    const scheduled = await startTestApp({ NEWS_CRON: '15 */3 * * *' });
    try {
      const job = scheduled.app.get(SchedulerRegistry).getCronJob('news-ingest');
      expect(job.cronTime.source).toBe('15 */3 * * *');
      expect(job.isActive).toBe(true);
    } finally {
      await scheduled.close();
    }
    expect(() => t.app.get(SchedulerRegistry).getCronJob('news-ingest')).toThrow(); // NEWS_CRON=off in the other apps
  });
});

const EDITORIAL = {
  title: 'Qué cambia con el nuevo Reglamento de extranjería',
  summary: 'Resumen de los cambios que más afectan a las familias ecuatorianas.',
  body: '## Lo esencial\n\nEl texto explica los cambios.\n\n- Un punto\n- Otro punto\n\n<script>alert(1)</script>',
  region: 'spain',
  tags: ['residence', 'regularisation'],
  citations: [{ text: 'Real Decreto 1155/2024 (BOE)', url: 'https://www.boe.es/eli/es/rd/2024/11/19/1155' }],
};

describe('editorial items', () => {
  it('draft → in review → published only by a second editor; corrections are appended, not edits', async () => {
    const made = await request(t.http).post('/api/news/editorial').set(bearer(editor)).send(EDITORIAL).expect(201);
    const id = made.body.id as string;
    expect(made.body).toMatchObject({ status: 'draft', authorName: 'Editora Uno', canVerify: false, publishedAt: null });
    await request(t.http).get(`/api/news/${made.body.slug}`).expect(404);

    await request(t.http).post(`/api/news/editorial/${id}/verify`).set(bearer(editor2)).expect(409); // still a draft
    await request(t.http).post(`/api/news/editorial/${id}/submit`).set(bearer(editor)).expect(200);
    const own = await request(t.http).post(`/api/news/editorial/${id}/verify`).set(bearer(editor)).expect(403);
    expect(own.body.message).toMatch(/Otra persona editora/);

    // An edit during review sends the item back to draft (the verifier verifies the text they read), and
    // whoever edited it last cannot verify it: someone else must.
    const edited = await request(t.http).patch(`/api/news/editorial/${id}`).set(bearer(editor2)).send({ summary: 'Resumen de los cambios que más afectan a las familias ecuatorianas en España.' }).expect(200);
    expect(edited.body).toMatchObject({ status: 'draft', submittedAt: null });
    await request(t.http).post(`/api/news/editorial/${id}/verify`).set(bearer(learner)).expect(403);
    await request(t.http).post(`/api/news/editorial/${id}/submit`).set(bearer(editor)).expect(200);
    await request(t.http).post(`/api/news/editorial/${id}/verify`).set(bearer(editor2)).expect(403);
    const sentBack = await request(t.http).post(`/api/news/editorial/${id}/return`).set(bearer(editor2)).send({ note: 'Añade la fecha de entrada en vigor.' }).expect(200);
    expect(sentBack.body).toMatchObject({ status: 'draft', reviewNote: 'Añade la fecha de entrada en vigor.' });
    await request(t.http).patch(`/api/news/editorial/${id}`).set(bearer(editor)).send({ body: `${EDITORIAL.body}\n\nEn vigor desde el 20 de mayo de 2025.` }).expect(200);
    await request(t.http).post(`/api/news/editorial/${id}/submit`).set(bearer(editor)).expect(200);
    const verified = await request(t.http).post(`/api/news/editorial/${id}/verify`).set(bearer(editor2)).expect(200);
    expect(verified.body).toMatchObject({ status: 'published', verified: { name: 'Editor Dos' } });

    const pub = (await request(t.http).get(`/api/news/${made.body.slug}`).expect(200)).body;
    expect(pub).toMatchObject({ kind: 'editorial', source: null, authorName: 'Editora Uno', verified: { name: 'Editor Dos' }, citations: EDITORIAL.citations });
    expect(pub.bodyHtml).toContain('<h3>Lo esencial</h3>');
    expect(pub.bodyHtml).not.toContain('<script');
    expect((await listed({ q: 'reglamento extranjeria' })).items.map((i: { id: string }) => i.id)).toContain(id);

    const locked = await request(t.http).patch(`/api/news/editorial/${id}`).set(bearer(editor)).send({ title: 'Otro título para la noticia' }).expect(409);
    expect(locked.body.message).toMatch(/corrección/);
    await request(t.http).post(`/api/news/editorial/${id}/corrections`).set(bearer(editor)).send({ body: 'Corregimos la fecha: el Reglamento entró en vigor el 20 de mayo de 2025.' }).expect(201);
    const corrected = (await request(t.http).get(`/api/news/${made.body.slug}`).expect(200)).body;
    expect(corrected.corrections).toEqual([expect.objectContaining({ body: expect.stringMatching(/^Corregimos la fecha/) })]);
    expect(corrected.title).toBe(EDITORIAL.title);
  });

  it('refuses items without sources, unknown topics and bad links, naming the field', async () => {
    const none = await request(t.http).post('/api/news/editorial').set(bearer(editor)).send({ ...EDITORIAL, citations: [] }).expect(400);
    expect(none.body.details[0]).toMatchObject({ field: 'citations' });
    const tag = await request(t.http).post('/api/news/editorial').set(bearer(editor)).set('Accept-Language', 'en').send({ ...EDITORIAL, tags: ['football'] }).expect(400);
    expect(tag.body.details[0].field).toMatch(/^tags/);
    for (const url of ['javascript:alert(1)', '//evil.example/arraigo', '/\\evil.example', 'https://example.org/"onmouseover="x'])
      expect((await request(t.http).post('/api/news/editorial').set(bearer(editor)).send({ ...EDITORIAL, citations: [{ text: 'Algo', url }] }).expect(400)).body.details[0].field).toMatch(/^citations/);
    await request(t.http).post('/api/news/editorial').set(bearer(editor)).send({ ...EDITORIAL, citations: [{ text: 'Guía de Puente', url: '/comparativa/arraigo' }] }).expect(201);
  });
});

describe('public news and our own feeds', () => {
  it('filters by region, topic and source, searches in Spanish without accents, pages, and refuses bad filters', async () => {
    const [ec] = await onlySources({ path: F.rss1.path, region: 'ecuador', name: 'Fuente de Ecuador' });
    await sql(`update news_sources set region = 'ecuador' where id = ?`, [ec.id]);
    await sql(`update news_items set region = 'ecuador' where source_id = ?`, [ec.id]);
    const ecuador = await listed({ region: 'ecuador' });
    expect(ecuador.items.length).toBeGreaterThan(0);
    expect(ecuador.items.every((i: { region: string }) => i.region === 'ecuador')).toBe(true);
    expect(ecuador.lastUpdatedAt).not.toBeNull();
    const tagged = await listed({ tag: 'regularisation' });
    expect(tagged.items.length).toBeGreaterThan(0);
    expect(tagged.items.every((i: { tags: string[] }) => i.tags.includes('regularisation'))).toBe(true);
    const accentless = await listed({ q: 'regularizacion' });
    expect(accentless.items.length).toBeGreaterThan(0);
    expect(accentless.items.every((i: { title: string; summaryHtml: string }) => /regulariz/i.test(i.title + i.summaryHtml))).toBe(true);
    const all = await listed();
    const dates = all.items.map((i: { publishedAt: string }) => Date.parse(i.publishedAt));
    expect(dates).toEqual([...dates].sort((p, q) => q - p));
    expect(all.pageSize).toBe(20);
    if (all.hasMore) expect((await listed({ page: '2' })).items[0].id).not.toBe(all.items[0].id);
    const bad = await request(t.http).get('/api/news').query({ region: 'mars', page: '0' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['page', 'region']);
    const missing = await request(t.http).get('/api/news/no-existe-esta-noticia').expect(404);
    expect(missing.body.message).toBe('No existe esa noticia.');
    const publicSources = (await request(t.http).get('/api/news/sources/public').expect(200)).body;
    expect(publicSources[0]).not.toHaveProperty('lastError');
    expect(publicSources[0]).not.toHaveProperty('feedUrl');
  });

  it('RSS 2.0, Atom and JSON Feed, read back by real feed parsers, with a region filter', async () => {
    const latest = await listed();
    const rss = await request(t.http).get('/api/news/feed.xml').expect(200);
    expect(rss.headers['content-type']).toMatch(/application\/rss\+xml/);
    // Titles are written tight against their CDATA sections: no padding reaches readers.
    expect(rss.text).not.toMatch(/<title>\s+<!\[CDATA/);
    const rssFeed = parseWithRowan(rss.text);
    expect(rssFeed.items.length).toBeGreaterThanOrEqual(latest.items.length);
    expect(rssFeed.items.slice(0, 5).map((i) => i.title)).toEqual(latest.items.slice(0, 5).map((i: { title: string }) => i.title));
    const atom = await request(t.http).get('/api/news/feed.atom').expect(200);
    expect(atom.headers['content-type']).toMatch(/application\/atom\+xml/);
    const atomFeed = parseWithRowan(atom.text);
    expect(atomFeed.items[0].title).toBe(latest.items[0].title);
    expect(atomFeed.items[0].url).toBeTruthy();
    const json = await request(t.http).get('/api/news/feed.json').expect(200);
    expect(json.headers['content-type']).toMatch(/application\/feed\+json/);
    const jsonFeed = parseJsonFeed(JSON.parse(json.text));
    expect(jsonFeed.items?.[0].title).toBe(latest.items[0].title);
    const ecuador = parseWithRowan((await request(t.http).get('/api/news/feed.xml').query({ region: 'ecuador' }).expect(200)).text);
    const ecuadorTitles = (await listed({ region: 'ecuador' })).items.map((i: { title: string }) => i.title);
    expect(ecuador.items.map((i) => i.title).slice(0, ecuadorTitles.length)).toEqual(ecuadorTitles);
    await request(t.http).get('/api/news/feed.xml').query({ region: 'mars' }).expect(400);
  });
});
