#!/usr/bin/env node
// `npm run bench`: each figure is the app's throughput as a ratio to a bare baseline measured in the same
// run, on the same machine and database — never an absolute time alone. Then certificates for a class:
// issuing them all through the API, and rendering their PDFs against bare pdfkit writing the same page. And the
// class chat's fan-out: 200 WebSocket clients in one room against a bare ws broadcast server (bench/chat.mjs).
// Prints tables and JSON, and writes bench/results/latest.json.
//
// BENCH_ONLY=chat (or a comma-separated list of http, news, legal, certificates, deliveries, chat) runs only
// those figures, with the fixtures they need, and writes bench/results/only-<list>.json instead of latest.json.
import autocannon from 'autocannon';
import { fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensureBuilt, root } from '../scripts/lib/build.mjs';
import { certificateInputs, completedClass, issueForClass, renderCertificates } from './certificates.mjs';
import { benchChat } from './chat.mjs';
import { benchDeliveries } from './deliveries.mjs';
import { forumFixture } from './forum.mjs';
import { benchIngest, benchSearch } from './news.mjs';
import { pageWeight } from './legal.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const CLASS_SIZE = Number(process.env.BENCH_CERTIFICATES ?? 500);
// PDFs rendered (by each side) out of the class: all of them take a minute, this many give the same mean.
const RENDERS = Number(process.env.BENCH_CERTIFICATE_RENDERS ?? 200);
// Brief deliveries to officials through a loopback SMTP server, against bare pooled nodemailer (issue 5: ≥ 0.8×).
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 2000);
const DELIVERY_TARGET = 0.8;
// News (issue 6): feeds × items ingested through the app, and the items searched.
const NEWS_FEEDS = Number(process.env.BENCH_NEWS_FEEDS ?? 100);
const NEWS_ITEMS = Number(process.env.BENCH_NEWS_ITEMS ?? 50);
const SEARCH_ITEMS = Number(process.env.BENCH_SEARCH_ITEMS ?? 100_000);
// Forum (issue 7): questions in the database behind the list and search figures.
const FORUM_QUESTIONS = Number(process.env.BENCH_FORUM_QUESTIONS ?? 20_000);
// Law comparison (issue 8): a topic page, HTML with its CSS and JS on the wire, must stay within 50 kB.
const LEGAL_TOPIC = 'regularizacion-y-arraigo';
const PAGE_TARGET_BYTES = 50 * 1024;
// The issue's targets for certificates: rendering at least 0.8× as fast as bare pdfkit, under 30 ms each.
const TARGET_RATIO = 0.8;
const TARGET_MS = 30;
// Class chat (issue 9): clients connected to one class's room (the trainer and CHAT_CLIENTS - 1 learners), and
// messages sent through it by CHAT_SENDERS of them, each with at most CHAT_WINDOW sent and not yet acked.
// The app lets a member post at most 20 messages in 10 seconds (CHAT_BURST in
// backend/src/modules/chat/chat.service.ts; no setting changes it, and the bench changes nothing), so the
// messages are spread over enough senders that none sends more than 20: 50 for 1,000, each with at most 2
// unacked, 100 in flight in all. The bare server gets exactly the same senders and windows.
const CHAT_CLIENTS = Number(process.env.BENCH_CHAT_CLIENTS ?? 200);
const CHAT_MESSAGES = Number(process.env.BENCH_CHAT_MESSAGES ?? 1000);
const CHAT_SENDERS = Number(process.env.BENCH_CHAT_SENDERS ?? Math.ceil(CHAT_MESSAGES / 20));
const CHAT_WINDOW = Number(process.env.BENCH_CHAT_WINDOW ?? Math.max(1, Math.round(100 / CHAT_SENDERS)));
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : undefined;
const only = (name) => !ONLY || ONLY.includes(name);
const require = createRequire(import.meta.url);

ensureBuilt(['backend', 'frontend']);
const { startEmbeddedPostgres, freePort } = require(join(root, 'backend', 'dist', 'database', 'embedded-postgres.js'));

async function freshDatabase() {
  let adminUrl = process.env.DATABASE_URL;
  let embedded;
  let dir;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'puente-bench-'));
    chmodSync(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres') });
    adminUrl = embedded.url('postgres');
  }
  const name = `puente_bench_${process.pid}`;
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`drop database if exists ${name}`);
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const d = new pg.Client({ connectionString: adminUrl });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
      if (embedded) await embedded.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

let rosterClassId = '';

/**
 * A trainer (returns their token) with a class of `size` learners who have done part of the work: lessons,
 * quiz attempts, submissions and attendance, so that every aggregate of the roster has rows to gather.
 */
async function rosterFixture(appBase, url, size) {
  const email = 'trainer.bench@example.org';
  const password = 'bench-password-123';
  const post = (path, body, token) =>
    fetch(`${appBase}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  await post('/api/auth/register', { email, password, displayName: 'Formadora bench', locale: 'es' });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`update users set roles = '{learner,trainer}', email_verified_at = now() where email = $1`, [email]);
    const { token } = await (await post('/api/auth/login', { email, password })).json();
    const cls = await (await post('/api/classes', { courseSlug: 'plan-de-negocio', title: 'Clase de medida', startsOn: '2026-01-01', endsOn: '2027-12-31', timezone: 'Europe/Madrid', capacity: size, mode: 'online', enrolmentOpen: true }, token)).json();
    rosterClassId = cls.id;
    const session = await (await post(`/api/classes/${cls.id}/sessions`, { startsAt: '2026-02-01T17:00:00Z', durationMinutes: 60, topic: 'Sesión pasada' }, token)).json();
    await c.query(
      `insert into users (id, email, display_name, email_verified_at)
         select gen_random_uuid(), 'bench.learner.' || i || '@example.org', 'Aprendiz ' || lpad(i::text, 3, '0'), now() from generate_series(1, $1) i`,
      [size],
    );
    await c.query(
      `insert into enrolments (id, class_id, user_id, status, queued_at, activated_at)
         select gen_random_uuid(), $1, id, 'active', now(), now() from users where email like 'bench.learner.%'`,
      [cls.id],
    );
    await c.query(
      `insert into lesson_progress (id, enrolment_id, lesson_id)
         select gen_random_uuid(), e.id, l.id from enrolments e join course_lessons l on l.course_id = (select course_id from classes where id = $1) and l.position <= 3 where e.class_id = $1`,
      [cls.id],
    );
    await c.query(
      `insert into quiz_attempts (id, enrolment_id, quiz_id, number, answers, correct_count, question_count, score, passed)
         select gen_random_uuid(), e.id, q.id, 1, '{}'::jsonb, 6, 10, 60, false from enrolments e join course_quizzes q on q.course_id = (select course_id from classes where id = $1) where e.class_id = $1`,
      [cls.id],
    );
    await c.query(
      `insert into submissions (id, enrolment_id, assignment_id, text, status, submitted_at)
         select gen_random_uuid(), e.id, a.id, 'Mi plan en una página.', 'pending', now() from enrolments e join course_assignments a on a.course_id = (select course_id from classes where id = $1) where e.class_id = $1`,
      [cls.id],
    );
    await c.query(`insert into attendance (id, session_id, enrolment_id) select gen_random_uuid(), $1, id from enrolments where class_id = $2`, [session.id, cls.id]);
    return token;
  } finally {
    await c.end();
  }
}

async function waitHealthy(base) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} never became healthy`);
}

function load(url, headers) {
  return new Promise((ok, fail) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (err, r) => (err ? fail(err) : ok(r)));
  });
}

const db = await freshDatabase();
const appPort = await freePort();
const basePort = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'puente-bench-data-'));
const app = spawn(process.execPath, [join(root, 'backend', 'dist', 'main.js')], {
  // No SMTP_URL, whatever the shell has: any mail would go to DATA_DIR/outbox, never to anyone.
  env: { ...process.env, DATABASE_URL: db.url, PORT: String(appPort), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '100000000', AUTH_RATE_LIMIT_PER_MINUTE: '100000000', NODE_ENV: 'production', SMTP_URL: '', NEWS_CRON: 'off', NEWS_ALLOW_PRIVATE_HOSTS: 'true' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const baseline = fork(join(root, 'bench', 'baseline.mjs'), { env: { ...process.env, DATABASE_URL: db.url, PORT: String(basePort) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const results = [];
let issue;
let render;
let deliveries;
let ingest;
let search;
let legalPage;
let chat;
let stopping;
/** Stops the app and the baseline server (once), waiting for them to exit. */
function stopServers() {
  stopping ??= Promise.all(
    [app, baseline].map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
          child.once('exit', () => {
            clearTimeout(force);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  return stopping;
}
try {
  const appBase = `http://127.0.0.1:${appPort}`;
  await waitHealthy(appBase);
  await waitHealthy(`http://127.0.0.1:${basePort}`);
  const email = 'bench@example.org';
  const password = 'bench-password-123';
  await fetch(`${appBase}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password, displayName: 'Bench', locale: 'es' }) });
  const login = await (await fetch(`${appBase}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })).json();
  const auth = { authorization: `Bearer ${login.token}` };
  {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query(`update users set roles = '{learner,editor}' where email = $1`, [email]);
    await c.end();
  }
  // News first: the ingestion figure, which also gives GET /api/news its items.
  if (only('http') || only('news')) ingest = await benchIngest({ appBase, databaseUrl: db.url, token: login.token, feeds: NEWS_FEEDS, items: NEWS_ITEMS });
  const forum = only('http') ? await forumFixture({ databaseUrl: db.url, email, count: FORUM_QUESTIONS }) : undefined;
  const trainerToken = await rosterFixture(appBase, db.url, 200);
  const trainerAuth = { authorization: `Bearer ${trainerToken}` };

  const figures = [
    { name: 'GET /api/health', path: '/api/health', headers: {} },
    { name: 'GET /api/auth/me', path: '/api/auth/me', headers: auth },
    { name: 'GET /api/courses', path: '/api/courses', headers: {} },
    { name: 'GET roster (200)', path: `/api/classes/${rosterClassId}/roster`, headers: trainerAuth },
    { name: 'GET /api/news', path: '/api/news', headers: {} },
    { name: 'GET forum questions', path: '/api/forum/questions', headers: {} },
    { name: 'GET forum search', path: `/api/forum/questions?q=${encodeURIComponent(forum?.query)}`, headers: {} },
    { name: 'GET legal topic', path: `/api/legal/topics/${LEGAL_TOPIC}`, headers: {}, group: 'legal' },
  ];
  // Each figure runs with the http group; the law comparison's also with BENCH_ONLY=legal.
  for (const f of figures.filter((x) => only('http') || (x.group && only(x.group)))) {
    // Warm both up, then measure the baseline and the app back to back.
    await load(`http://127.0.0.1:${basePort}${f.path}`, f.headers).catch(() => undefined);
    const b = await load(`http://127.0.0.1:${basePort}${f.path}`, f.headers);
    const a = await load(`${appBase}${f.path}`, f.headers);
    const bad = a.non2xx + a.errors + b.non2xx + b.errors;
    results.push({
      figure: f.name,
      baselineRps: Math.round(b.requests.average),
      appRps: Math.round(a.requests.average),
      ratio: Number((a.requests.average / b.requests.average).toFixed(3)),
      appP99Ms: a.latency.p99,
      baselineP99Ms: b.latency.p99,
      errorsOrNon2xx: bad,
    });
  }

  // Class chat fan-out (issue 9): a class of its own with the roster's trainer (rosterFixture's account), its
  // learners signed in through the API; the app against a bare ws broadcast server (bench/chat.mjs).
  if (only('chat')) {
    chat = await benchChat({ root, appBase, databaseUrl: db.url, trainerToken, trainerEmail: 'trainer.bench@example.org', password: 'bench-password-123', clients: CHAT_CLIENTS, messages: CHAT_MESSAGES, senders: CHAT_SENDERS, window: CHAT_WINDOW });
  }

  if (only('legal')) legalPage = await pageWeight(appBase, `/leyes/${LEGAL_TOPIC}`);
  // Search over SEARCH_ITEMS items (added straight in SQL), after the list figure so it reads the feeds' items.
  if (only('news')) search = await benchSearch({ appBase, databaseUrl: db.url, total: SEARCH_ITEMS });

  // Certificates last: they add 500 learners and their certificates to the database the figures above read.
  let inputs;
  if (only('certificates')) {
    const certificateClass = await completedClass(appBase, db.url, trainerToken, CLASS_SIZE);
    issue = await issueForClass(appBase, db.url, certificateClass, trainerToken, dataDir);
    inputs = await certificateInputs(db.url, certificateClass);
  }
  // Rendering with both servers stopped, so nothing of the bench runs alongside it.
  await stopServers();
  if (only('certificates')) render = await renderCertificates(root, inputs, RENDERS);
  // Deliveries last, with an app of their own that mails a loopback SMTP server.
  if (only('deliveries')) deliveries = await benchDeliveries({ root, databaseUrl: db.url, port: await freePort(), count: DELIVERIES });
} finally {
  await stopServers();
  await db.drop();
  rmSync(dataDir, { recursive: true, force: true });
}

const meta = { date: new Date().toISOString(), node: process.version, connections: CONNECTIONS, durationSeconds: DURATION, baseline: 'node:http + pg, same JSON from the same query' };
const ms = (n) => Number(n.toFixed(2));
const yes = (ok) => (ok ? 'yes' : 'NO');
let certificates;
let delivery;
let news;
let legal;
if (results.length) {
  console.log(`\nPuente bench — ${CONNECTIONS} connections, ${DURATION} s each, ratio = app / bare baseline (higher is better, 1.0 = as fast as the baseline)\n`);
  console.log(['figure'.padEnd(22), 'baseline req/s'.padStart(15), 'app req/s'.padStart(11), 'ratio'.padStart(7), 'app p99 ms'.padStart(11), 'errors'.padStart(7)].join(' '));
  for (const r of results) {
    console.log([r.figure.padEnd(22), String(r.baselineRps).padStart(15), String(r.appRps).padStart(11), r.ratio.toFixed(2).padStart(7), String(r.appP99Ms).padStart(11), String(r.errorsOrNon2xx).padStart(7)].join(' '));
  }
}
if (only('certificates')) {
  const renderRatio = render.bareMsPerCertificate / render.appMsPerCertificate;
  certificates = [
    {
      figure: `PDF render (${render.certificates} of ${issue.issued})`,
      what: 'renderCertificatePdf (tagged, metadata, credential attached) against bare pdfkit writing the same page with the same fonts and QR, alternated in one process; ratio = bare ms / app ms',
      baselineMsPerCertificate: ms(render.bareMsPerCertificate),
      appMsPerCertificate: ms(render.appMsPerCertificate),
      ratio: Number(renderRatio.toFixed(3)),
      baselineMedianMs: ms(render.bareMedianMs),
      appMedianMs: ms(render.appMedianMs),
      target: `ratio >= ${TARGET_RATIO} and app < ${TARGET_MS} ms per certificate`,
      meetsRatio: renderRatio >= TARGET_RATIO,
      meetsMs: render.appMsPerCertificate < TARGET_MS,
      meetsTarget: renderRatio >= TARGET_RATIO && render.appMsPerCertificate < TARGET_MS,
      appBytesPerCertificate: render.appBytesPerCertificate,
      baselineBytesPerCertificate: render.bareBytesPerCertificate,
      credentialBytesPerCertificate: render.credentialBytesPerCertificate,
    },
    {
      figure: `Issue for class (${issue.issued})`,
      what: 'POST /api/classes/:id/certificates until the job reads done: signing, database, emails enqueued (held back, not delivered); ratio = bare pdfkit ms per page / issue ms per certificate',
      baselineMsPerCertificate: ms(render.bareMsPerCertificate),
      appMsPerCertificate: ms(issue.msPerCertificate),
      ratio: Number((render.bareMsPerCertificate / issue.msPerCertificate).toFixed(3)),
      target: `app < ${TARGET_MS} ms per certificate`,
      meetsMs: issue.msPerCertificate < TARGET_MS,
      meetsTarget: issue.msPerCertificate < TARGET_MS,
      totalMs: Math.round(issue.wallMs),
      serverMsPerCertificate: ms(issue.serverMsPerCertificate),
      emailsEnqueued: issue.emailsEnqueued,
      emailsDeliveredMeanwhile: issue.emailsDeliveredMeanwhile,
    },
  ];
  console.log(`\nCertificates for a class of ${CLASS_SIZE} — ms per certificate, ratio = bare pdfkit ms per page / app ms per certificate (higher is better)\n`);
  console.log(['figure'.padEnd(24), 'bare ms/page'.padStart(13), 'app ms/cert'.padStart(12), 'ratio'.padStart(7), '  target'.padEnd(28), 'met'].join(' '));
  const [r, i] = certificates;
  console.log([r.figure.padEnd(24), r.baselineMsPerCertificate.toFixed(2).padStart(13), r.appMsPerCertificate.toFixed(2).padStart(12), r.ratio.toFixed(2).padStart(7), `  ≥ ${TARGET_RATIO}× bare, < ${TARGET_MS} ms`.padEnd(28), `ratio ${yes(r.meetsRatio)}, ms ${yes(r.meetsMs)}`].join(' '));
  console.log([i.figure.padEnd(24), i.baselineMsPerCertificate.toFixed(2).padStart(13), i.appMsPerCertificate.toFixed(2).padStart(12), i.ratio.toFixed(2).padStart(7), `  < ${TARGET_MS} ms`.padEnd(28), yes(i.meetsMs)].join(' '));
  console.log(`
PDF render: the app's renderCertificatePdf against bare pdfkit (same page, fonts and QR; no tags, metadata or attachment), turn about in one
  process with the servers stopped; medians ${r.appMedianMs} / ${r.baselineMedianMs} ms; ${r.appBytesPerCertificate} / ${r.baselineBytesPerCertificate} bytes per PDF (credential.json: ${r.credentialBytesPerCertificate} bytes).
Issue: POST …/certificates to the job seen done, ${i.totalMs} ms in all (${i.serverMsPerCertificate} ms per certificate by the batch's own record): signing, database and
  enqueuing the ${i.emailsEnqueued} emails, held back meanwhile (${i.emailsDeliveredMeanwhile} delivered). The issue renders no PDF: each is rendered when its email goes out.`);
}
if (only('deliveries')) {
  delivery = {
    figure: `Brief to ${deliveries.count} officials`,
    what: 'POST /api/briefs/:id/sends until every delivery is recorded sent (outbox rows, worker, pooled SMTP in a worker thread, status per message) against bare nodemailer with a pooled transport (5 connections, like the app) sending the same messages — text, HTML and PDF — to the same loopback SMTP server, each after a warm-up of 200 messages; baseline = mean of a run before and one after; ratio = app messages/s / bare messages/s',
    baselineMessagesPerSecond: Math.round(deliveries.bareMessagesPerSecond),
    appMessagesPerSecond: Math.round(deliveries.appMessagesPerSecond),
    ratio: Number(deliveries.ratio.toFixed(3)),
    target: `ratio >= ${DELIVERY_TARGET}`,
    meetsTarget: deliveries.ratio >= DELIVERY_TARGET,
    appMs: Math.round(deliveries.appMs),
    postMs: Math.round(deliveries.postMs),
    bareMsBefore: Math.round(deliveries.bareMsBefore),
    bareMsAfter: Math.round(deliveries.bareMsAfter),
    pdfBytes: deliveries.pdfBytes,
    delivered: deliveries.delivered,
  };
  console.log(`\nBrief deliveries — messages per second to a loopback SMTP server, ratio = app / bare pooled nodemailer (higher is better)\n`);
  console.log(['figure'.padEnd(26), 'bare msg/s'.padStart(11), 'app msg/s'.padStart(10), 'ratio'.padStart(7), '  target'.padEnd(12), 'met'].join(' '));
  console.log([delivery.figure.padEnd(26), String(delivery.baselineMessagesPerSecond).padStart(11), String(delivery.appMessagesPerSecond).padStart(10), delivery.ratio.toFixed(2).padStart(7), `  ≥ ${DELIVERY_TARGET}×`.padEnd(12), yes(delivery.meetsTarget)].join(' '));
  console.log(`  The app's time includes the send request itself (${delivery.postMs} ms: recipients and ${deliveries.count} outbox rows); PDF ${delivery.pdfBytes} bytes per message.\n  Each side first sends 200 messages to warm up (the app's warm-up send also renders and freezes the brief's PDF).`);
}
if (only('news')) {
  news = {
    ingest: {
      figure: `Ingest ${ingest.feeds} feeds × ${NEWS_ITEMS} items`,
      what: 'POST /api/news/ingest (fetch, parse, sanitise, tag, de-duplicate, cluster, store every item) against a bare loop fetching and parsing the same feeds with the same parser (feedsmith) and concurrency (6), mean of a run before and one after; ratio = bare ms / app ms',
      bareMs: Math.round(ingest.bareMs),
      appMs: Math.round(ingest.appMs),
      ratio: Number(ingest.ratio.toFixed(3)),
      items: ingest.items,
      feedBytes: ingest.bytes,
    },
    search: {
      figure: `Spanish search, ${search.items} items`,
      what: `GET /api/news?q= (${search.queries} queries one after another, 15 different searches) against the same full-text query run bare on pg`,
      appP50Ms: ms(search.appP50),
      appP95Ms: ms(search.appP95),
      bareP50Ms: ms(search.bareP50),
      bareP95Ms: ms(search.bareP95),
      fillSeconds: Math.round(search.fillMs / 1000),
    },
  };
  console.log(`\nNews — ingestion against a bare fetch + parse loop (higher is better), and search latency\n`);
  console.log(['figure'.padEnd(30), 'bare ms'.padStart(9), 'app ms'.padStart(9), 'ratio'.padStart(7)].join(' '));
  console.log([news.ingest.figure.padEnd(30), String(news.ingest.bareMs).padStart(9), String(news.ingest.appMs).padStart(9), news.ingest.ratio.toFixed(2).padStart(7)].join(' '));
  console.log(`  ${news.ingest.items} items stored (${Math.round(news.ingest.feedBytes / 1024)} KB of feeds); the app also sanitises, tags, de-duplicates, clusters and writes each one.`);
  console.log(`${news.search.figure}: app p50 ${news.search.appP50Ms} ms, p95 ${news.search.appP95Ms} ms (bare SQL p50 ${news.search.bareP50Ms} ms, p95 ${news.search.bareP95Ms} ms)`);
}
if (only('legal')) {
  legal = {
    figure: `Topic page /leyes/${LEGAL_TOPIC}`,
    what: 'bytes on the wire for the page HTML and every stylesheet and script it loads, as sent to a browser accepting br/gzip (headers not counted)',
    ...legalPage,
    target: `total <= ${PAGE_TARGET_BYTES} bytes`,
    meetsTarget: legalPage.total <= PAGE_TARGET_BYTES,
  };
  console.log(`\nLaw comparison — ${legal.figure}: ${(legal.total / 1024).toFixed(1)} kB on the wire (HTML ${(legal.html / 1024).toFixed(1)} kB ${legal.htmlEncoding}, from ${(legal.htmlUncompressed / 1024).toFixed(1)} kB; CSS ${(legal.css / 1024).toFixed(1)} kB; JS ${(legal.js / 1024).toFixed(1)} kB); target ≤ 50 kB: ${yes(legal.meetsTarget)}`);
}
let chatFigure;
if (only('chat')) {
  const side = (r) => ({
    deliveriesPerSecond: Math.round(r.deliveriesPerSecond),
    p50Ms: ms(r.p50Ms),
    p99Ms: ms(r.p99Ms),
    maxMs: ms(r.maxMs),
    clientCpuPercent: Math.round(r.clientCpuPercent),
    deliveries: r.deliveries,
    wallMs: Math.round(r.wallMs),
    lost: r.lost,
    outOfOrder: r.outOfOrder,
    duplicates: r.duplicates,
    refused: r.refused,
    gaps: r.gaps,
    errors: r.errors,
    extensions: r.extensions,
  });
  const { app, bare, appPaced, barePaced } = chat;
  const faults = (r) => r.lost + r.outOfOrder + r.duplicates + r.refused + r.gaps;
  chatFigure = {
    figure: `Class chat fan-out (${CHAT_CLIENTS} clients)`,
    what: `${CHAT_CLIENTS} WebSocket clients (the trainer and ${CHAT_CLIENTS - 1} learners, each with their own session) in one class's room of GET /api/chat; ${CHAT_SENDERS} of them send ${CHAT_MESSAGES} messages, round-robin, each with at most ${CHAT_WINDOW} sent and not yet acked; every client times each message from its send to its receipt (one clock: the clients all run in the bench's process) and checks seq order. Against a bare ws broadcast server on node:http (bench/chat-baseline.mjs: same protocol, no database, sign-in or limits), run before and after the app and pooled; each side warmed up first. Then "paced": 100 messages one at a time, each once the last has reached every client`,
    clients: CHAT_CLIENTS,
    messages: CHAT_MESSAGES,
    senders: CHAT_SENDERS,
    window: CHAT_WINDOW,
    baseline: side(bare),
    app: side(app),
    // Throughput: app deliveries/s over bare deliveries/s. Latency: bare p99 over app p99, the other way up, so
    // that every ratio of the bench reads alike — higher is better, 1.0 = as fast as the baseline; both p99s
    // are in the figure too.
    ratio: Number((app.deliveriesPerSecond / bare.deliveriesPerSecond).toFixed(3)),
    p99Ratio: Number((bare.p99Ms / app.p99Ms).toFixed(3)),
    paced: { messages: appPaced.messages, baseline: side(barePaced), app: side(appPaced), p99Ratio: Number((barePaced.p99Ms / appPaced.p99Ms).toFixed(3)) },
    faults: faults(app) + faults(bare) + faults(appPaced) + faults(barePaced),
  };
  const c = chatFigure;
  const row = (name, b, a, ratio) => console.log([name.padEnd(30), String(b).padStart(11), String(a).padStart(11), (ratio === undefined ? '' : ratio.toFixed(2)).padStart(7)].join(' '));
  console.log(
    `\nClass chat fan-out (issue 9) — ${c.clients} clients in one room, ${c.messages} messages from ${c.senders} senders (≤ ${c.window} unacked each);\n` +
      `ratio = app / bare ws deliveries per second, bare p99 / app p99 for latency (higher is better)\n`,
  );
  console.log(['figure'.padEnd(30), 'bare ws'.padStart(11), 'app'.padStart(11), 'ratio'.padStart(7)].join(' '));
  row('deliveries/s', c.baseline.deliveriesPerSecond, c.app.deliveriesPerSecond, c.ratio);
  row('latency p50 ms', c.baseline.p50Ms, c.app.p50Ms);
  row('latency p99 ms', c.baseline.p99Ms, c.app.p99Ms, c.p99Ratio);
  row(`paced (${c.paced.messages}) latency p50 ms`, c.paced.baseline.p50Ms, c.paced.app.p50Ms);
  row(`paced (${c.paced.messages}) latency p99 ms`, c.paced.baseline.p99Ms, c.paced.app.p99Ms, c.paced.p99Ratio);
  const lossLine = (r) => `${r.lost} lost, ${r.outOfOrder} out of order, ${r.duplicates} duplicated, ${r.refused} refused${Object.keys(r.errors).length ? ` (${JSON.stringify(r.errors)})` : ''}`;
  console.log(`  Every client must see every message once, in seq order: app ${lossLine(c.app)}; bare ${lossLine(c.baseline)}; paced runs ${faults(appPaced) + faults(barePaced)} faults.`);
  console.log(`  The clients' process (this one) was busy ${c.baseline.clientCpuPercent}% of a core against the bare server, ${c.app.clientCpuPercent}% against the app.`);
  console.log(`  Under load the latency is mostly queueing (${c.senders * c.window} messages in flight × ${c.clients} clients); paced, one message at a time, it is the fan-out itself.`);
}
const json = { ...meta, ...(ONLY ? { only: ONLY } : {}), certificateClassSize: CLASS_SIZE, results, certificates, deliveries: delivery, news, legal, chat: chatFigure };
console.log(`\n${JSON.stringify(json, null, 2)}`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', ONLY ? `only-${ONLY.join('-')}.json` : 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
if (chatFigure?.faults) {
  console.error(`Class chat: ${chatFigure.faults} messages lost, out of order, duplicated or refused`);
  process.exitCode = 1;
}
