import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { APP_OPTIONS, DATABASE_URL, type AppOptions } from '../../database/database.tokens';

type Handler<T> = (data: T) => Promise<void>;

/**
 * Background jobs on pg-boss, in the same PostgreSQL: any instance may enqueue and any instance may work,
 * so nothing a job needs lives in one process's memory. Handlers are registered before the boss starts.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private boss?: PgBoss;
  /**
   * pg-boss's connections, in a pool we own. pg-boss would end its own pool at stop(), and a pool that is
   * ending never serves the requests waiting for a connection: a worker polling at that moment would wait
   * forever and pg-boss's loop watching it would tick on, past the end of the application (or of a test).
   */
  private pool?: Pool;
  private readonly handlers = new Map<string, Handler<never>>();
  private readonly schedules: { name: string; cron: string }[] = [];
  /** Handlers running now in this process: shutdown waits for them, so none outlives the app. */
  private running = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
  ) {}

  /** Registers the worker for a queue. Called from other modules' constructors or onModuleInit. */
  register<T>(queue: string, handler: Handler<T>): void {
    this.handlers.set(queue, handler);
  }

  /** Runs `queue` on a cron held in PostgreSQL: one run per slot however many instances are up. */
  scheduleCron(queue: string, cron: string): void {
    this.schedules.push({ name: queue, cron });
  }

  /**
   * Every app instance can enqueue; only those with JOBS_ENABLED work the queues and keep the schedules,
   * so a fleet may dedicate some instances to web traffic and others to jobs.
   */
  async onModuleInit(): Promise<void> {
    if (this.options.connect === false) return;
    const work = this.config.jobsEnabled;
    const pool = new Pool({ connectionString: this.databaseUrl, max: work ? 4 : 2, application_name: 'pgboss' });
    pool.on('error', (err) => this.logger.error({ err: { message: err.message } }, 'pg-boss connection error'));
    this.pool = pool;
    const boss = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) }, schema: 'pgboss', supervise: work, schedule: work });
    boss.on('error', (err) => this.logger.error({ err: { message: err.message } }, 'pg-boss error'));
    try {
      await boss.start();
      for (const queue of this.handlers.keys()) await boss.createQueue(queue);
      if (work) {
        for (const [queue, handler] of this.handlers) {
          await boss.work<unknown>(queue, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async (jobs) => {
            this.running++;
            try {
              for (const job of jobs) await (handler as Handler<unknown>)(job.data);
            } finally {
              this.running--;
            }
          });
        }
        for (const s of this.schedules) await boss.schedule(s.name, s.cron, {}, { tz: 'UTC' });
      }
    } catch (e) {
      // A boss that failed half-way is stopped here: Nest calls no shutdown hook for an app that never started.
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      await this.closePool();
      throw e;
    }
    this.boss = boss;
  }

  /** Enqueues a job in PostgreSQL. Outside the app (the CLI has no job runner) the handler runs at once. */
  async enqueue<T extends object>(queue: string, data: T, options: PgBoss.SendOptions = {}): Promise<void> {
    if (!this.boss) {
      const handler = this.handlers.get(queue) as Handler<T> | undefined;
      if (!handler) throw new Error(`No handler for queue ${queue}`);
      await handler(data);
      return;
    }
    await this.boss.send(queue, data, { retryLimit: 5, retryDelay: 30, retryBackoff: true, ...options });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.boss) return;
    const boss = this.boss;
    this.boss = undefined;
    try {
      // pg-boss waits up to 30 s for handlers in progress; then it marks them failed, to be retried (by any
      // instance). A handler still running then (a stuck SMTP server, say) gets a few seconds more, so it
      // does not run on against a closed application.
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      const deadline = Date.now() + 5_000;
      while (this.running > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (this.running > 0) this.logger.warn({ running: this.running }, 'stopped with job handlers still running');
    } finally {
      await this.closePool();
    }
  }

  /**
   * pg-boss's stop() returns before its workers have all finished their last poll: a worker may still be
   * waiting for a connection, and pg-boss checks its stopped workers once a second in a loop it does not
   * expose. The pool stays open until no query is waiting or running, then one more of those seconds passes,
   * so nothing of pg-boss runs after the application has closed.
   */
  private async closePool(): Promise<void> {
    const pool = this.pool;
    if (!pool) return;
    this.pool = undefined;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const deadline = Date.now() + 10_000;
    while ((pool.waitingCount > 0 || pool.idleCount < pool.totalCount) && Date.now() < deadline) await sleep(20);
    await sleep(1_100);
    await pool.end();
  }
}
