import { join, resolve } from 'node:path';
import { CronTime } from 'cron';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

/** Every environment variable Puente reads. Nothing else in the code reads process.env. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Puente <no-reply@puente.localhost>'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SEED_DEMO_DATA: bool.default('true'),
  TRUST_PROXY: z.string().min(1).default('loopback'),
  JOBS_ENABLED: bool.default('true'),
  COURSES_DIR: z.string().min(1).optional(),
  /** The law comparison's files (legal-docs/ at the top of the repository unless this says otherwise). */
  LEGAL_DOCS_DIR: z.string().min(1).optional(),
  /** The issuer's name on certificates and credentials. */
  ISSUER_NAME: z.string().min(2).max(120).default('Puente'),
  /** An Ed25519 secret key (multibase, `z…`, as `npm run cli -- certificates:key` prints) to sign with instead of the stored one. */
  CREDENTIAL_SIGNING_KEY: z.string().regex(/^z[1-9A-HJ-NP-Za-km-z]{40,120}$/, 'must be a multibase Ed25519 secret key (z…)').optional(),
  /** Certificate look-ups (verification page, JSON, PDF) per client address per minute. */
  CERTIFICATE_LOOKUPS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Emails to officials (brief deliveries) per minute, across all instances. */
  MAIL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** First wait before retrying a delivery after a temporary SMTP failure; it doubles each time (capped at 6 h). */
  DELIVERY_RETRY_SECONDS: z.coerce.number().min(0.1).max(86_400).default(60),
  /** Attempts before a delivery that keeps failing temporarily is marked failed. */
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Days without a reply after which a delivery is listed for follow-up. */
  FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** When the follow-up reminder goes out (cron, UTC). */
  FOLLOW_UP_CRON: z.string().regex(/^\S+( \S+){4}$/, 'must be a 5-field cron expression').default('0 8 * * *'),
  /** When the news feeds are read (cron, UTC), or `off`. */
  NEWS_CRON: z
    .string()
    .refine((v) => v === 'off' || validCron(v), 'must be a cron expression (5 or 6 fields) or off')
    .default('0 */3 * * *'),
  /** When counsellors get the digest of forum questions waiting over 48 hours (cron, UTC), or `off`. */
  FORUM_DIGEST_CRON: z
    .string()
    .refine((v) => v === 'off' || validCron(v), 'must be a cron expression (5 or 6 fields) or off')
    .default('0 7 * * *'),
  /** When the daily digest of notifications goes to people who chose it (cron, UTC), or `off`. */
  NOTIFY_DIGEST_CRON: z
    .string()
    .refine((v) => v === 'off' || validCron(v), 'must be a cron expression (5 or 6 fields) or off')
    .default('0 17 * * *'),
  /** Limits on reading one feed: the whole request (redirects and body included), and the body's size. */
  NEWS_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  NEWS_MAX_FEED_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  /** First wait after a feed fails; it doubles with each further failure (capped at 7 days). */
  NEWS_BACKOFF_MINUTES: z.coerce.number().min(0.01).max(10_080).default(180),
  /** Let feed URLs point at loopback or private addresses (tests, an intranet); off, they are refused. */
  NEWS_ALLOW_PRIVATE_HOSTS: bool.default('false'),
});

function validCron(v: string): boolean {
  if (!/^\S+( \S+){4,5}$/.test(v)) return false;
  try {
    new CronTime(v);
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: string;
  publicOrigin: string;
  databaseUrl?: string;
  dataDir: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: Env['LOG_LEVEL'];
  sessionTtlDays: number;
  rateLimitPerMinute: number;
  authRateLimitPerMinute: number;
  loginMaxFailures: number;
  seedDemoData: boolean;
  trustProxy: string;
  jobsEnabled: boolean;
  /** The course files (courses/ at the top of the repository unless COURSES_DIR says otherwise). */
  coursesDir: string;
  /** The law comparison's topic files and the consolidated texts they are checked against. */
  legalDocsDir: string;
  issuerName: string;
  credentialSigningKey?: string;
  certificateLookupsPerMinute: number;
  mailRatePerMinute: number;
  deliveryRetrySeconds: number;
  deliveryMaxAttempts: number;
  followUpDays: number;
  followUpCron: string;
  /** null: no scheduled news ingestion in this instance. */
  newsCron: string | null;
  forumDigestCron: string | null;
  /** null: this instance never sends the notification digest. */
  notifyDigestCron: string | null;
  newsFetchTimeoutMs: number;
  newsMaxFeedBytes: number;
  newsBackoffMinutes: number;
  newsAllowPrivateHosts: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Configuración no válida / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once; throws one error that names every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "not set" (a blank line in .env must not override a default).
  const raw = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, source[k] === '' ? undefined : source[k]]),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (valor: ${JSON.stringify(raw[String(i.path[0])])})`),
    );
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    publicOrigin: new URL(publicUrl).origin,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DATA_DIR),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    seedDemoData: e.SEED_DEMO_DATA,
    trustProxy: e.TRUST_PROXY,
    jobsEnabled: e.JOBS_ENABLED,
    coursesDir: resolve(e.COURSES_DIR ?? join(__dirname, '..', '..', '..', 'courses')),
    legalDocsDir: resolve(e.LEGAL_DOCS_DIR ?? join(__dirname, '..', '..', '..', 'legal-docs')),
    issuerName: e.ISSUER_NAME,
    credentialSigningKey: e.CREDENTIAL_SIGNING_KEY,
    certificateLookupsPerMinute: e.CERTIFICATE_LOOKUPS_PER_MINUTE,
    mailRatePerMinute: e.MAIL_RATE_PER_MINUTE,
    deliveryRetrySeconds: e.DELIVERY_RETRY_SECONDS,
    deliveryMaxAttempts: e.DELIVERY_MAX_ATTEMPTS,
    followUpDays: e.FOLLOW_UP_DAYS,
    followUpCron: e.FOLLOW_UP_CRON,
    newsCron: e.NEWS_CRON === 'off' ? null : e.NEWS_CRON,
    forumDigestCron: e.FORUM_DIGEST_CRON === 'off' ? null : e.FORUM_DIGEST_CRON,
    notifyDigestCron: e.NOTIFY_DIGEST_CRON === 'off' ? null : e.NOTIFY_DIGEST_CRON,
    newsFetchTimeoutMs: e.NEWS_FETCH_TIMEOUT_MS,
    newsMaxFeedBytes: e.NEWS_MAX_FEED_BYTES,
    newsBackoffMinutes: e.NEWS_BACKOFF_MINUTES,
    newsAllowPrivateHosts: e.NEWS_ALLOW_PRIVATE_HOSTS,
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
