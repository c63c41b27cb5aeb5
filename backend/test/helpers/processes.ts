import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..', '..');
export const MAIN_JS = join(REPO, 'backend', 'dist', 'main.js');
export const CLI_JS = join(REPO, 'backend', 'dist', 'cli', 'cli.js');

/** The process tests need the compiled backend; `npm test` builds it first, a lone jest run builds it here. */
export function ensureBackendBuilt(): void {
  if (existsSync(MAIN_JS) && existsSync(CLI_JS)) return;
  const r = spawnSync('npm', ['run', 'build', '-w', 'backend'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`backend build failed:\n${r.stderr}`);
}

/** Environment for a child process: this one's, minus any database or mail settings of the test run. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'SMTP_URL', 'PORT', 'PUBLIC_URL', 'DATA_DIR', 'NODE_OPTIONS']) delete env[k];
  return { ...env, LOG_LEVEL: 'warn', ...extra };
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node backend/dist/main.js`; `detached` gives it its own process group, like a terminal does. */
export function startMain(env: NodeJS.ProcessEnv, opts: { detached?: boolean } = {}): Started {
  const child = spawn(process.execPath, [MAIN_JS], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: opts.detached ?? false });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  return { child, output: () => out, exited };
}

export async function waitForHealth(base: string, started: Started, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`process exited early:\n${started.output()}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no health within ${timeoutMs} ms:\n${started.output()}`);
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An exited server whose parent died first stays a zombie until PID 1 reaps it (slowly, in some
  // containers): it is not running.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function runCliProcess(args: string[], env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd: REPO, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
