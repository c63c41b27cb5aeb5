import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import request from 'supertest';
import { runMigrations } from '../src/database/database';
import { ormConfig } from '../src/database/mikro-orm.config';
import { startTestApp, testDatabaseUrl } from './helpers/test-app';

/** A second database on the same server, dropped by the global teardown. */
async function extraDatabase(tag: string): Promise<string> {
  const base = new URL(testDatabaseUrl());
  const name = `${base.pathname.slice(1)}_extra_${tag}`;
  const admin = new Client({ connectionString: process.env.PUENTE_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${admin.escapeIdentifier(name)}`);
  await admin.end();
  base.pathname = `/${name}`;
  return base.toString();
}

describe('database', () => {
  it('has migrations that match the entities (no drift)', async () => {
    const orm = await MikroORM.init(ormConfig(testDatabaseUrl()));
    try {
      const check = await orm.getMigrator().checkMigrationNeeded();
      expect(check).toBe(false);
    } finally {
      await orm.close(true);
    }
  });

  it('migrates once when several instances start together (advisory lock)', async () => {
    const url = await extraDatabase('race');
    const results = await Promise.all([runMigrations(url), runMigrations(url), runMigrations(url)]);
    const applied = results.flat();
    expect(applied.length).toBeGreaterThan(0);
    expect(new Set(applied).size).toBe(applied.length);
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
  });

  it('reports the database down with 503 and recovers', async () => {
    const url = await extraDatabase('down');
    const t = await startTestApp({ DATABASE_URL: url, JOBS_ENABLED: 'false' });
    const name = new URL(url).pathname.slice(1);
    const admin = new Client({ connectionString: process.env.PUENTE_TEST_ADMIN_URL });
    await admin.connect();
    try {
      expect((await request(t.http).get('/api/health').expect(200)).body).toEqual({ status: 'ok', db: 'up' });
      await admin.query(`alter database ${admin.escapeIdentifier(name)} allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      const down = await request(t.http).get('/api/health').expect(503);
      expect(down.body).toEqual({ status: 'error', db: 'down' });
      await admin.query(`alter database ${admin.escapeIdentifier(name)} allow_connections true`);
      // Recovers by itself: the pool opens new connections once the database takes them again (under load the
      // first request after may still meet a connection attempt that started while it was closed).
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        if (i) await new Promise((r) => setTimeout(r, 250));
        status = (await request(t.http).get('/api/health')).status;
      }
      expect(status).toBe(200);
    } finally {
      await admin.query(`alter database ${admin.escapeIdentifier(name)} allow_connections true`).catch(() => undefined);
      await admin.end();
      await t.close();
    }
  });
});
