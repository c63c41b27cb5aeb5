import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedHandle } from './embedded-postgres';
import { migrateWithLock } from './migrate';
import { ormConfig } from './mikro-orm.config';

export const EMBEDDED_DATABASE = 'puente';

export interface ResolvedDatabase {
  url: string;
  embedded?: EmbeddedHandle;
}

/** DATABASE_URL when set; otherwise the embedded server under DATA_DIR/postgres (started or adopted). */
export async function resolveDatabase(config: AppConfig, log: (msg: string) => void, role: 'app' | 'client' = 'client'): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), log, role });
  await ensureDatabase(embedded.url(), EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}

/** Runs `fn` with a short-lived ORM (start-up tasks, CLI, tests) and always closes it. */
export async function withOrm<T>(url: string, fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    return await fn(orm);
  } finally {
    await orm.close(true);
  }
}

/** Applies pending migrations under the advisory lock. */
export function runMigrations(url: string): Promise<string[]> {
  return withOrm(url, (orm) => migrateWithLock(orm, url));
}
