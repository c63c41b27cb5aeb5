import { EntityManager } from '@mikro-orm/postgresql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { DestinationStream } from 'pino';
import pino from 'pino';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createRootLogger, REDACT } from '../../src/common/logging/json-logger';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { runMigrations } from '../../src/database/database';
import { createApp } from '../../src/http-app';
import { MailCatcher, tokenFromMail } from './mail-catcher';

export { tokenFromMail };

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  config: AppConfig;
  mail: MailCatcher;
  close: () => Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.PUENTE_TEST_DB_URL;
  if (!url) throw new Error('PUENTE_TEST_DB_URL is not set: run the API tests through jest --selectProjects api');
  return url;
}

/** The whole API on the run's test database, with a real SMTP server on loopback catching its mail. */
export async function startTestApp(env: Record<string, string> = {}, logTo?: DestinationStream): Promise<TestApp> {
  await runMigrations(testDatabaseUrl());
  const mail = await new MailCatcher().start();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    SMTP_URL: mail.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'puente-data-')),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    SEED_DEMO_DATA: 'false',
    // Feeds in tests are served on loopback, with short limits; no schedule reads anything by itself.
    NEWS_CRON: 'off',
    NEWS_ALLOW_PRIVATE_HOSTS: 'true',
    NEWS_FETCH_TIMEOUT_MS: '1500',
    // The notification digest runs when a test calls it, not on a clock.
    NOTIFY_DIGEST_CRON: 'off',
    ...env,
  });
  const log = logTo ? pino({ level: 'info', redact: { paths: REDACT, censor: '[redacted]' } }, logTo) : createRootLogger('silent');
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp({ config, databaseUrl: config.databaseUrl!, log });
    await app.listen(0, '127.0.0.1');
  } catch (e) {
    // An app that fails to start (a test of exactly that) leaves no mail server or data folder behind.
    await mail.stop();
    rmSync(config.dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    app,
    http: app.getHttpServer(),
    config,
    mail,
    close: async () => {
      await app.close();
      await mail.stop();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** A unique email per call, so tests never collide on the shared run database. */
export function uniqueEmail(tag = 'user'): string {
  counter += 1;
  return `${tag}.${Date.now().toString(36)}.${counter}.${randomBytes(3).toString('hex')}@example.org`;
}

/** A unique client IP (through X-Forwarded-For from loopback) so per-IP login counters do not leak between tests. */
export function uniqueIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2] || 1}`;
}

export const PASSWORD = 'una-contraseña-larga';

export interface Account {
  id: string;
  email: string;
  token: string;
  password: string;
}

/** Registers, verifies through the real email, and logs in. */
export async function createAccount(t: TestApp, opts: { displayName?: string; locale?: 'es' | 'en' } = {}): Promise<Account> {
  const email = uniqueEmail();
  const reg = await request(t.http)
    .post('/api/auth/register')
    .send({ email, password: PASSWORD, displayName: opts.displayName ?? 'Persona de prueba', locale: opts.locale ?? 'es' })
    .expect(201);
  const mail = await t.mail.waitFor(email);
  const token = tokenFromMail(mail);
  await request(t.http).post('/api/auth/verify-email').send({ token }).expect(200);
  const login = await request(t.http).post('/api/auth/login').set('X-Forwarded-For', uniqueIp()).send({ email, password: PASSWORD }).expect(200);
  return { id: reg.body.id as string, email, token: login.body.token as string, password: PASSWORD };
}

/** Grants roles straight in the database (the admin API itself is tested separately). */
export async function grantRoles(t: TestApp, userId: string, roles: string[]): Promise<void> {
  const em = t.app.get(EntityManager).fork();
  await em.getConnection().execute('update users set roles = ? where id = ?', [`{${['learner', ...roles].join(',')}}`, userId]);
}
