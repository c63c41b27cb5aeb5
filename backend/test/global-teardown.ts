import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__PUENTE_TEST__;
  if (!state) return;
  const admin = new Client({ connectionString: state.adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${admin.escapeIdentifier(state.database)} with (force)`);
  const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'puente_test_%_extra_%'");
  for (const r of rows) if (r.datname.startsWith(`${state.database}_extra_`)) await admin.query(`drop database if exists ${admin.escapeIdentifier(r.datname)} with (force)`);
  await admin.end();
  if (state.embedded) await state.embedded.stop();
  if (state.dir) rmSync(state.dir, { recursive: true, force: true });
}
