#!/usr/bin/env node
// `npm run bench`: each figure is the app's throughput as a ratio to a bare baseline measured in the same
// run, on the same machine and database — never an absolute time. Prints a table and JSON, and writes
// bench/results/latest.json.
import autocannon from 'autocannon';
import { fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensureBuilt, root } from '../scripts/lib/build.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const require = createRequire(import.meta.url);

ensureBuilt(['backend']);
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
  env: { ...process.env, DATABASE_URL: db.url, PORT: String(appPort), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '100000000', AUTH_RATE_LIMIT_PER_MINUTE: '100000000', NODE_ENV: 'production' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const baseline = fork(join(root, 'bench', 'baseline.mjs'), { env: { ...process.env, DATABASE_URL: db.url, PORT: String(basePort) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const results = [];
try {
  const appBase = `http://127.0.0.1:${appPort}`;
  await waitHealthy(appBase);
  await waitHealthy(`http://127.0.0.1:${basePort}`);
  const email = 'bench@example.org';
  const password = 'bench-password-123';
  await fetch(`${appBase}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password, displayName: 'Bench', locale: 'es' }) });
  const login = await (await fetch(`${appBase}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })).json();
  const auth = { authorization: `Bearer ${login.token}` };
  const trainerAuth = { authorization: `Bearer ${await rosterFixture(appBase, db.url, 200)}` };

  const figures = [
    { name: 'GET /api/health', path: '/api/health', headers: {} },
    { name: 'GET /api/auth/me', path: '/api/auth/me', headers: auth },
    { name: 'GET /api/courses', path: '/api/courses', headers: {} },
    { name: 'GET roster (200)', path: `/api/classes/${rosterClassId}/roster`, headers: trainerAuth },
  ];
  for (const f of figures) {
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
} finally {
  app.kill('SIGTERM');
  baseline.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await db.drop();
  rmSync(dataDir, { recursive: true, force: true });
}

const meta = { date: new Date().toISOString(), node: process.version, connections: CONNECTIONS, durationSeconds: DURATION, baseline: 'node:http + pg, same JSON from the same query' };
console.log(`\nPuente bench — ${CONNECTIONS} connections, ${DURATION} s each, ratio = app / bare baseline (higher is better, 1.0 = as fast as the baseline)\n`);
console.log(['figure'.padEnd(22), 'baseline req/s'.padStart(15), 'app req/s'.padStart(11), 'ratio'.padStart(7), 'app p99 ms'.padStart(11), 'errors'.padStart(7)].join(' '));
for (const r of results) {
  console.log([r.figure.padEnd(22), String(r.baselineRps).padStart(15), String(r.appRps).padStart(11), r.ratio.toFixed(2).padStart(7), String(r.appP99Ms).padStart(11), String(r.errorsOrNon2xx).padStart(7)].join(' '));
}
const json = { ...meta, results };
console.log(`\n${JSON.stringify(json, null, 2)}`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
