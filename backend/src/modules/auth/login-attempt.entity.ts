import { Entity, Index, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';

/** Failed logins, kept in PostgreSQL so every instance behind a load balancer sees the same counters. */
@Entity({ tableName: 'login_failures' })
@Index({ properties: ['email', 'createdAt'] })
@Index({ properties: ['ip', 'createdAt'] })
export class LoginFailure {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'text' })
  email: string;

  @Property({ type: 'text' })
  ip: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
