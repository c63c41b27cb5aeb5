import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppException } from '../../common/http/app-exception';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    const token = await this.issueToken(user, 'verify_email', VERIFY_TTL_MS);
    await this.mail.send(user.email, user.locale, {
      name: 'verify_email',
      params: { displayName: user.displayName, link: `${this.config.publicUrl}/verificar-correo?token=${token}` },
    });
  }

  async verifyEmail(token: string): Promise<UserResponse> {
    const record = await this.consumeToken(token, 'verify_email');
    const user = record.user;
    if (!user.emailVerifiedAt) user.emailVerifiedAt = new Date();
    await this.em.flush();
    return UserResponse.from(user);
  }

  async login(dto: LoginRequest, meta: ClientMeta): Promise<{ user: UserResponse; token: string }> {
    await this.throttle.assertAllowed(dto.email, meta.ip);
    const user = await this.em.findOne(User, { email: dto.email, deletedAt: null }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(dto.email, meta.ip);
      throw new AppException(HttpStatus.UNAUTHORIZED, 'auth.invalid_credentials');
    }
    await this.throttle.clear(dto.email);
    const { token } = await this.sessions.create(user, meta);
    return { user: UserResponse.from(user), token };
  }

  /** Always succeeds from the caller's point of view, so it cannot be used to learn who has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.em.findOne(User, { email, deletedAt: null });
    if (!user || !user.email) return;
    const token = await this.issueToken(user, 'password_reset', RESET_TTL_MS);
    await this.mail.send(user.email, user.locale, {
      name: 'password_reset',
      params: { displayName: user.displayName, link: `${this.config.publicUrl}/recuperar/nueva?token=${token}` },
    });
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

  private async issueToken(user: User, purpose: AuthTokenPurpose, ttlMs: number): Promise<string> {
    const token = newToken();
    // A new link replaces older unused ones of the same kind.
    await this.em.nativeUpdate(AuthToken, { user: user.id, purpose, usedAt: null }, { usedAt: new Date() });
    this.em.create(AuthToken, { tokenHash: hashToken(token), user, purpose, expiresAt: new Date(Date.now() + ttlMs) });
    await this.em.flush();
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
