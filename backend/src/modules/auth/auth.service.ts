import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppException } from '../../common/http/app-exception';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { UserResponse } from '../users/users.dto';
import { AuthToken, type AuthTokenPurpose } from './auth-token.entity';
import type { LoginRequest, PasswordResetConfirmRequest, RegisterRequest } from './auth.dto';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './password';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';

const VERIFY_TTL_MS = 48 * 3_600_000;
const RESET_TTL_MS = 3_600_000;

const TOKEN_MAIL_QUEUE = 'auth.token-mail';

interface TokenMailJob {
  userId: string;
  purpose: AuthTokenPurpose;
}

export interface ClientMeta {
  ip: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.register<TokenMailJob>(TOKEN_MAIL_QUEUE, (job) => this.sendTokenMail(job));
  }

  async register(dto: RegisterRequest): Promise<UserResponse> {
    const user = this.em.create(User, {
      email: dto.email,
      passwordHash: await hashPassword(dto.password),
      displayName: dto.displayName,
      locale: dto.locale,
      roles: ['learner'],
    });
    try {
      await this.em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw new AppException(HttpStatus.CONFLICT, 'auth.email_taken', {}, [{ field: 'email', rule: 'unique', message: '' }]);
      }
      throw e;
    }
    await this.sendVerification(user);
    return UserResponse.from(user);
  }

  async sendVerification(user: User): Promise<void> {
    if (!user.email || user.emailVerifiedAt) return;
    await this.jobs.enqueue<TokenMailJob>(TOKEN_MAIL_QUEUE, { userId: user.id, purpose: 'verify_email' });
  }

  /**
   * The job behind verification and reset emails. The one-time token is made here, at sending time, so
   * it never rests in the job queue's tables: the database holds only its hash.
   */
  private async sendTokenMail(job: TokenMailJob): Promise<void> {
    const em = this.em.fork();
    const user = await em.findOne(User, { id: job.userId, deletedAt: null });
    if (!user?.email) return;
    if (job.purpose === 'verify_email') {
      if (user.emailVerifiedAt) return;
      const token = await this.issueToken(em, user, 'verify_email', VERIFY_TTL_MS);
      await this.mail.deliver({
        to: user.email,
        locale: user.locale,
        template: { name: 'verify_email', params: { displayName: user.displayName, link: `${this.config.publicUrl}/verificar-correo?token=${token}` } },
      });
    } else {
      const token = await this.issueToken(em, user, 'password_reset', RESET_TTL_MS);
      await this.mail.deliver({
        to: user.email,
        locale: user.locale,
        template: { name: 'password_reset', params: { displayName: user.displayName, link: `${this.config.publicUrl}/recuperar/nueva?token=${token}` } },
      });
    }
  }

  async verifyEmail(token: string): Promise<UserResponse> {
    const record = await this.consumeToken(token, 'verify_email');
    const user = record.user;
    if (!user.emailVerifiedAt) user.emailVerifiedAt = new Date();
    await this.em.flush();
    return UserResponse.from(user);
  }

  async login(dto: LoginRequest, meta: ClientMeta): Promise<{ user: UserResponse; token: string }> {
    const attempt = await this.throttle.reserveAttempt(dto.email, meta.ip);
    const user = await this.em.findOne(User, { email: dto.email, deletedAt: null }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(user?.passwordHash, dto.password);
    // A wrong password leaves the reserved attempt in place: it is the failure.
    if (!user || !ok) throw new AppException(HttpStatus.UNAUTHORIZED, 'auth.invalid_credentials');
    await this.throttle.succeeded(attempt, dto.email);
    const { token } = await this.sessions.create(user, meta);
    return { user: UserResponse.from(user), token };
  }

  /** Always succeeds from the caller's point of view, so it cannot be used to learn who has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.em.findOne(User, { email, deletedAt: null });
    if (!user || !user.email) return;
    await this.jobs.enqueue<TokenMailJob>(TOKEN_MAIL_QUEUE, { userId: user.id, purpose: 'password_reset' });
  }

  async confirmPasswordReset(dto: PasswordResetConfirmRequest): Promise<UserResponse> {
    const record = await this.consumeToken(dto.token, 'password_reset');
    const user = record.user;
    user.passwordHash = await hashPassword(dto.password);
    // Following the emailed link proves control of the address.
    if (!user.emailVerifiedAt) user.emailVerifiedAt = new Date();
    await this.em.flush();
    await this.sessions.revokeAllForUser(user.id);
    if (user.email) await this.throttle.clear(user.email);
    if (user.email) {
      await this.mail.send(user.email, user.locale, {
        name: 'password_changed',
        params: { displayName: user.displayName, link: `${this.config.publicUrl}/recuperar` },
      });
    }
    return UserResponse.from(user);
  }

  private async issueToken(em: EntityManager, user: User, purpose: AuthTokenPurpose, ttlMs: number): Promise<string> {
    const token = newToken();
    // A new link replaces older unused ones of the same kind.
    await em.nativeUpdate(AuthToken, { user: user.id, purpose, usedAt: null }, { usedAt: new Date() });
    em.create(AuthToken, { tokenHash: hashToken(token), user, purpose, expiresAt: new Date(Date.now() + ttlMs) });
    await em.flush();
    return token;
  }

  /** Marks a one-time token used, atomically: two concurrent uses cannot both succeed. */
  private async consumeToken(token: string, purpose: AuthTokenPurpose): Promise<AuthToken> {
    const tokenHash = hashToken(token);
    const used = await this.em.nativeUpdate(
      AuthToken,
      { tokenHash, purpose, usedAt: null, expiresAt: { $gt: new Date() } },
      { usedAt: new Date() },
    );
    if (used !== 1) throw new AppException(HttpStatus.BAD_REQUEST, 'auth.invalid_token', {}, [{ field: 'token', rule: 'invalid', message: '' }]);
    const record = await this.em.findOneOrFail(AuthToken, { tokenHash }, { populate: ['user'] });
    if (record.user.deletedAt) throw new AppException(HttpStatus.BAD_REQUEST, 'auth.invalid_token');
    return record;
  }
}
