import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Index, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import type { Role } from './role';

export type Locale = 'es' | 'en';

@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'id' | 'roles' | 'locale' | 'emailVerifiedAt' | 'createdAt' | 'updatedAt' | 'deletedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased. Null once the account is deleted (the row stays so content keeps an author). */
  @Property({ type: 'text', nullable: true, unique: true })
  email: string | null;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null;

  @Property({ type: 'text' })
  displayName: string;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{learner}' })
  roles: Role[] = ['learner'];

  @Property({ type: 'text', default: 'es' })
  locale: Locale = 'es';

  @Property({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Index()
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}
