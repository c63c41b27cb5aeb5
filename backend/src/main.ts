import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RequestHandler } from 'express';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRootLogger } from './common/logging/json-logger';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { resolveDatabase, withOrm, type ResolvedDatabase } from './database/database';
import { migrateWithLock } from './database/migrate';
import { CLIENT_IP_HEADER, createApp } from './http-app';
import { CourseContentError, loadCourses } from './modules/courses/course-content.loader';
import { syncCourses } from './modules/courses/course-sync';
import { LegalContentError } from './modules/legal/legal-content.loader';
import { loadLegal } from './modules/legal/legal.service';
import { seedOfficials } from './modules/advocacy/officials-seed';
import { seedNewsSources } from './modules/news/news-seed';
import { seedForumCategories } from './modules/forum/forum-seed';
import { formatDemoAccounts, isEmptyDatabase, seedDemoData } from './seed/demo-seed';

export const FRONTEND_HANDLER = resolve(__dirname, '..', '..', 'frontend', 'build', 'handler.js');

/** SvelteKit's adapter-node reads ORIGIN at import; the page loads call the API on loopback. */
async function loadPages(config: AppConfig): Promise<RequestHandler | undefined> {
  if (!existsSync(FRONTEND_HANDLER)) return undefined;
  process.env.ORIGIN = config.publicOrigin;
  process.env.PUENTE_API_URL = `http://127.0.0.1:${config.port}`;
  process.env.ADDRESS_HEADER = CLIENT_IP_HEADER;
  const mod = (await import(pathToFileURL(FRONTEND_HANDLER).href)) as { handler: RequestHandler };
  return mod.handler;
}

export interface RunningPuente {
  app: NestExpressApplication;
  db: ResolvedDatabase;
  url: string;
  close: () => Promise<void>;
}

export async function bootstrap(env: NodeJS.ProcessEnv = process.env): Promise<RunningPuente> {
  const config = loadConfig(env);
  const log = createRootLogger(config.logLevel);
  // The law comparison's files are checked before the database is touched (LegalContentError lists every problem).
  loadLegal(config.legalDocsDir);
  mkdirSync(config.dataDir, { recursive: true });
  const db = await resolveDatabase(config, (m) => log.info({ context: 'database' }, m), 'app');
  try {
    // Start-up tasks share one short-lived ORM: migrations, course content, first-run demo data.
    const accounts = await withOrm(db.url, async (orm) => {
      const applied = await migrateWithLock(orm, db.url);
      if (applied.length) log.info({ context: 'database', migrations: applied }, 'migrations applied');
      const courses = await syncCourses(orm, loadCourses(config.coursesDir));
      log.info({ context: 'courses', ...courses }, 'course content synchronised');
      const officials = await seedOfficials(orm.em);
      if (officials) log.info({ context: 'advocacy', added: officials }, 'officials directory: shipped entries added');
      const sources = await seedNewsSources(orm.em);
      if (sources) log.info({ context: 'news', added: sources }, 'news sources: shipped entries added');
      const forumCategories = await seedForumCategories(orm.em);
      if (forumCategories) log.info({ context: 'forum', added: forumCategories }, 'forum categories: shipped entries added');
      return config.seedDemoData && (await isEmptyDatabase(orm)) ? seedDemoData(orm) : undefined;
    });
    if (accounts) {
      const text = formatDemoAccounts(accounts);
      writeFileSync(join(config.dataDir, 'demo-accounts.txt'), `${text}\n`, { mode: 0o600 });
      process.stdout.write(`\n${text}\n(guardadas en / saved in ${join(config.dataDir, 'demo-accounts.txt')})\n\n`);
    }
    const pages = await loadPages(config);
    if (!pages) log.warn({ context: 'bootstrap' }, `frontend not built (${FRONTEND_HANDLER} missing): run "npm run build"; serving the API only`);
    const app = await createApp({ config, databaseUrl: db.url, log, pages });
    await app.listen(config.port, config.host);
    log.info({ context: 'bootstrap', url: config.publicUrl, docs: `${config.publicUrl}/api/docs` }, 'Puente is listening');
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await app.close();
        if (db.embedded) await db.embedded.stop();
      })());
    return { app, db, url: config.publicUrl, close };
  } catch (e) {
    if (db.embedded) await db.embedded.stop();
    throw e;
  }
}

/**
 * Entry point of `npm start`: starts, prints where, and shuts down cleanly on Ctrl-C or SIGTERM — also
 * when the signal arrives while it is still starting. A second signal forces the exit.
 */
export async function main(): Promise<void> {
  let running: RunningPuente | undefined;
  let stopping = false;
  const shutdown = async () => {
    if (!running) return; // still starting: bootstrap() checks `stopping` when it returns
    try {
      await running.close();
      process.exit(0);
    } catch (err) {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write('Forzando la salida / forcing exit\n');
      process.exit(130);
    }
    stopping = true;
    process.stdout.write(`\n${signal}: cerrando Puente / shutting down…\n`);
    void shutdown();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    running = await bootstrap();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    if (e instanceof CourseContentError || e instanceof LegalContentError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  if (stopping) return shutdown();
  process.stdout.write(`\nPuente: ${running.url}  ·  API: ${running.url}/api/docs\n\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
