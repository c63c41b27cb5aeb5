import { EntityManager } from '@mikro-orm/postgresql';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import request from 'supertest';
import { ACCESS_RULE } from '../src/common/auth/access.decorators';
import { ROLES } from '../src/modules/users/role';
import { createAccount, grantRoles, startTestApp, type Account, type TestApp } from './helpers/test-app';

describe('roles and access rules', () => {
  let t: TestApp;
  let admin: Account;
  let learner: Account;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await createAccount(t, { displayName: 'Admin de prueba' });
    await grantRoles(t, admin.id, ['admin']);
    learner = await createAccount(t, { displayName: 'Aprendiz de prueba' });
  });
  afterAll(() => t.close());

  const bearer = (a: Account) => ({ Authorization: `Bearer ${a.token}` });

  it('gives every route an explicit access rule (fail-closed guard)', () => {
    const modules = t.app.get(ModulesContainer);
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const missing: string[] = [];
    let routes = 0;
    for (const wrapper of [...modules.values()].flatMap((m) => [...m.controllers.values()])) {
      const instance = wrapper.instance;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        routes += 1;
        const rule = reflector.getAllAndOverride(ACCESS_RULE, [handler, wrapper.metatype as (...args: unknown[]) => unknown]);
        if (!rule) missing.push(`${wrapper.name}.${name} (${String(Reflect.getMetadata(PATH_METADATA, handler))})`);
      }
    }
    expect(routes).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it.each([
    ['get', '/api/admin/users'],
    ['patch', '/api/admin/users/00000000-0000-4000-8000-000000000000'],
  ] as const)('%s %s: 401 anonymous, 403 for every non-admin role', async (method, path) => {
    await request(t.http)[method](path).send({ roles: ['trainer'] }).expect(401);
    await request(t.http)[method](path).set(bearer(learner)).send({ roles: ['trainer'] }).expect(403);
    const other = await createAccount(t);
    for (const role of ROLES.filter((r) => r !== 'admin' && r !== 'learner')) {
      await grantRoles(t, other.id, [role]);
      const res = await request(t.http)[method](path).set(bearer(other)).send({ roles: ['trainer'] }).expect(403);
      expect(res.body.message).toBe('No tienes permiso para hacer esto.');
    }
  });

  it('lets an admin search users (emails visible to admins only) and grant roles', async () => {
    const list = await request(t.http).get('/api/admin/users').query({ q: 'Aprendiz de prueba' }).set(bearer(admin)).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toContain(learner.id);
    expect(list.body).toMatchObject({ page: 1, pageSize: 20 });
    const byEmail = await request(t.http).get('/api/admin/users').query({ q: learner.email.toUpperCase() }).set(bearer(admin)).expect(200);
    expect(byEmail.body.items).toHaveLength(1);
    expect(byEmail.body.items[0].email).toBe(learner.email);

    const granted = await request(t.http).patch(`/api/admin/users/${learner.id}`).set(bearer(admin)).send({ roles: ['trainer', 'editor', 'trainer'] }).expect(200);
    expect(granted.body.roles).toEqual(['learner', 'trainer', 'editor']);
    // The new roles apply to the member's existing session straight away.
    const me = await request(t.http).get('/api/auth/me').set(bearer(learner)).expect(200);
    expect(me.body.roles).toEqual(['learner', 'trainer', 'editor']);

    const revoked = await request(t.http).patch(`/api/admin/users/${learner.id}`).set(bearer(admin)).send({ roles: [] }).expect(200);
    expect(revoked.body.roles).toEqual(['learner']);
  });

  it('validates role changes and pagination', async () => {
    const bad = await request(t.http).patch(`/api/admin/users/${learner.id}`).set(bearer(admin)).send({ roles: ['superuser'] }).expect(400);
    expect(bad.body.details[0]).toMatchObject({ field: 'roles', rule: 'isIn' });
    const badId = await request(t.http).patch('/api/admin/users/not-a-uuid').set(bearer(admin)).send({ roles: [] }).expect(400);
    expect(badId.body.details[0].field).toBe('id');
    await request(t.http).patch('/api/admin/users/00000000-0000-4000-8000-000000000000').set(bearer(admin)).send({ roles: [] }).expect(404);
    const badPage = await request(t.http).get('/api/admin/users').query({ page: 'zero', pageSize: 1000 }).set(bearer(admin)).expect(400);
    expect([...new Set(badPage.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(['page', 'pageSize']);
    const paged = await request(t.http).get('/api/admin/users').query({ page: 2, pageSize: 1 }).set(bearer(admin)).expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(2);
  });

  it('never loses every admin, even when two admins demote each other at the same moment', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    await grantRoles(t, a.id, ['admin']);
    await grantRoles(t, b.id, ['admin']);
    const conn = t.app.get(EntityManager).fork().getConnection();
    const others = await conn.execute<{ id: string }[]>(`select id from users where 'admin' = any(roles) and id not in (?, ?)`, [a.id, b.id]);
    const ids = `{${others.map((o) => o.id).join(',')}}`;
    await conn.execute(`update users set roles = array_remove(roles, 'admin') where id = any(?::uuid[])`, [ids]);
    try {
      const [x, y] = await Promise.all([
        request(t.http).patch(`/api/admin/users/${b.id}`).set(bearer(a)).send({ roles: [] }),
        request(t.http).patch(`/api/admin/users/${a.id}`).set(bearer(b)).send({ roles: [] }),
      ]);
      expect([x.status, y.status].sort()).toEqual([200, 409]);
      const [{ n }] = await conn.execute<{ n: string }[]>(`select count(*) as n from users where 'admin' = any(roles) and deleted_at is null`);
      expect(Number(n)).toBe(1);
    } finally {
      await conn.execute(`update users set roles = array_append(roles, 'admin') where id = any(?::uuid[])`, [ids]);
    }
  });

  it('never removes the last admin', async () => {
    const conn = t.app.get(EntityManager).fork().getConnection();
    // Make this admin the only one in the shared test database for the duration of the check.
    const others = await conn.execute<{ id: string }[]>(`select id from users where 'admin' = any(roles) and id <> ?`, [admin.id]);
    const ids = `{${others.map((o) => o.id).join(',')}}`;
    await conn.execute(`update users set roles = array_remove(roles, 'admin') where id = any(?::uuid[])`, [ids]);
    try {
      const res = await request(t.http).patch(`/api/admin/users/${admin.id}`).set(bearer(admin)).send({ roles: ['trainer'] }).expect(409);
      expect(res.body.message).toMatch(/última persona/);
    } finally {
      await conn.execute(`update users set roles = array_append(roles, 'admin') where id = any(?::uuid[])`, [ids]);
    }
  });
});
