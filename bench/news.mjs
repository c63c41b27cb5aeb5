// News figures for bench/run.mjs: ingesting 100 feeds of 50 items from a local server through the app
// (POST /api/news/ingest: fetch, parse, sanitise, tag, de-duplicate, cluster, store) against a bare loop
// that only fetches and parses the same feeds with the same parser and concurrency; then Spanish search
// over 100,000 items, p95 of sequential queries.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);

// Words from which feed titles are built: every title is about migration (no item is filtered out) and
// titles differ enough that stories do not cluster by accident.
const SUBJECTS = ['El Gobierno', 'La Cancillería', 'El consulado en Madrid', 'Una asociación de migrantes', 'El Defensor del Pueblo', 'La Comisión Europea', 'Un juzgado de Murcia', 'La oficina de extranjería', 'Un grupo de familias', 'El Parlamento'];
const VERBS = ['anuncia', 'revisa', 'amplía', 'denuncia', 'aprueba', 'estudia', 'publica', 'retrasa', 'explica', 'pide'];
const OBJECTS = ['la regularización extraordinaria', 'las citas para renovar la residencia', 'los visados de estudiante', 'el envío de remesas', 'la reagrupación familiar', 'el retorno voluntario', 'la homologación de títulos', 'los permisos de trabajo', 'la protección internacional', 'la doble nacionalidad'];
const PLACES = ['en Valencia', 'en Quito', 'en Barcelona', 'en Guayaquil', 'en Bruselas', 'en Sevilla', 'en Cuenca', 'en Bilbao', 'en Loja', 'en Zaragoza'];

function feedXml(f, items) {
  const now = Date.now();
  const entries = Array.from({ length: items }, (_, i) => {
    const n = f * items + i;
    const title = `${SUBJECTS[n % 10]} ${VERBS[Math.floor(n / 10) % 10]} ${OBJECTS[Math.floor(n / 100) % 10]} ${PLACES[Math.floor(n / 1000) % 10]} (${n})`;
    const date = new Date(now - n * 60_000).toUTCString();
    return `<item><title>${title}</title><link>https://example.org/medida/${f}/${i}?utm_source=rss</link><guid>medida-${f}-${i}</guid><pubDate>${date}</pubDate>
<description><![CDATA[<p>${title}. Un párrafo de resumen con <a href="https://example.org/x?utm_medium=feed">un enlace</a> y <strong>texto</strong>.</p><img src="https://tracker.example.net/p.gif" width="1" height="1"><script>x()</script>]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Medida ${f}</title><link>https://example.org/medida/${f}</link><description>Feed de medida</description>${entries.join('\n')}</channel></rss>`;
}

async function feedServer(feeds, items) {
  const bodies = Array.from({ length: feeds }, (_, f) => Buffer.from(feedXml(f, items)));
  const server = createServer((req, res) => {
    const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
    const body = m ? bodies[Number(m[1])] : undefined;
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { urls: bodies.map((_, f) => `${base}/feed/${f}.xml`), bytes: bodies.reduce((n, b) => n + b.length, 0), close: () => new Promise((ok) => server.close(ok)) };
}

/** The bare side: fetch and parse every feed with the app's parser and concurrency, nothing else. */
async function bareFetchParse(urls) {
  const { parseFeed } = require('feedsmith');
  let next = 0;
  let items = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < urls.length) {
        const res = await fetch(urls[next++]);
        const parsed = parseFeed(await res.text());
        items += parsed.feed.items.length;
      }
    }),
  );
  return { ms: performance.now() - t0, items };
}

/**
 * Ingestion of `feeds` × `items` through the app (editor token given), against the bare loop run before
 * and after (mean). The sources are made straight in the database, active, without keyword filtering.
 */
export async function benchIngest({ appBase, databaseUrl, token, feeds = 100, items = 50 }) {
  const server = await feedServer(feeds, items);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`update news_sources set active = false`);
    await db.query(
      `insert into news_sources (id, name, feed_url, site_url, region, language, tier, active, keyword_filter)
         select gen_random_uuid(), 'Medida ' || i, u, 'https://example.org', 'spain', 'es', 'established_media', true, false from unnest($1::text[]) with ordinality as x(u, i)`,
      [server.urls],
    );
    await bareFetchParse(server.urls.slice(0, 10)); // warm-up
    const before = await bareFetchParse(server.urls);
    const t0 = performance.now();
    const res = await fetch(`${appBase}/api/news/ingest`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const report = await res.json();
    const appMs = performance.now() - t0;
    if (!res.ok) throw new Error(`ingest: ${res.status} ${JSON.stringify(report)}`);
    if (report.newItems !== feeds * items || report.failed.length) throw new Error(`ingest stored ${report.newItems} of ${feeds * items}: ${JSON.stringify(report.failed.slice(0, 3))}`);
    const after = await bareFetchParse(server.urls);
    const bareMs = (before.ms + after.ms) / 2;
    return { feeds, items: feeds * items, bytes: server.bytes, appMs, bareMs, ratio: bareMs / appMs, newItems: report.newItems };
  } finally {
    await db.end();
    await server.close();
  }
}

const SEARCHES = ['regularización', 'regularizacion extraordinaria', 'remesas', 'visado estudiante', 'reagrupación familiar', 'retorno voluntario', 'consulado Madrid', 'permisos de trabajo', 'nacionalidad', 'homologación títulos', 'protección internacional', 'citas residencia', 'Guayaquil', 'Bruselas comisión', 'defensor pueblo'];

/**
 * Fills the news to `total` published items (straight in SQL, titles and summaries built from the same
 * vocabulary), then times `queries` searches one after another through GET /api/news?q= and the same SQL
 * query run bare on pg. Returns p50/p95 for both.
 */
export async function benchSearch({ appBase, databaseUrl, total = 100_000, queries = 200 }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`select count(*)::int as n from news_items`);
    const missing = Math.max(0, total - rows[0].n);
    const { rows: src } = await db.query(`select id from news_sources where active limit 1`);
    const t0 = performance.now();
    if (missing) {
      await db.query(
        `insert into news_items (id, slug, kind, source_id, guid, link, title, summary_html, summary_text, published_at, region, language, tags, title_tokens, cluster_id, status)
           select id, 'busqueda-' || i, 'feed', $2::uuid, 'busqueda-' || i, 'https://example.org/busqueda/' || i, title, '<p>' || title || '</p>', title || '. ' || $7, now() - make_interval(mins => i), (array['ecuador','spain','eu','world'])[1 + i % 4]::news_region, 'es', '{}', '{}', id, 'published'
             from (select gen_random_uuid() as id, i,
                          ($3::text[])[1 + i % 10] || ' ' || ($4::text[])[1 + (i / 10) % 10] || ' ' || ($5::text[])[1 + (i / 100) % 10] || ' ' || ($6::text[])[1 + (i / 1000) % 10] || ' (' || i || ')' as title
                     from generate_series(1, $1) i) x`,
        [missing, src[0].id, SUBJECTS, VERBS, OBJECTS, PLACES, 'Resumen de la noticia con más detalles sobre el trámite, los plazos y los documentos que se piden.'],
      );
      await db.query('analyze news_items');
    }
    const fillMs = performance.now() - t0;
    const app = [];
    const bare = [];
    for (let i = 0; i < queries; i++) {
      const q = SEARCHES[i % SEARCHES.length];
      let s = performance.now();
      const res = await fetch(`${appBase}/api/news?q=${encodeURIComponent(q)}`);
      if (!res.ok) throw new Error(`search ${q}: ${res.status}`);
      await res.json();
      app.push(performance.now() - s);
      s = performance.now();
      await db.query(
        `select i.id, i.slug, i.title, i.summary_html, i.published_at from news_items i
          where i.status = 'published' and i.id = i.cluster_id and i.search @@ websearch_to_tsquery('puente_es', $1)
          order by i.published_at desc, i.id limit 21`,
        [q],
      );
      bare.push(performance.now() - s);
    }
    const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
    return { items: total, queries, fillMs, appP50: pct(app, 50), appP95: pct(app, 95), bareP50: pct(bare, 50), bareP95: pct(bare, 95) };
  } finally {
    await db.end();
  }
}
