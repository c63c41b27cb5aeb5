import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__PUENTE_TEST__;
  if (!state) return;
  const admin = new Client({ connectionString: state.adminUrl });
  await admin.connect();
  // The workers' databases and any extra ones tests made: all named after the run's.
  const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [`${state.database}_`]);
  for (const r of rows) await admin.query(`drop database if exists ${admin.escapeIdentifier(r.datname)} with (force)`);
  await admin.end();
  if (state.embedded) await state.embedded.stop();
  if (state.dir) rmSync(state.dir, { recursive: true, force: true });
}
