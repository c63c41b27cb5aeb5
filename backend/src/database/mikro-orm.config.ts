import { join } from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';

/**
 * The one ORM configuration, shared by the app, the CLI and the MikroORM CLI (migration:create / check).
 * Migrations live beside the compiled code (dist/migrations) or the sources (src/migrations under ts-node/jest).
 */
export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
    pool: { min: 0, max: 20 },
    migrations: {
      path: join(__dirname, '..', 'migrations'),
      glob: '!(*.d|*.spec).{js,ts}',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      silent: true,
      snapshotName: '.snapshot-puente',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    ...extra,
  });
}

// Used only by the MikroORM CLI (`npx mikro-orm migration:create|check`), which reads it through ts-node.
export default ormConfig(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/puente_dev');
