import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../src/database/embedded-postgres';

declare global {
   
  var __PUENTE_TEST__: { adminUrl: string; database: string; embedded?: EmbeddedHandle; dir?: string } | undefined;
}

/**
 * Fresh databases per run (one per jest worker): on TEST_DATABASE_URL / DATABASE_URL's server when set, else on an embedded
 * PostgreSQL in a temporary folder. The teardown drops it (and stops the embedded server). Migrations run in
 * the test files' own realm (startTestApp): MikroORM's metadata must not be shared with this one.
 */
export default async function globalSetup(globalConfig?: { maxWorkers?: number }): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let embedded: EmbeddedHandle | undefined;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'puente-test-'));
    chmodSync(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres') });
    adminUrl = embedded.url('postgres');
  }
  // One database per jest worker: test files in parallel never share job queues, mail or rows.
  const database = `puente_test_${process.pid}_${Date.now().toString(36)}`;
  const workers = Math.max(1, globalConfig?.maxWorkers ?? 1);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  for (let w = 1; w <= workers; w++) await admin.query(`create database ${admin.escapeIdentifier(`${database}_w${w}`)}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  // setup-env.ts adds the worker's suffix (`_w<JEST_WORKER_ID>`) in each worker.
  process.env.PUENTE_TEST_DB_BASE_URL = url.toString();
  process.env.PUENTE_TEST_ADMIN_URL = adminUrl;
  globalThis.__PUENTE_TEST__ = { adminUrl, database, embedded, dir };
}
