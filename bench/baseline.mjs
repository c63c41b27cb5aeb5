// The bare baseline: node:http + pg answering the same JSON from the same queries as the app, with no
// framework, middleware, validation or logging. Started as a child process by bench/run.mjs.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// The law comparison's topics, read and checked by the same loader the app uses, served as plain JSON.
const require = createRequire(import.meta.url);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadLegalTopics } = require(join(repo, 'backend', 'dist', 'modules', 'legal', 'legal-content.loader.js'));
const { buildViews } = require(join(repo, 'backend', 'dist', 'modules', 'legal', 'legal-view.js'));
const legalTopics = new Map(buildViews(loadLegalTopics(join(repo, 'legal-docs'))).map((t) => [t.slug, t]));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

async function sessionUser(req) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const hash = createHash('sha256').update(token).digest('hex');
  const { rows } = await pool.query(
    `select u.id, u.email, u.display_name, u.roles, u.locale, u.email_verified_at, u.created_at
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.deleted_at is null`,
    [hash],
  );
  return rows[0];
}

/** The trainer's roster: the same data as the app's GET /api/classes/:id/roster, in plain SQL. */
async function roster(classId, user) {
  const { rows: classes } = await pool.query('select c.id, c.title, c.capacity, c.course_id, c.trainer_id, co.completion from classes c join courses co on co.id = c.course_id where c.id = $1', [classId]);
  const c = classes[0];
  if (!c) return { status: 404 };
  if (c.trainer_id !== user.id && !user.roles.includes('admin')) return { status: 403 };
  const [lessons, quizzes, assignments, enrolments, done, attempts, submissions, attendance, held] = await Promise.all([
    pool.query('select slug, required from course_lessons where course_id = $1 and retired_at is null order by position', [c.course_id]),
    pool.query('select slug, title, max_attempts from course_quizzes where course_id = $1 and retired_at is null order by slug', [c.course_id]),
    pool.query('select slug, title from course_assignments where course_id = $1 and retired_at is null order by slug', [c.course_id]),
    pool.query(
      `select e.id, e.status, e.queued_at, e.completed_at, e.extra_attempts, u.id as user_id, u.display_name from enrolments e join users u on u.id = e.user_id
        where e.class_id = $1 and e.status in ('active', 'waitlisted', 'completed') order by e.queued_at, e.id`,
      [classId],
    ),
    pool.query('select p.enrolment_id, count(*)::int as n from lesson_progress p join enrolments e on e.id = p.enrolment_id join course_lessons l on l.id = p.lesson_id where e.class_id = $1 and l.required and l.retired_at is null group by p.enrolment_id', [classId]),
    pool.query(
      `select a.enrolment_id, q.slug, count(*)::int as attempts, max(a.score) as best, bool_or(a.passed) as passed from quiz_attempts a
         join enrolments e on e.id = a.enrolment_id join course_quizzes q on q.id = a.quiz_id where e.class_id = $1 group by a.enrolment_id, q.slug`,
      [classId],
    ),
    pool.query(
      `select s.enrolment_id, ca.slug, (array_agg(s.status order by s.submitted_at desc))[1] as latest from submissions s
         join enrolments e on e.id = s.enrolment_id join course_assignments ca on ca.id = s.assignment_id where e.class_id = $1 group by s.enrolment_id, ca.slug`,
      [classId],
    ),
    pool.query('select at.enrolment_id, count(*)::int as n from attendance at join enrolments e on e.id = at.enrolment_id join class_sessions cs on cs.id = at.session_id where e.class_id = $1 and cs.starts_at <= now() group by at.enrolment_id', [classId]),
    pool.query('select count(*)::int as n from class_sessions where class_id = $1 and starts_at <= now()', [classId]),
  ]);
  const required = lessons.rows.filter((l) => l.required).length;
  const sessionsHeld = held.rows[0].n;
  const doneBy = new Map(done.rows.map((r) => [r.enrolment_id, r.n]));
  const attendedBy = new Map(attendance.rows.map((r) => [r.enrolment_id, r.n]));
  const quizBy = new Map(attempts.rows.map((r) => [`${r.enrolment_id}/${r.slug}`, r]));
  const subBy = new Map(submissions.rows.map((r) => [`${r.enrolment_id}/${r.slug}`, r.latest]));
  const row = (e) => {
    const lessonsDone = doneBy.get(e.id) ?? 0;
    const subs = assignments.rows.map((a) => ({ slug: a.slug, status: subBy.get(`${e.id}/${a.slug}`) ?? 'not_submitted' }));
    const attended = attendedBy.get(e.id) ?? 0;
    return {
      enrolmentId: e.id,
      userId: e.user_id,
      displayName: e.display_name,
      status: e.status,
      queuedAt: e.queued_at.toISOString(),
      completedAt: e.completed_at ? e.completed_at.toISOString() : null,
      percent: required ? Math.floor((lessonsDone * 100) / required) : 100,
      lessonsDone,
      quizzes: quizzes.rows.map((q) => {
        const f = quizBy.get(`${e.id}/${q.slug}`);
        return { slug: q.slug, attempts: f?.attempts ?? 0, allowed: q.max_attempts + (e.extra_attempts[q.slug] ?? 0), bestScore: f?.best ?? null, passed: f?.passed ?? false };
      }),
      assignments: subs,
      pendingSubmissions: subs.filter((s) => s.status === 'pending').length,
      attended,
      attendancePercent: sessionsHeld ? Math.floor((attended * 100) / sessionsHeld) : null,
    };
  };
  const members = enrolments.rows.filter((e) => e.status !== 'waitlisted').map(row).sort((a, b) => a.displayName.localeCompare(b.displayName, 'es'));
  return {
    status: 200,
    body: {
      classId,
      title: c.title,
      capacity: c.capacity,
      lessonsRequired: required,
      sessionsHeld,
      quizzes: quizzes.rows.map((q) => ({ slug: q.slug, title: q.title })),
      assignments: assignments.rows,
      learners: members,
      waitlist: enrolments.rows.filter((e) => e.status === 'waitlisted').map(row),
    },
  };
}
/** The first page of news: the same SQL as the app's GET /api/news (one story per cluster, newest first). */
async function news() {
  const [items, updated] = await Promise.all([
    pool.query(
      `select i.id, i.slug, i.kind, i.title, i.summary_html, i.link, i.published_at, i.region, i.language, i.tags,
              s.id as source_id, s.name as source_name, s.tier as source_tier, s.site_url as source_site,
              i.verified_at, v.display_name as verified_by_name,
              coalesce((select json_agg(json_build_object('slug', o.slug, 'source', os.name, 'tier', os.tier, 'link', o.link) order by o.published_at, o.id)
                          from news_items o join news_sources os on os.id = o.source_id
                         where o.cluster_id = i.cluster_id and o.id <> i.id and o.status = 'published'), '[]'::json) as also
         from (select * from news_items i where i.status = 'published' and i.id = i.cluster_id order by i.published_at desc, i.id limit $1 offset $2) i
         left join news_sources s on s.id = i.source_id left join users v on v.id = i.verified_by_id
        order by i.published_at desc, i.id`,
      [21, 0],
    ),
    pool.query('select max(finished_at) as at from news_ingest_runs'),
  ]);
  const rows = items.rows;
  return {
    items: rows.slice(0, 20).map((r) => ({
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      title: r.title,
      summaryHtml: r.summary_html,
      link: r.link,
      publishedAt: r.published_at.toISOString(),
      region: r.region,
      language: r.language,
      tags: r.tags,
      source: r.source_id ? { id: r.source_id, name: r.source_name, tier: r.source_tier, siteUrl: r.source_site } : null,
      verified: r.verified_at ? { name: r.verified_by_name, at: r.verified_at.toISOString() } : null,
      alsoReportedBy: r.also,
    })),
    page: 1,
    pageSize: 20,
    hasMore: rows.length > 20,
    lastUpdatedAt: updated.rows[0].at ? updated.rows[0].at.toISOString() : null,
  };
}

/** The same plain-text excerpt the app makes (backend/src/modules/forum/forum.service.ts). */
function excerpt(markdown, max = 220) {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** GET /api/forum/questions[?q=]: the app's query (pseudonym or name, one join always), bare. */
async function forumQuestions(q) {
  const where = q ? `and q.search @@ websearch_to_tsquery('puente_es', $3)` : '';
  const order = q ? `ts_rank(q.search, websearch_to_tsquery('puente_es', $3)) desc, q.last_activity_at desc, q.id` : 'q.last_activity_at desc, q.id';
  const { rows } = await pool.query(
    `select q.id, q.title, left(q.body, 400) as body, c.slug as category_slug, c.name_es as category_name_es, c.name_en as category_name_en,
            q.country, q.tags, q.status, q.anonymous as asker_anonymous,
            case when q.anonymous then q.pseudonym else coalesce(u.display_name, q.pseudonym) end as asker_name,
            q.answer_count, q.first_counsellor_answer_at is not null as counsellor_answered, q.created_at, q.last_activity_at
       from forum_questions q join forum_categories c on c.id = q.category_id join users u on u.id = q.author_id
      where q.visibility = 'visible' ${where} order by ${order} limit $1 offset $2`,
    q ? [21, 0, q] : [21, 0],
  );
  return {
    items: rows.slice(0, 20).map((r) => ({
      id: r.id,
      title: r.title,
      excerpt: excerpt(r.body),
      category: { slug: r.category_slug, name: { es: r.category_name_es, en: r.category_name_en } },
      country: r.country,
      tags: r.tags,
      status: r.status,
      asker: { anonymous: r.asker_anonymous, name: r.asker_name },
      answerCount: r.answer_count,
      counsellorAnswered: r.counsellor_answered,
      createdAt: r.created_at.toISOString(),
      lastActivityAt: r.last_activity_at.toISOString(),
    })),
    page: 1,
    pageSize: 20,
    hasMore: rows.length > 20,
  };
}

const server = createServer(async (req, res) => {
  try {
    if (req.url?.startsWith('/api/forum/questions')) {
      const q = new URL(req.url, 'http://x').searchParams.get('q');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(await forumQuestions(q)));
      return;
    }
    if (req.url === '/api/news') {
      const body = await news();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
    const legalPath = /^\/api\/legal\/topics\/([a-z0-9-]+)$/.exec(req.url ?? '');
    if (legalPath) {
      const topic = legalTopics.get(legalPath[1]);
      res.writeHead(topic ? 200 : 404, { 'content-type': 'application/json' });
      res.end(topic ? JSON.stringify(topic) : '{"statusCode":404}');
      return;
    }
    if (req.url === '/api/health') {
      await pool.query('select 1');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok', db: 'up' }));
      return;
    }
    if (req.url === '/api/courses') {
      const { rows } = await pool.query(
        `select c.slug, c.position, c.title, c.summary, c.level, c.hours, c.version, count(l.id)::int as lesson_count
           from courses c left join course_lessons l on l.course_id = c.id group by c.id order by c.position`,
      );
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(rows.map((r) => ({ slug: r.slug, position: r.position, title: r.title, summary: r.summary, level: r.level, hours: r.hours, lessonCount: r.lesson_count, version: r.version }))));
      return;
    }
    const rosterPath = /^\/api\/classes\/([0-9a-f-]{36})\/roster$/.exec(req.url ?? '');
    if (rosterPath) {
      const user = await sessionUser(req);
      if (!user) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"statusCode":401}');
        return;
      }
      const r = await roster(rosterPath[1], user);
      res.writeHead(r.status, { 'content-type': 'application/json' });
      res.end(r.body ? JSON.stringify(r.body) : `{"statusCode":${r.status}}`);
      return;
    }
    if (req.url === '/api/auth/me') {
      const u = await sessionUser(req);
      if (!u) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"statusCode":401}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: u.id, email: u.email, displayName: u.display_name, roles: u.roles, locale: u.locale, emailVerified: u.email_verified_at !== null, createdAt: u.created_at }));
      return;
    }
    res.writeHead(404).end();
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
