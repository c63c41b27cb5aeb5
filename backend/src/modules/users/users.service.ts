import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { AuthToken } from '../auth/auth-token.entity';
import { LoginFailure } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { normaliseRoles, type Role } from './role';
import { User } from './user.entity';
import { PersonalDataExport, UserListResponse, UserResponse, type ListUsersQuery, type UpdateMeRequest } from './users.dto';

export const DELETED_USER_NAME = 'Usuario eliminado';

/**
 * What a feature holds about a person, for the data export and for account deletion. Features register one
 * at start (the users module cannot know them all). `erase` runs inside the deletion's transaction;
 * `afterErase` once it has committed (e.g. to give a freed class place to the next person waiting).
 */
export interface PersonalDataSection {
  name: string;
  export(userId: string): Promise<unknown>;
  erase(em: EntityManager, userId: string): Promise<void>;
  afterErase?(userId: string): Promise<void>;
}

@Injectable()
export class UsersService {
  constructor(private readonly em: EntityManager) {}

  async updateMe(user: User, dto: UpdateMeRequest): Promise<UserResponse> {
    if (dto.displayName !== undefined) user.displayName = dto.displayName;
    if (dto.locale !== undefined) user.locale = dto.locale;
    await this.em.flush();
    return UserResponse.from(user);
  }

  async list(query: ListUsersQuery): Promise<UserListResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const where: Record<string, unknown> = { deletedAt: null };
    const q = query.q?.trim();
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ email: { $ilike: like } }, { displayName: { $ilike: like } }];
    }
    const [users, total] = await this.em.findAndCount(User, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: users.map(UserResponse.from), total, page, pageSize };
  }

  async setRoles(id: string, roles: Role[]): Promise<UserResponse> {
    return this.em.transactional(async (em) => {
      // Role changes are serialised, so two admins demoting each other at once cannot leave none.
      await em.execute(`select pg_advisory_xact_lock(hashtext('users:roles'))`);
      const user = await em.findOne(User, { id, deletedAt: null }, { refresh: true });
      if (!user) throw new AppException(HttpStatus.NOT_FOUND, 'users.not_found');
      const next = normaliseRoles(roles);
      if (user.roles.includes('admin') && !next.includes('admin')) {
        const admins = await em.count(User, { roles: { $contains: ['admin'] }, deletedAt: null });
        if (admins <= 1) throw new AppException(HttpStatus.CONFLICT, 'users.last_admin');
      }
      user.roles = next;
      await em.flush();
      return UserResponse.from(user);
    });
  }

  private readonly sections: PersonalDataSection[] = [];

  registerPersonalData(section: PersonalDataSection): void {
    this.sections.push(section);
  }

  /** Everything Puente holds about the person, as JSON (GDPR art. 15 and 20). */
  async export(user: User): Promise<PersonalDataExport> {
    const sessions = await this.em.find(Session, { user }, { orderBy: { createdAt: 'desc' } });
    const tokens = await this.em.find(AuthToken, { user }, { orderBy: { createdAt: 'desc' } });
    const failures = user.email ? await this.em.find(LoginFailure, { email: user.email }, { orderBy: { createdAt: 'desc' } }) : [];
    return {
      exportedAt: new Date().toISOString(),
      account: UserResponse.from(user),
      sessions: sessions.map((s) => ({
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        revokedAt: s.revokedAt?.toISOString() ?? null,
        ip: s.ip,
        userAgent: s.userAgent,
      })),
      emailTokens: tokens.map((t) => ({ purpose: t.purpose, createdAt: t.createdAt.toISOString(), usedAt: t.usedAt?.toISOString() ?? null })),
      failedLogins: failures.map((f) => ({ at: f.createdAt.toISOString(), ip: f.ip })),
      sections: Object.fromEntries(await Promise.all(this.sections.map(async (sec) => [sec.name, await sec.export(user.id)] as const))),
    };
  }

  /**
   * Erases personal data and keeps an anonymous row, so content others rely on stays attributed to
   * "deleted user". Sessions, tokens and login records go.
   */
  async deleteMe(user: User): Promise<void> {
    await this.em.transactional(async (em) => {
      for (const section of this.sections) await section.erase(em, user.id);
      const email = user.email;
      await em.nativeDelete(Session, { user: user.id });
      await em.nativeDelete(AuthToken, { user: user.id });
      if (email) await em.nativeDelete(LoginFailure, { email });
      await em.nativeUpdate(User, { id: user.id }, {
        email: null,
        passwordHash: null,
        displayName: DELETED_USER_NAME,
        roles: [],
        emailVerifiedAt: null,
        deletedAt: new Date(),
      });
    });
    for (const section of this.sections) await section.afterErase?.(user.id);
  }
}
