import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type AppConfig } from '../config/config';
import { resolveDatabase, runMigrations, withOrm, type ResolvedDatabase } from '../database/database';
import { hashPassword } from '../modules/auth/password';
import { isRole, normaliseRoles, ROLES, type Role } from '../modules/users/role';
import { User } from '../modules/users/user.entity';
import { formatDemoAccounts, seedDemoData } from '../seed/demo-seed';
import { CourseContentError } from '../modules/courses/course-content.loader';
import { importCourses } from '../modules/courses/course-sync';
import { CERTIFICATE_COMMANDS } from './certificates.commands';
import { CredentialFileError } from '../modules/certificates/credentials/file-verifier';

export interface Command {
  usage: string;
  es: string;
  en: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  /** Takes positional arguments (files). */
  positionals?: boolean;
  /** Works without the database (a verifier's tool). */
  noDatabase?: boolean;
  /** Returns an exit code other than 0 when the outcome says so (a revoked certificate, say). */
  run: (db: string, values: Record<string, string | boolean | undefined>, out: (line: string) => void, config: AppConfig, positionals: string[]) => Promise<void | number>;
}

/** A one-line progress bar on a terminal; plain lines elsewhere (CI logs, pipes). */
function progressBar(label: string): (done: number, total: number, item: string) => void {
  const tty = process.stderr.isTTY;
  return (done, total, item) => {
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${item}`;
    if (tty) process.stderr.write(`\r${line.padEnd(79)}${done === total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}

export class CliError extends Error {}

function need(values: Record<string, string | boolean | undefined>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || !v.trim()) throw new CliError(`Falta --${name} / --${name} is required`);
  return v.trim();
}

function parseRoles(text: string): Role[] {
  const list = text.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = list.filter((r) => !isRole(r));
  if (bad.length) throw new CliError(`Rol desconocido / unknown role: ${bad.join(', ')} (${ROLES.join(', ')})`);
  return list as Role[];
}

/** Reads --email and --roles, applies `next` to the account's roles and prints the result. */
async function changeRoles(
  db: string,
  v: Record<string, string | boolean | undefined>,
  out: (line: string) => void,
  next: (current: Role[], given: Role[]) => Role[],
): Promise<void> {
  const email = need(v, 'email').toLowerCase();
  const given = parseRoles(need(v, 'roles'));
  await withOrm(db, async (orm) => {
    const em = orm.em.fork();
    const user = await em.findOne(User, { email, deletedAt: null });
    if (!user) throw new CliError(`No hay ninguna cuenta con ${email} / no account with ${email}`);
    user.roles = normaliseRoles(next(user.roles, given));
    await em.flush();
    out(`${email}: ${user.roles.join(', ')}`);
  });
}

export const COMMANDS: Record<string, Command> = {
  'users:create': {
    usage: 'users:create --email <correo> --password <contraseña> --name <nombre> [--roles a,b] [--locale es|en]',
    es: 'Crea una cuenta (con el correo ya verificado).',
    en: 'Creates an account (email already verified).',
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' }, locale: { type: 'string' } },
    run: async (db, v, out) => {
      const email = need(v, 'email').toLowerCase();
      const password = need(v, 'password');
      const name = need(v, 'name');
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new CliError('--email no es un correo válido / is not a valid email');
      if (password.length < 10) throw new CliError('--password necesita al menos 10 caracteres / needs at least 10 characters');
      if (name.length < 2 || name.length > 60) throw new CliError('--name debe tener entre 2 y 60 caracteres / must be 2–60 characters');
      const locale = (v.locale as string | undefined) ?? 'es';
      if (locale !== 'es' && locale !== 'en') throw new CliError('--locale debe ser es o en / must be es or en');
      const roles = normaliseRoles(typeof v.roles === 'string' ? parseRoles(v.roles) : []);
      await withOrm(db, async (orm) => {
        const em = orm.em.fork();
        if (await em.findOne(User, { email })) throw new CliError(`Ya existe una cuenta con ${email} / an account with ${email} already exists`);
        const user = em.create(User, { email, displayName: name, passwordHash: await hashPassword(password), roles, locale, emailVerifiedAt: new Date() });
        await em.flush();
        out(`Cuenta creada / account created: ${user.id} ${email} [${roles.join(', ')}]`);
      });
    },
  },
  'users:grant': {
    usage: 'users:grant --email <correo> --roles a,b',
    es: 'Añade roles a una cuenta.',
    en: 'Adds roles to an account.',
    options: { email: { type: 'string' }, roles: { type: 'string' } },
    run: (db, v, out) => changeRoles(db, v, out, (current, given) => [...current, ...given]),
  },
  'users:revoke': {
    usage: 'users:revoke --email <correo> --roles a,b',
    es: 'Quita roles a una cuenta (learner se mantiene).',
    en: 'Removes roles from an account (learner stays).',
    options: { email: { type: 'string' }, roles: { type: 'string' } },
    run: (db, v, out) => changeRoles(db, v, out, (current, given) => current.filter((r) => !given.includes(r))),
  },
  'courses:import': {
    usage: 'courses:import [--dir <carpeta>]',
    es: 'Valida los cursos de courses/ y los sincroniza con la base de datos.',
    en: 'Validates the courses in courses/ and synchronises them into the database.',
    options: { dir: { type: 'string' } },
    run: async (db, v, out, config) => {
      const dir = typeof v.dir === 'string' ? v.dir : config.coursesDir;
      const summary = await importCourses(db, dir, progressBar('Cursos / courses'));
      out(`Nuevos / created: ${summary.created.length} ${summary.created.join(', ')}`.trim());
      out(`Actualizados / updated: ${summary.updated.length} ${summary.updated.join(', ')}`.trim());
      out(`Sin cambios / unchanged: ${summary.unchanged.length} ${summary.unchanged.join(', ')}`.trim());
    },
  },
  'db:migrate': {
    usage: 'db:migrate',
    es: 'Aplica las migraciones pendientes.',
    en: 'Applies pending migrations.',
    options: {},
    run: async (db, _v, out) => {
      const applied = await runMigrations(db);
      out(applied.length ? `Migraciones aplicadas / applied: ${applied.join(', ')}` : 'Nada que migrar / nothing to migrate');
    },
  },
  'db:seed': {
    usage: 'db:seed',
    es: 'Crea los datos de demostración que falten (una cuenta por rol).',
    en: 'Creates missing demo data (one account per role).',
    options: {},
    run: async (db, _v, out) => {
      out(formatDemoAccounts(await withOrm(db, seedDemoData)));
    },
  },
  ...CERTIFICATE_COMMANDS,
};

export function helpText(): string {
  const lines = ['Uso / usage: npm run cli -- <comando> [opciones]', '', 'Comandos / commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) {
    lines.push(`  ${name}`, `    ${c.usage}`, `    es: ${c.es}`, `    en: ${c.en}`);
  }
  lines.push('', 'Base de datos: DATABASE_URL si está definida; si no, la PostgreSQL embebida de DATA_DIR (también con la app en marcha).');
  lines.push('Database: DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR (also while the app is running).');
  return lines.join('\n');
}

/** Runs one CLI command; returns the exit code. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  err: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(helpText());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`Comando desconocido / unknown command: ${name}\n`);
    err(helpText());
    return 2;
  }
  let config: AppConfig;
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    config = loadConfig(env);
    ({ values, positionals } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: !!command.positionals }));
  } catch (e) {
    err(e instanceof ConfigError ? e.message : `${(e as Error).message}\n${command.usage}`);
    return 2;
  }
  let db: ResolvedDatabase | undefined;
  try {
    if (command.noDatabase) return (await command.run('', values, out, config, positionals)) ?? 0;
    db = await resolveDatabase(config, () => undefined);
    // Every command works on an up-to-date schema, even on a database that was never started.
    if (name !== 'db:migrate') await runMigrations(db.url);
    return (await command.run(db.url, values, out, config, positionals)) ?? 0;
  } catch (e) {
    err(e instanceof CliError || e instanceof CourseContentError || e instanceof CredentialFileError ? e.message : (e as Error).stack ?? String(e));
    return 1;
  } finally {
    // Only stop a server this command started itself: a running app keeps its own.
    await db?.embedded?.stop();
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
