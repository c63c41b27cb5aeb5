// Brief deliveries for bench/run.mjs: a send of one brief to N officials through the app (outbox rows,
// claimed by the worker, sent over a pooled SMTP transport, each recorded) against bare nodemailer with a
// pooled transport sending the very same messages (same text, HTML and PDF) to the same loopback SMTP server.
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const require = createRequire(import.meta.url);
/** Messages each side sends before it is timed (the baseline's warm-up in delivery-baseline.mjs is the same). */
const WARM_UP = 200;
const { SMTPServer } = require('smtp-server');

/** An SMTP server on loopback that accepts and discards every message, counting them. */
async function smtpSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    get received() {
      return received;
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

async function waitHealthy(base, child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the app exited (code ${child.exitCode}) before it was healthy`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} never became healthy`);
}

/**
 * Runs the figure on `databaseUrl` (migrated) with its own app process; returns messages per second for
 * both sides. The baseline runs before and after the app and its mean is used, so drift cancels out.
 */
export async function benchDeliveries({ root, databaseUrl, port, count }) {
  const sink = await smtpSink();
  const dataDir = mkdtempSync(join(tmpdir(), 'puente-bench-deliveries-'));
  // BENCH_APP_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the app's side; BENCH_BARE_NODE_ARGS the baseline's.
  const nodeArgs = process.env.BENCH_APP_NODE_ARGS ? process.env.BENCH_APP_NODE_ARGS.split(' ') : [];
  const app = spawn(process.execPath, [...nodeArgs, join(root, 'backend', 'dist', 'main.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '100000000', AUTH_RATE_LIMIT_PER_MINUTE: '100000000', NODE_ENV: 'production', SMTP_URL: sink.url, MAIL_RATE_PER_MINUTE: '1000000', NEWS_CRON: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await waitHealthy(base, app);
    const call = async (method, path, body, token) => {
      const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res;
    };
    const email = 'advocate.bench@example.org';
    const password = 'bench-password-123';
    await fetch(`${base}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password, displayName: 'Incidencia bench', locale: 'es' }) });
    await db.query(`update users set roles = '{learner,advocate}', email_verified_at = now() where email = $1`, [email]);
    const { token } = await (await call('POST', '/api/auth/login', { email, password })).json();
    const campaign = await (await call('POST', '/api/campaigns', { title: 'Campaña de medida', summary: 'Una campaña para medir los envíos.', problem: 'El problema, en unas líneas de texto.', asks: '- Una petición\n- Otra petición', audiences: ['government'] }, token)).json();
    await call('PATCH', `/api/campaigns/${campaign.id}`, { status: 'published' }, token);
    const brief = await (
      await call('POST', `/api/campaigns/${campaign.id}/briefs`, {
        title: 'Informe de medida',
        summary: 'Un resumen ejecutivo de dos frases. Sirve para medir.',
        body: `## Contexto\n\n${'Un párrafo del cuerpo del informe, con su texto. '.repeat(20)}\n\n- Un punto\n- Otro punto`,
        recommendations: ['Primera recomendación', 'Segunda recomendación'],
        citations: [{ text: 'Real Decreto 1155/2024', url: 'https://www.boe.es/eli/es/rd/2024/11/19/1155' }],
      }, token)
    ).json();
    const institution = `Institución de medida ${process.pid}`;
    const warmInstitution = `Institución de calentamiento ${process.pid}`;
    const officials = (name, n, prefix) =>
      db.query(
        `insert into officials (id, name, position, institution, level, country, email, needs_verification, active)
           select gen_random_uuid(), 'Persona ' || i, 'Dirección ' || i, $1, 'national', 'ES', $3 || i || '.bench@example.org', false, true from generate_series(1, $2) i`,
        [name, n, prefix],
      );
    await officials(institution, count, 'oficial.');
    await officials(warmInstitution, WARM_UP, 'calentamiento.');
    const sendBody = { filter: { institution }, subject: 'Informe de medida', message: 'Les hacemos llegar nuestro informe.\n\nQuedamos a su disposición.' };

    // The very messages the app will send: the personalised texts from the dry run, the same HTML and PDF.
    const preview = await (await call('POST', `/api/briefs/${brief.id}/sends?dryRun=true`, sendBody, token)).json();
    const pdf = Buffer.from(await (await call('GET', `/api/briefs/${brief.id}/pdf`, undefined, token)).arrayBuffer());
    const { deliveryEmail, fromHeader } = require(join(root, 'backend', 'dist', 'modules', 'advocacy', 'delivery-email.js'));
    const messages = preview.recipients.map((r, i) => {
      const mail = deliveryEmail({ locale: 'es', toName: r.name, toPosition: r.position, toInstitution: r.institution, subject: sendBody.subject, message: sendBody.message, senderName: 'Incidencia bench', replyTo: email, briefTitle: brief.version.title, campaignTitle: campaign.title, campaignUrl: `http://localhost/campanas/${campaign.slug}`, siteName: 'Puente' });
      return {
        from: fromHeader('Incidencia bench', 'Puente <no-reply@puente.localhost>', 'es'),
        to: { name: r.name, address: r.email },
        replyTo: { name: 'Incidencia bench', address: email },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<bare-${i}@puente.localhost>`,
        headers: { 'Content-Language': 'es' },
        attachments: [{ filename: r.preview.attachment, content: pdf, contentType: 'application/pdf' }],
      };
    });
    if (messages.length !== count) throw new Error(`dry run listed ${messages.length} recipients, expected ${count}`);

    // The bare sender runs in its own process, as the app does: both talk to the sink across processes.
    const spec = join(dataDir, 'bare-messages.json');
    writeFileSync(spec, JSON.stringify({ url: sink.url, connections: 5, warmUp: WARM_UP, pdf: pdf.toString('base64'), filename: messages[0].attachments[0].filename, messages: messages.map((m) => ({ ...m, attachments: undefined })) }));
    const bare = () =>
      new Promise((ok, fail) => {
        const child = fork(join(root, 'bench', 'delivery-baseline.mjs'), [spec], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: process.env.BENCH_BARE_NODE_ARGS ? process.env.BENCH_BARE_NODE_ARGS.split(' ') : [] });
        let ms;
        child.on('message', (m) => (ms = m.ms));
        child.on('exit', (code) => (ms !== undefined ? ok(ms) : fail(new Error(`baseline exited with ${code}`))));
      });
    const bareBefore = await bare();

    /** Creates a send, waits until every delivery is sent and the server has every message; times it. */
    const sendAll = async (body, n) => {
      const before = sink.received;
      const t0 = performance.now();
      const send = await (await call('POST', `/api/briefs/${brief.id}/sends`, body, token)).json();
      const postMs = performance.now() - t0;
      for (;;) {
        const { rows } = await db.query(`select count(*) filter (where status = 'sent')::int as sent, count(*) filter (where status in ('queued', 'sending'))::int as left from deliveries where send_id = $1`, [send.sendId]);
        if (rows[0].left === 0) {
          if (rows[0].sent !== n) throw new Error(`only ${rows[0].sent} of ${n} deliveries were sent`);
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      const ms = performance.now() - t0;
      // Settle: the SMTP server may still be reading the last message when its row reads sent.
      await new Promise((r) => setTimeout(r, 200));
      const delivered = sink.received - before;
      if (delivered !== n) throw new Error(`the SMTP server received ${delivered} messages for ${n} deliveries`);
      return { ms, postMs, delivered };
    };
    // The app warms up as the baseline does (a first send of WARM_UP messages), which also freezes the
    // version: the baseline too is handed a PDF already made.
    await sendAll({ ...sendBody, filter: { institution: warmInstitution } }, WARM_UP);
    const { ms: appMs, postMs, delivered } = await sendAll(sendBody, count);

    const bareAfter = await bare();
    const bareMs = (bareBefore + bareAfter) / 2;
    return {
      count,
      bareMsBefore: bareBefore,
      bareMsAfter: bareAfter,
      bareMessagesPerSecond: (count / bareMs) * 1000,
      appMs,
      appMessagesPerSecond: (count / appMs) * 1000,
      ratio: bareMs / appMs,
      delivered,
      postMs,
      pdfBytes: pdf.length,
    };
  } finally {
    await db.end();
    await new Promise((done) => {
      if (app.exitCode !== null) return done();
      const force = setTimeout(() => app.kill('SIGKILL'), 20_000);
      app.once('exit', () => {
        clearTimeout(force);
        done();
      });
      app.kill('SIGTERM');
    });
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
