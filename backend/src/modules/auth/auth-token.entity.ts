import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { User } from '../users/user.entity';

export type AuthTokenPurpose = 'verify_email' | 'password_reset';

/** One-time tokens sent by email; stored hashed, single use, short-lived. */
@Entity({ tableName: 'auth_tokens' })
export class AuthToken {
  [OptionalProps]?: 'id' | 'usedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: User;

  @Enum({ items: ['verify_email', 'password_reset'], nativeEnumName: 'auth_token_purpose' })
  purpose: AuthTokenPurpose;

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
