import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';

const QUEUE = 'maintenance.cleanup';

/** Hourly housekeeping, scheduled in PostgreSQL through pg-boss so only one instance runs each slot. */
@Injectable()
export class MaintenanceService {
  private readonly logger = new Logger('maintenance');

  constructor(private readonly em: EntityManager, jobs: JobsService) {
    jobs.register(QUEUE, async () => {
      await this.cleanup();
    });
    jobs.scheduleCron(QUEUE, '17 * * * *');
  }

  async cleanup(): Promise<{ sessions: number; tokens: number; failures: number }> {
    const conn = this.em.fork().getConnection();
    const run = async (sql: string) => ((await conn.execute(sql, [], 'run')) as unknown as { affectedRows: number }).affectedRows;
    const result = {
      sessions: await run(`delete from sessions where expires_at < now() - interval '7 days' or revoked_at < now() - interval '7 days'`),
      tokens: await run(`delete from auth_tokens where expires_at < now() - interval '7 days'`),
      failures: await run(`delete from login_failures where created_at < now() - interval '1 day'`),
    };
    this.logger.log(result, 'cleanup done');
    return result;
  }
}
