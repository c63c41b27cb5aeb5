import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { User } from '../users/user.entity';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'session';

/** What a request knows about its session. */
export interface ResolvedSession {
  id: string;
  user: User;
  /** The expiry moved forward on this request (the cookie should be sent again with a fresh Max-Age). */
  extended: boolean;
}

const RESOLVE_SQL = `
  select s.id as session_id, s.last_seen_at as session_last_seen_at,
         u.id, u.email, u.display_name, u.roles, u.locale, u.email_verified_at, u.created_at, u.updated_at, u.deleted_at
    from sessions s join users u on u.id = s.user_id
   where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.deleted_at is null`;
/** Extend a session's expiry at most this often, so a busy client does not write on every request. */
const SLIDE_EVERY_MS = 5 * 60_000;

/** Server-side sessions: the client holds an opaque token; the database holds its hash. */
@Injectable()
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get ttlMs(): number {
    return this.config.sessionTtlDays * 86_400_000;
  }

  cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/',
      maxAge: this.ttlMs,
    };
  }

  async create(user: User, meta: { ip?: string; userAgent?: string }): Promise<{ token: string; session: Session }> {
    const token = newToken();
    const session = this.em.create(Session, {
      tokenHash: hashToken(token),
      user,
      expiresAt: new Date(Date.now() + this.ttlMs),
      lastSeenAt: new Date(),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await this.em.flush();
    return { token, session };
  }

  /**
   * The live session for a token, with its user (a managed entity); slides the expiry forward. This runs
   * on every authenticated request, so it is one hand-written indexed query rather than a query builder.
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const rows: Record<string, unknown>[] = await this.em.getConnection().execute(RESOLVE_SQL, [hashToken(token)]);
    const row = rows[0];
    if (!row) return null;
    const { session_id, session_last_seen_at, ...userRow } = row;
    const user = this.em.map(User, userRow);
    const lastSeenAt = new Date(session_last_seen_at as string);
    const now = Date.now();
    const extended = now - lastSeenAt.getTime() > SLIDE_EVERY_MS;
    if (extended) {
      await this.em.nativeUpdate(Session, { id: session_id as string }, { lastSeenAt: new Date(now), expiresAt: new Date(now + this.ttlMs) });
    }
    return { id: session_id as string, user, extended };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
    const where = exceptSessionId ? { user: userId, revokedAt: null, id: { $ne: exceptSessionId } } : { user: userId, revokedAt: null };
    return this.em.nativeUpdate(Session, where, { revokedAt: new Date() });
  }

  setCookie(res: Response, token: string): void {
    res.cookie(SESSION_COOKIE, token, this.cookieOptions());
  }

  clearCookie(res: Response): void {
    const { maxAge: _maxAge, ...opts } = this.cookieOptions();
    res.clearCookie(SESSION_COOKIE, opts);
  }
}
