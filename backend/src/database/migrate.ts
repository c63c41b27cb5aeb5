import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';

/** Arbitrary but fixed: every instance uses the same key, so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 0x70756e74;

/**
 * Runs pending migrations under a PostgreSQL advisory lock held on its own connection, so several instances
 * starting together do not race: the first migrates, the others wait and then find nothing left to do.
 */
export async function migrateWithLock(orm: MikroORM, databaseUrl: string): Promise<string[]> {
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await orm.getMigrator().up();
    return done.map((m) => m.name);
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
