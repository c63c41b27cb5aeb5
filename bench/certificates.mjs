// Certificates for a whole class, for bench/run.mjs: a class of completed learners seeded in the database,
// the trainer's "issue for the whole class" through the API (followed to the end), and the class's PDFs
// rendered by the app's renderCertificatePdf and by bare pdfkit (bench/certificate-baseline.mjs), alternating.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { renderBareCertificate } from './certificate-baseline.mjs';

const require = createRequire(import.meta.url);

// Names as a class of newcomers writes them: accents, tildes, cedillas, ring and stroke letters, Vietnamese.
const GIVEN = ['José', 'María', 'Núria', 'Íñigo', 'Begoña', 'Aurélie', 'João', 'Zoë', 'Çağrı', 'Ángela', 'Raúl', 'Søren', 'Oluwaseun', 'Thị Hương', 'Jesús', 'Inés', 'Håkon', 'Łucja', 'Mohamed', 'Dolores'];
const FAMILY = ['Núñez', 'Peñafiel', 'Ibáñez', 'Gómez', 'Çelik', 'Müller', 'Ødegård', 'Nguyễn', 'Conceição', 'Brontë', 'Sánchez', 'Wiśniewska', 'Díaz', 'Ferrández', 'Araújo', 'El Idrissi', 'Oyèwọ̀lé', 'Castaño', 'Lefèvre', 'Dvořák', 'Muñoz', 'Gutiérrez', 'Björk'];

/** A different name for each learner of the class (given name and two family names). */
export function learnerName(i) {
  return `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]} ${FAMILY[(i * 13 + 5) % FAMILY.length]}`;
}

/**
 * A class of `size` learners who have all completed it, straight in the database, owned by the trainer
 * whose token is given. Completions are marked as already published, so the completion listener (which
 * would issue each certificate on its own) stays out of the figure.
 */
export async function completedClass(appBase, databaseUrl, trainerToken, size) {
  const res = await fetch(`${appBase}/api/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${trainerToken}` },
    body: JSON.stringify({ courseSlug: 'plan-de-negocio', title: 'Clase certificada de medida', startsOn: '2026-01-12', endsOn: '2026-03-27', timezone: 'Europe/Madrid', capacity: size, mode: 'online', enrolmentOpen: false }),
  });
  if (!res.ok) throw new Error(`creating the certificate class: ${res.status} ${await res.text()}`);
  const { id } = await res.json();
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const names = Array.from({ length: size }, (_, i) => learnerName(i));
    await c.query(
      `insert into users (id, email, display_name, locale, email_verified_at)
         select gen_random_uuid(), 'bench.certificate.' || n || '@example.org', name, case when n % 5 = 0 then 'en' else 'es' end, now()
           from unnest($1::text[]) with ordinality as t(name, n)`,
      [names],
    );
    await c.query(
      `insert into enrolments (id, class_id, user_id, status, queued_at, activated_at, completed_at, completion_published_at)
         select gen_random_uuid(), $1, id, 'completed', now() - interval '90 days', now() - interval '90 days', now(), now()
           from users where email like 'bench.certificate.%'`,
      [id],
    );
  } finally {
    await c.end();
  }
  return id;
}

const outboxCount = (dataDir) => {
  try {
    return readdirSync(join(dataDir, 'outbox')).length;
  } catch {
    return 0;
  }
};

/**
 * Holds back the emails enqueued from now on: every new mail.send job of pg-boss (the app's job queue, in
 * the bench's own database) starts a day from now. The app delivers mail in the same process, rendering
 * each certificate's PDF as it sends it, and would otherwise do so alongside the batch being measured.
 */
async function holdMail(c) {
  await c.query(`create function bench_hold_mail() returns trigger language plpgsql as $$ begin new.start_after := now() + interval '1 day'; return new; end $$`);
  await c.query(`create trigger bench_hold_mail before insert on pgboss.job for each row when (new.name = 'mail.send') execute function bench_hold_mail()`);
}

/**
 * "Issue certificates for the whole class" as the trainer does it: POST, then follow the job until it is
 * done. The clock runs from the POST to the first poll that sees it done (polled every 100 ms), so it holds
 * signing, the database and enqueuing each learner's email, and neither waits for nor competes with their
 * delivery: that is held back (see holdMail) and never happens, as the bench stops the app next.
 */
export async function issueForClass(appBase, databaseUrl, classId, trainerToken, dataDir) {
  const headers = { authorization: `Bearer ${trainerToken}` };
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await holdMail(c);
  } catch (e) {
    await c.end();
    throw e;
  }
  const mailsBefore = outboxCount(dataDir);
  const started = performance.now();
  const res = await fetch(`${appBase}/api/classes/${classId}/certificates`, { method: 'POST', headers });
  if (res.status !== 202) throw new Error(`starting the certificate batch: ${res.status} ${await res.text()}`);
  const { id } = await res.json();
  let job;
  for (;;) {
    job = await (await fetch(`${appBase}/api/classes/${classId}/certificates/jobs/${id}`, { headers })).json();
    if (job.status === 'done' || job.status === 'failed') break;
    if (performance.now() - started > 600_000) throw new Error(`the certificate batch did not finish in 10 minutes: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const wallMs = performance.now() - started;
  const { rows } = await c.query(`select count(*)::int as n from pgboss.job where name = 'mail.send' and data #>> '{template,name}' = 'certificate_issued'`);
  await c.end();
  if (job.status !== 'done' || job.failed > 0 || job.issued !== job.total) throw new Error(`the certificate batch did not issue them all: ${JSON.stringify(job)}`);
  if (rows[0].n !== job.issued) throw new Error(`${job.issued} certificates issued but ${rows[0].n} emails enqueued`);
  return {
    total: job.total,
    issued: job.issued,
    wallMs,
    msPerCertificate: wallMs / job.issued,
    // The batch's own record, from its row written by the POST to its end: leaves out HTTP and the polling's 100 ms steps.
    serverMsPerCertificate: (Date.parse(job.finishedAt) - Date.parse(job.createdAt)) / job.issued,
    emailsEnqueued: rows[0].n,
    emailsDeliveredMeanwhile: outboxCount(dataDir) - mailsBefore,
  };
}

/** The class's certificates as renderCertificatePdf takes them, signed credentials included. */
export async function certificateInputs(databaseUrl, classId) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `select code, learner_name, course_title, hours, starts_on::text, ends_on::text, trainer_name, issuer_name, issuer_url, issued_at, status, revoked_at, credential
         from certificates where class_id = $1 order by issued_at`,
      [classId],
    );
    return rows.map((r) => ({
      code: r.code,
      learnerName: r.learner_name,
      courseTitle: r.course_title,
      hours: r.hours,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      trainerName: r.trainer_name,
      issuerName: r.issuer_name,
      issuerUrl: r.issuer_url,
      issuedAt: r.issued_at,
      status: r.status,
      revokedAt: r.revoked_at,
      credential: r.credential,
    }));
  } finally {
    await c.end();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * `count` certificates of the class, evenly spread over it (all of them if `count` is the class size), each
 * rendered in this process by the app and by bare pdfkit, turn about (app first for even ones, bare first
 * for odd ones) so warm-up, garbage collection and whatever else the machine is doing fall on both alike.
 * Both start warm: ten certificates are rendered once by each, unmeasured.
 */
export async function renderCertificates(root, all, count) {
  const { renderCertificatePdf } = require(join(root, 'backend', 'dist', 'modules', 'certificates', 'certificate-pdf.js'));
  const n = Math.min(count, all.length);
  const inputs = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]);
  for (const input of all.slice(0, 10)) {
    await renderCertificatePdf(input);
    await renderBareCertificate(input);
  }
  const app = [];
  const bare = [];
  let appBytes = 0;
  let bareBytes = 0;
  const time = async (render, input, into) => {
    const t = performance.now();
    const pdf = await render(input);
    into.push(performance.now() - t);
    return pdf.length;
  };
  for (const [i, input] of inputs.entries()) {
    if (i % 2 === 0) {
      appBytes += await time(renderCertificatePdf, input, app);
      bareBytes += await time(renderBareCertificate, input, bare);
    } else {
      bareBytes += await time(renderBareCertificate, input, bare);
      appBytes += await time(renderCertificatePdf, input, app);
    }
  }
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const attachments = inputs.map((c) => Buffer.byteLength(JSON.stringify(c.credential, null, 2)));
  return {
    certificates: inputs.length,
    appMsPerCertificate: sum(app) / app.length,
    bareMsPerCertificate: sum(bare) / bare.length,
    appMedianMs: median(app),
    bareMedianMs: median(bare),
    appBytesPerCertificate: Math.round(appBytes / inputs.length),
    bareBytesPerCertificate: Math.round(bareBytes / inputs.length),
    credentialBytesPerCertificate: Math.round(sum(attachments) / attachments.length),
  };
}
