import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppException } from '../../common/http/app-exception';
import { LoginFailure } from './login-attempt.entity';

const WINDOW_MS = 15 * 60_000;

/**
 * Counts failed logins per account and per IP over the last 15 minutes, in PostgreSQL (shared by every
 * instance). At the limit, even a right password is refused until the window has passed. A successful
 * login deletes its own attempt, so the account's earlier failures are cleared but the IP's are not.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly em: EntityManager, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Counts the attempt before the password is checked, under advisory locks on the account and the IP, so
   * parallel requests cannot all slip past the count while argon2 runs. Returns the attempt's id, to be
   * forgiven if the password turns out right; throws 429 when the account or the IP is at the limit.
   */
  async reserveAttempt(email: string, ip: string): Promise<string> {
    const since = new Date(Date.now() - WINDOW_MS);
    const max = this.config.loginMaxFailures;
    const blocked = await this.em.transactional(async (em) => {
      // Always the account first, then the IP: one order for everyone, so no two requests deadlock.
      await em.execute(`select pg_advisory_xact_lock(hashtext('login:email:' || ?)), pg_advisory_xact_lock(hashtext('login:ip:' || ?))`, [email, ip]);
      const rows: { key: 'email' | 'ip'; n: string }[] = await em.execute(
        `select 'email' as key, count(*) as n from login_failures where email = ? and created_at > ?
         union all
         select 'ip', count(*) from login_failures where ip = ? and created_at > ?`,
        [email, since, ip, since],
      );
      const over = rows.filter((r) => Number(r.n) >= max).map((r) => r.key);
      if (over.length) return { over, id: undefined };
      const [row] = await em.execute<{ id: string }[]>('insert into login_failures (email, ip, created_at) values (?, ?, now()) returning id', [email, ip]);
      return { over, id: row.id };
    });
    if (blocked.id !== undefined) return blocked.id;
    // Retry once the failure that pushed the count to the limit leaves the window.
    const retryAt = Math.max(...(await Promise.all(blocked.over.map((k) => this.unlockAt(k, k === 'email' ? email : ip, since)))));
    const seconds = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    const key = minutes === 1 ? 'auth.too_many_failures_one' : 'auth.too_many_failures';
    throw new AppException(HttpStatus.TOO_MANY_REQUESTS, key, { minutes }, undefined, { 'Retry-After': String(seconds) });
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

  /** A successful login: its own attempt and the account's earlier failures no longer count. */
  async succeeded(attemptId: string, email: string): Promise<void> {
    await this.em.nativeDelete(LoginFailure, { $or: [{ id: attemptId }, { email }] });
  }

  /** The account's counter starts again (after a password reset). The IP's stays: it may be guessing others. */
  async clear(email: string): Promise<void> {
    await this.em.nativeDelete(LoginFailure, { email });
  }
}
