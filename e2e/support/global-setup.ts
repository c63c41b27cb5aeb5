import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { REPO, STATE_FILE, type E2eState } from './paths';

declare global {
   
  var __PUENTE_SMTP__: SMTPServer | undefined;
}

/**
 * Starts the real platform for the browser journeys: a fresh database (on DATABASE_URL's server when set,
 * otherwise the app's own embedded PostgreSQL in a temporary DATA_DIR), a real SMTP server on loopback that
 * stores every message as an .eml file, and `node backend/dist/main.js` serving pages and API on one origin.
 */
export default async function globalSetup(): Promise<void> {
  const port = Number(process.env.PUENTE_E2E_PORT);
  const dataDir = mkdtempSync(join(tmpdir(), 'puente-e2e-data-'));
  chmodSync(dataDir, 0o755);
  const mailDir = join(dataDir, 'captured-mail');
  mkdirSync(mailDir);

  let count = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        count += 1;
        writeFileSync(join(mailDir, `${Date.now()}-${String(count).padStart(4, '0')}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((ok) => smtp.listen(0, '127.0.0.1', () => ok()));
  globalThis.__PUENTE_SMTP__ = smtp;
  const smtpPort = (smtp.server.address() as { port: number }).port;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    RATE_LIMIT_PER_MINUTE: '100000',
    // The journeys serve their own feeds on loopback; the real sources are never read in tests.
    NEWS_CRON: 'off',
    NEWS_ALLOW_PRIVATE_HOSTS: 'true',
  };
  delete env.TEST_DATABASE_URL;
  let database: E2eState['database'];
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `puente_e2e_${process.pid}_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${admin.escapeIdentifier(name)}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    database = { adminUrl: serverUrl, name };
  } else {
    delete env.DATABASE_URL;
  }

  // An admin for the admin journeys, created through the CLI as an operator would.
  const adminAccount = { email: 'admin.e2e@example.org', password: 'clave-admin-e2e' };
  const cli = spawnSync(process.execPath, [join(REPO, 'backend', 'dist', 'cli', 'cli.js'), 'users:create', '--email', adminAccount.email, '--password', adminAccount.password, '--name', 'Admin E2E', '--roles', 'admin'], { env, encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`CLI failed: ${cli.stderr}`);

  const log = openSync(join(dataDir, 'app.log'), 'a');
  const app = spawn(process.execPath, [join(REPO, 'backend', 'dist', 'main.js')], { env, stdio: ['ignore', log, log], cwd: REPO });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`app exited at start; see ${join(dataDir, 'app.log')}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error('app did not become healthy');
    await new Promise((r) => setTimeout(r, 200));
  }
  const state: E2eState = { pid: app.pid!, dataDir, mailDir, database, admin: adminAccount, smtpPort };
  writeFileSync(STATE_FILE, JSON.stringify(state));
}
