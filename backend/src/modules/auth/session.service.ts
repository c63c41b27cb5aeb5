import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { User } from '../users/user.entity';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'session';
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

  /** The live session for a token, with its user; slides the expiry forward. */
  async resolve(token: string): Promise<Session | null> {
    if (!token || token.length > 200) return null;
    const session = await this.em.findOne(
      Session,
      { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() }, user: { deletedAt: null } },
      { populate: ['user'] },
    );
    if (!session) return null;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > SLIDE_EVERY_MS) {
      const expiresAt = new Date(now + this.ttlMs);
      await this.em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: new Date(now), expiresAt });
      session.lastSeenAt = new Date(now);
      session.expiresAt = expiresAt;
    }
    return session;
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
