// The bare baseline: node:http + pg answering the same JSON from the same queries as the app, with no
// framework, middleware, validation or logging. Started as a child process by bench/run.mjs.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const server = createServer(async (req, res) => {
  try {
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
    if (req.url === '/api/auth/me') {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const hash = createHash('sha256').update(token).digest('hex');
      const { rows } = await pool.query(
        `select u.id, u.email, u.display_name, u.roles, u.locale, u.email_verified_at, u.created_at
           from sessions s join users u on u.id = s.user_id
          where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.deleted_at is null`,
        [hash],
      );
      if (!rows[0]) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"statusCode":401}');
        return;
      }
      const u = rows[0];
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
