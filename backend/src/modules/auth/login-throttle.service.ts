import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppException } from '../../common/http/app-exception';
import { LoginFailure } from './login-attempt.entity';

const WINDOW_MS = 15 * 60_000;

/**
 * Counts failed logins per account and per IP over the last 15 minutes, in PostgreSQL (shared by every
 * instance). At the limit, even a right password is refused until the window has passed.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly em: EntityManager, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const since = new Date(Date.now() - WINDOW_MS);
    const rows: { key: string; n: string; oldest: Date }[] = await this.em.getConnection().execute(
      `select 'email' as key, count(*) as n, min(created_at) as oldest from login_failures where email = ? and created_at > ?
       union all
       select 'ip', count(*), min(created_at) from login_failures where ip = ? and created_at > ?`,
      [email, since, ip, since],
    );
    const max = this.config.loginMaxFailures;
    const blocked = rows.filter((r) => Number(r.n) >= max);
    if (blocked.length === 0) return;
    // Retry once the failure that pushed the count to the limit leaves the window.
    const retryAt = Math.max(...(await Promise.all(blocked.map((r) => this.unlockAt(r.key as 'email' | 'ip', r.key === 'email' ? email : ip, since)))));
    const seconds = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
    throw new AppException(HttpStatus.TOO_MANY_REQUESTS, 'auth.too_many_failures', { minutes: Math.ceil(seconds / 60) }, undefined, {
      'Retry-After': String(seconds),
    });
  }

  private async unlockAt(column: 'email' | 'ip', value: string, since: Date): Promise<number> {
    const max = this.config.loginMaxFailures;
    const rows: { created_at: Date }[] = await this.em.getConnection().execute(
      `select created_at from login_failures where ${column} = ? and created_at > ? order by created_at desc offset ? limit 1`,
      [value, since, max - 1],
    );
    const pivot = rows[0]?.created_at ? new Date(rows[0].created_at).getTime() : Date.now();
    return pivot + WINDOW_MS;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.em.insert(LoginFailure, { email, ip, createdAt: new Date() });
  }

  /** A successful login clears the account's counter (the IP's stays: it may be guessing other accounts). */
  async clear(email: string): Promise<void> {
    await this.em.nativeDelete(LoginFailure, { email });
  }
}
