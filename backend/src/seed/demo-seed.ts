import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../modules/auth/password';
import type { Role } from '../modules/users/role';
import { User } from '../modules/users/user.entity';
import { seedDemoAdvocacy } from './demo-advocacy';
import { seedDemoClassroom } from './demo-classroom';
import { seedDemoForum } from './demo-forum';

export interface DemoAccount {
  role: Role;
  email: string;
  displayName: string;
  password: string | null;
}

/** One demo account per role. Addresses use example.org, which can never receive mail. */
const DEMO: { role: Role; email: string; displayName: string }[] = [
  { role: 'admin', email: 'admin@example.org', displayName: 'Admin Demo' },
  { role: 'trainer', email: 'formadora@example.org', displayName: 'Formadora Demo' },
  { role: 'advocate', email: 'incidencia@example.org', displayName: 'Incidencia Demo' },
  { role: 'counsellor', email: 'asesora@example.org', displayName: 'Asesora Demo' },
  { role: 'editor', email: 'editora@example.org', displayName: 'Editora Demo' },
  { role: 'moderator', email: 'moderadora@example.org', displayName: 'Moderadora Demo' },
  { role: 'learner', email: 'aprendiz@example.org', displayName: 'Aprendiz Demo' },
];

/**
 * Creates the demo accounts that do not exist yet (and a demo class, see demo-classroom.ts, a demo campaign, see demo-advocacy.ts, and demo forum threads, see demo-forum.ts), each with a fresh random password (printed once, never
 * a well-known default). Existing accounts are left as they are. Returns what was created or found.
 */
export async function seedDemoData(orm: MikroORM): Promise<DemoAccount[]> {
  const em = orm.em.fork();
  const out: DemoAccount[] = [];
  for (const d of DEMO) {
    const existing = await em.findOne(User, { email: d.email });
    if (existing) {
      out.push({ ...d, password: null });
      continue;
    }
    const password = randomBytes(9).toString('base64url');
    em.create(User, {
      email: d.email,
      displayName: d.displayName,
      passwordHash: await hashPassword(password),
      roles: d.role === 'learner' ? ['learner'] : ['learner', d.role],
      locale: 'es',
      emailVerifiedAt: new Date(),
    });
    out.push({ ...d, password });
  }
  await em.flush();
  await seedDemoClassroom(em);
  await seedDemoAdvocacy(em);
  await seedDemoForum(em);
  return out;
}

/** True when the database has no account at all (first run). */
export async function isEmptyDatabase(orm: MikroORM): Promise<boolean> {
  return (await orm.em.fork().count(User, {})) === 0;
}

export function formatDemoAccounts(accounts: DemoAccount[]): string {
  const lines = accounts.map((a) => `  ${a.role.padEnd(11)} ${a.email.padEnd(26)} ${a.password ?? '(ya existía / already existed)'}`);
  return ['Cuentas de demostración / Demo accounts (rol, correo, contraseña):', ...lines].join('\n');
}
