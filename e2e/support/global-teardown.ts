import { readFileSync, rmSync } from 'node:fs';
import { Client } from 'pg';
import { STATE_FILE, type E2eState } from './paths';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export default async function globalTeardown(): Promise<void> {
  let state: E2eState;
  try {
    state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
  } catch {
    return;
  }
  if (alive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + 30_000;
    while (alive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (alive(state.pid)) process.kill(state.pid, 'SIGKILL');
  }
  await new Promise<void>((ok) => (globalThis.__PUENTE_SMTP__ ? globalThis.__PUENTE_SMTP__.close(() => ok()) : ok()));
  if (state.database) {
    const admin = new Client({ connectionString: state.database.adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${admin.escapeIdentifier(state.database.name)} with (force)`);
    await admin.end();
  }
  if (!process.env.PUENTE_E2E_KEEP) rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
}
