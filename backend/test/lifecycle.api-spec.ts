import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runningServer } from '../src/database/embedded-postgres';
import { childEnv, ensureBackendBuilt, pidAlive, runCliProcess, startMain, waitForHealth } from './helpers/processes';

/**
 * The README's start path on the embedded database, as a newcomer would run it: first start with demo
 * data, the CLI beside the running app, clean shutdown, and recovery after kill -9.
 */
describe('npm start on the embedded PostgreSQL', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let base: string;

  beforeAll(async () => {
    ensureBackendBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'puente-start-'));
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = childEnv({ DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, HOST: '127.0.0.1' });
  });

  afterAll(() => {
    const pg = runningServer(join(dataDir, 'postgres'));
    if (pg) process.kill(pg.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function login(email: string, password: string): Promise<number> {
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    return res.status;
  }

  it('starts, seeds demo accounts once, shares the database with the CLI and stops cleanly', async () => {
    const first = startMain(env);
    await waitForHealth(base, first);
    const out = first.output();
    expect(out).toMatch(/Cuentas de demostración \/ Demo accounts/);
    for (const role of ['admin', 'trainer', 'advocate', 'counsellor', 'editor', 'moderator', 'learner']) expect(out).toMatch(new RegExp(`\\n  ${role}\\s+\\S+@example\\.org\\s+\\S{8,}`));
    const adminPassword = /\n {2}admin\s+admin@example\.org\s+(\S+)/.exec(readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8'))![1];
    expect(await login('admin@example.org', adminPassword)).toBe(200);
    // A demo class taught by the demo trainer, with the demo learner already in it.
    const learnerPassword = /\n {2}learner\s+aprendiz@example\.org\s+(\S+)/.exec(readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8'))![1];
    const session = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'aprendiz@example.org', password: learnerPassword }) })).json() as { token: string };
    const mine = await (await fetch(`${base}/api/me/enrolments`, { headers: { authorization: `Bearer ${session.token}` } })).json() as { status: string; progress: { lessonsDone: number }; nextSession: unknown }[];
    expect(mine).toEqual([expect.objectContaining({ status: 'active', class: expect.objectContaining({ title: 'Plan de negocio — grupo de demostración', trainerName: 'Formadora Demo' }) })]);
    expect(mine[0].progress.lessonsDone).toBe(1);
    expect(mine[0].nextSession).toEqual(expect.objectContaining({ topic: 'Bienvenida y tu idea de negocio' }));
    // Demo forum threads: a counsellor answer accepted, with a credential line saying it is a demo.
    const forum = (await (await fetch(`${base}/api/forum/questions`)).json()) as { items: { id: string; title: string; asker: { anonymous: boolean } }[] };
    expect(forum.items).toHaveLength(3);
    const nationality = forum.items.find((i) => i.title.startsWith('¿Cuántos años de residencia'))!;
    const thread = (await (await fetch(`${base}/api/forum/questions/${nationality.id}`)).json());
    expect(thread).toMatchObject({ status: 'resolved', answers: [{ accepted: true, author: { counsellor: { credential: 'Cuenta de demostración: no es una persona asesora real' } } }] });
    expect(forum.items.filter((i) => i.asker.anonymous)).toHaveLength(1);
    const docs = await fetch(`${base}/api/docs/`);
    expect(docs.status).toBe(200);

    // The CLI works on the same embedded database while the app runs, and leaves the server up.
    const created = runCliProcess(['users:create', '--email', 'cli@example.org', '--password', 'clave-desde-cli', '--name', 'Desde CLI', '--roles', 'trainer'], env);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(await login('cli@example.org', 'clave-desde-cli')).toBe(200);
    const pg = runningServer(join(dataDir, 'postgres'))!;
    expect(pidAlive(pg.pid)).toBe(true);

    // A second instance on the same DATA_DIR shares the database, and leaves it running when it stops.
    const port2 = await freePort();
    const second = startMain({ ...env, PORT: String(port2) });
    await waitForHealth(`http://127.0.0.1:${port2}`, second);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    expect(pidAlive(pg.pid)).toBe(true);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    first.child.kill('SIGTERM');
    const exit = await first.exited;
    expect(exit.code).toBe(0);
    expect(pidAlive(pg.pid)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('keeps committed data through kill -9 of the app, and of the app and its database together', async () => {
    const second = startMain(env);
    await waitForHealth(base, second);
    expect(second.output()).not.toMatch(/Demo accounts/);
    expect(await login('cli@example.org', 'clave-desde-cli')).toBe(200);
    const reg = await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'durable@example.org', password: 'clave-duradera', displayName: 'Durable', locale: 'es' }),
    });
    expect(reg.status).toBe(201);

    // The app dies; its PostgreSQL lives on. The next start adopts it.
    second.child.kill('SIGKILL');
    await second.exited;
    const orphan = runningServer(join(dataDir, 'postgres'))!;
    expect(orphan).toBeDefined();
    const third = startMain(env);
    await waitForHealth(base, third);
    expect(await login('durable@example.org', 'clave-duradera')).toBe(200);

    // Now both die at once: a stale postmaster.pid stays behind and the next start clears it.
    const pg = runningServer(join(dataDir, 'postgres'))!;
    third.child.kill('SIGKILL');
    process.kill(pg.pid, 'SIGKILL');
    await third.exited;
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    const fourth = startMain(env, { detached: true });
    await waitForHealth(base, fourth);
    expect(await login('durable@example.org', 'clave-duradera')).toBe(200);
    const last = runningServer(join(dataDir, 'postgres'))!;
    // Ctrl-C in a terminal signals the whole process group; the app still stops the database itself, last.
    process.kill(-fourth.child.pid!, 'SIGINT');
    expect((await fourth.exited).code).toBe(0);
    expect(pidAlive(last.pid)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('refuses to start with invalid configuration, naming every bad variable', async () => {
    const bad = startMain({ ...env, PORT: 'tres mil', SESSION_TTL_DAYS: '0', SMTP_URL: 'mail.example.org' });
    const exit = await bad.exited;
    expect(exit.code).toBe(78);
    for (const v of ['PORT', 'SESSION_TTL_DAYS', 'SMTP_URL']) expect(bad.output()).toContain(v);
  });
});

describe('npm run cli', () => {
  const env = childEnv({ DATABASE_URL: process.env.PUENTE_TEST_DB_URL ?? '' });

  it('lists its commands in Spanish and English', () => {
    const r = runCliProcess(['--help'], env);
    expect(r.status).toBe(0);
    for (const c of ['users:create', 'users:grant', 'db:migrate', 'db:seed']) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/es: Crea una cuenta/);
    expect(r.stdout).toMatch(/en: Creates an account/);
  });

  it('creates users, grants roles and explains mistakes', () => {
    const email = `cli.${Date.now()}@example.org`;
    expect(runCliProcess(['db:migrate'], env).status).toBe(0);
    const created = runCliProcess(['users:create', '--email', email, '--password', 'clave-larga-cli', '--name', 'CLI', '--roles', 'advocate'], env);
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/learner, advocate/);
    const granted = runCliProcess(['users:grant', '--email', email, '--roles', 'moderator,editor'], env);
    expect(granted.stdout).toContain('learner, advocate, editor, moderator');
    const revoked = runCliProcess(['users:revoke', '--email', email, '--roles', 'moderator,learner'], env);
    expect(revoked.stdout).toContain(`${email}: learner, advocate, editor\n`);
    const badRole = runCliProcess(['users:grant', '--email', email, '--roles', 'wizard'], env);
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toMatch(/Rol desconocido \/ unknown role: wizard/);
    const missing = runCliProcess(['users:create', '--email', 'x@example.org'], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--password/);
    const unknown = runCliProcess(['users:nuke'], env);
    expect(unknown.status).toBe(2);
    const imported = runCliProcess(['courses:import'], env);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toMatch(/Cursos \/ courses \[#+\] 4\/4 trabajar-en-espana/);
    expect(imported.stdout).toMatch(/Sin cambios \/ unchanged: \d/);
    const broken = runCliProcess(['courses:import', '--dir', join(__dirname, 'no-such-folder-of-courses')], env);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/no-such-folder-of-courses: la carpeta de cursos no existe/);
    const seeded = runCliProcess(['db:seed'], env);
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toMatch(/admin@example\.org/);
  });
});
